"""File-service fixtures: the simulator, a scripted service, clients pointed at either."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.api.files_client import FilesClient
from app.simulator import Simulator
from tests.files.scripted_service import ScriptedFileService

KEY = "sk-test-LEAKMARK-files-0123456789abcd"


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
def files(client: EvolinkClient) -> FilesClient:
    return FilesClient(client)


@pytest.fixture
async def scripted() -> AsyncIterator[ScriptedFileService]:
    service = ScriptedFileService()
    await service.start()
    yield service
    await service.stop()


@pytest.fixture
async def scripted_files(scripted: ScriptedFileService) -> AsyncIterator[FilesClient]:
    """A client whose file host is the scripted service (EVOLINK_FILES_BASE_URL)."""
    endpoints = resolve_endpoints("https://api.example.com",
                                  env={"EVOLINK_FILES_BASE_URL": scripted.base_url})
    async with EvolinkClient(KEY, endpoints, timeout_s=5.0, attempts=3,
                             backoff_max_s=0.02) as c:
        yield FilesClient(c)
