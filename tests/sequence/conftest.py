"""Clips for the export tests, made once per session with PyAV."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sequence.media import make_clip


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
