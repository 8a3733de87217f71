"""File-service fixtures: the simulator (tests/loopback.py), a scripted service, clients pointed
at either."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.api.files_client import FilesClient
from tests.files.scripted_service import ScriptedFileService
from tests.loopback import Loopback, client, sim

__all__ = ["client", "sim"]

KEY = "sk-test-LEAKMARK-files-0123456789abcd"


@pytest.fixture
def loopback(tmp_path: Path) -> Loopback:
    return Loopback(KEY, generation_seconds=0.3, clips_dir=tmp_path / "sim", timeout_s=5.0)


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
