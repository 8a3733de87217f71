"""Clips for the export tests, made once per session with PyAV; an export long enough to be
killed halfway, and the kill."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from app.core.sequence import Sequence
from app.services.sequences.film_export import PART
from tests.sequence.media import make_clip, shot_of


@pytest.fixture(scope="session")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("clips")
    return {
        # wide, 24 fps, with sound
        "wide": make_clip(folder / "wide.mp4", 160, 90, 1.5, 24, audio=True),
        # tall, 30 fps, silent
        "tall": make_clip(folder / "tall.mp4", 90, 160, 1.0, 30, audio=False),
        # wide, 25 fps, sound at 48 kHz
        "wide25": make_clip(folder / "wide25.mp4", 160, 90, 2.0, 25, audio=True, rate=48_000),
    }


@pytest.fixture
def long_sequence(tmp_path: Path) -> Sequence:
    """Four shots of an 8 s clip at 1080p: an export that is still writing when it is killed."""
    long = make_clip(tmp_path / "long.mp4", 640, 360, 8.0, 24, audio=True)
    return Sequence(quality="1080p", shots=(shot_of(long),) * 4)


def kill_while_writing(proc: subprocess.Popen[bytes], folder: Path) -> None:
    """kill -9 the exporting `proc` as soon as its temporary file is in `folder` (within a
    minute); `proc` has ended when this returns, however it went."""
    try:
        deadline = time.monotonic() + 60
        while not any(PART in p.name for p in folder.iterdir()):
            assert proc.poll() is None, "the export ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
