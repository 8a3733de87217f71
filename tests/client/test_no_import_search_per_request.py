"""Polling never searches sys.path for a module that is not there (each search is a stat of
every folder on the UI thread, for every lock httpcore sets up: it was `import sniffio`)."""

from __future__ import annotations

import importlib.abc
import sys
from typing import Any

import pytest

from app.core.models import GenerationRequest
from app.services.api.client import EvolinkClient


class Searches(importlib.abc.MetaPathFinder):
    """Records the modules looked for beyond sys.modules."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> None:
        self.names.append(fullname)
        return None


async def test_polls_look_for_no_module(client: EvolinkClient,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    task = await client.create(GenerationRequest(
        model="seedance-2.0-fast-text-to-video", prompt="no imports", duration=4,
        quality="480p"), idempotency_key="ss-no-import-search-0001")
    await client.get(task.id)  # anything imported on a first use is imported now
    searches = Searches()
    monkeypatch.setattr(sys, "meta_path", [searches, *sys.meta_path])
    for _ in range(3):
        await client.get(task.id)
    assert searches.names == []
