"""Upload fixtures: a simulator on loopback and a quick client (tests/loopback.py), a cache file,
real media files."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.media.upload_cache import UploadCache
from app.simulator import Simulator
from tests.loopback import Loopback, client, sim

__all__ = ["client", "sim"]

KEY = "sk-test-LEAKMARK-uploads-0123456789abcd"


@pytest.fixture
def loopback(tmp_path: Path) -> Loopback:
    return Loopback(KEY, generation_seconds=0.3, clips_dir=tmp_path / "sim", timeout_s=5.0)


@pytest.fixture
def cache(studio_home: Path) -> UploadCache:
    return UploadCache.default()


def uploads_seen(sim: Simulator) -> int:
    return sum(1 for r in sim.requests if r.group == "upload")


def creates_seen(sim: Simulator) -> int:
    return sum(1 for r in sim.requests if r.group == "create")
