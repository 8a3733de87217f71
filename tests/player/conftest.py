"""Clips made here with PyAV (H.264 yuv420p + AAC, 24 fps) and the sidecar beside one of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.services.clips.playback import Player
from app.services.clips.sidecar import write_sidecar
from app.simulator.clips import ClipSpec, render_clip

PROMPT = "A paper lantern drifts over a night river, slow pan"


@pytest.fixture(scope="session")
def clip_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("player-clips")


@pytest.fixture(scope="session")
def clip(clip_dir: Path) -> Path:
    """A 2 s, 24 fps, 320×180 H.264 + AAC clip with its sidecar."""
    path = clip_dir / "lantern.mp4"
    render_clip(path, ClipSpec(320, 180, 2, True, PROMPT))
    request: dict[str, Any] = {"model": "seedance-2.0-fast-text-to-video", "prompt": PROMPT,
                               "duration": 2, "quality": "480p", "aspect_ratio": "16:9"}
    write_sidecar(path, {"schema": 1, "model": request["model"], "request": request,
                         "credits_used": 12.5})
    return path


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    path = tmp_path / "broken.mp4"
    path.write_bytes(b"this is not a video " * 200)
    return path


@pytest.fixture
def player(qapp: Any) -> Player:
    p = Player()
    assert p.available, p.problem
    return p
