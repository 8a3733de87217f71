"""Fixtures of the fault tests. `in_…`: bad inputs, store faults and the CLI's fault server
(brief B); `dl_…`, the simulator, client, store and queue (tests/loopback.py) belong to the
download tests."""

from __future__ import annotations

import random
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import cli_env
from tests.faults.dl_support import DL_KEY
from tests.faults.fault_server import FaultServer
from tests.loopback import Loopback, client, http, queue_for, sim, sim_clips, store

__all__ = ["client", "http", "queue_for", "sim", "sim_clips", "store"]


@pytest.fixture
def loopback(sim_clips: Path) -> Loopback:
    return Loopback(DL_KEY, generation_seconds=0.4, initial_credits=5000.0, clips_dir=sim_clips,
                    timeout_s=2.0)


def _noisy_image(path: Path, fmt: str) -> Path:
    from PySide6.QtGui import QImage

    rnd = random.Random(14)
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    for y in range(240):
        for x in range(0, 320, 3):
            image.setPixel(x, y, rnd.randrange(1 << 24))
    assert image.save(str(path), fmt, 90)
    return path


@pytest.fixture
def in_jpeg(qapp: Any, tmp_path: Path) -> Path:
    """A whole 320×240 JPEG with noise, so its scan is long enough to cut in half."""
    return _noisy_image(tmp_path / "whole.jpg", "JPEG")


@pytest.fixture
def in_png(qapp: Any, tmp_path: Path) -> Path:
    return _noisy_image(tmp_path / "whole.png", "PNG")


@pytest.fixture
def in_wav(tmp_path: Path) -> Path:
    """Two seconds of silence."""
    path = tmp_path / "voice.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(b"\0\0" * 32000)
    return path


@pytest.fixture
def in_server() -> Iterator[FaultServer]:
    """A scripted API on 127.0.0.1 (see fault_server.py)."""
    server = FaultServer()
    yield server
    server.stop()


def in_env(base_url: str, home: Path) -> dict[str, str]:
    """The CLI's environment: this server, the test key, a private data home."""
    env = cli_env(base_url)
    env["SEEDANCE_STUDIO_HOME"] = str(home)
    return env
