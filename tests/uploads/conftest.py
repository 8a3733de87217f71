"""Upload fixtures: a simulator on loopback, a quick client, a cache file, real media files."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.media.upload_cache import UploadCache
from app.simulator import Simulator

KEY = "sk-test-LEAKMARK-uploads-0123456789abcd"


@pytest.fixture
async def sim(tmp_path: Path) -> AsyncIterator[Simulator]:
    s = Simulator(api_keys={KEY}, generation_seconds=0.3, clips_dir=tmp_path / "sim")
    await s.start()
    yield s
    await s.stop()


@pytest.fixture
async def client(sim: Simulator) -> AsyncIterator[EvolinkClient]:
    async with EvolinkClient(KEY, resolve_endpoints(sim.base_url), timeout_s=5.0,
                             attempts=2, backoff_max_s=0.02) as c:
        yield c


@pytest.fixture
def cache(studio_home: Path) -> UploadCache:
    return UploadCache.default()


def uploads_seen(sim: Simulator) -> int:
    return sum(1 for r in sim.requests if r.group == "upload")


def creates_seen(sim: Simulator) -> int:
    return sum(1 for r in sim.requests if r.group == "create")
