"""Fixtures: a started simulator with a shared clip cache, and an authorised httpx client."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.simulator import Simulator

KEY = "sk-test-1234567890abcd"
AUTH = {"Authorization": f"Bearer {KEY}"}
TERMINAL = {"completed", "failed", "cancelled"}


def body(**over: Any) -> dict[str, Any]:
    """The cheapest valid request: fast text-to-video, 480p, 4 s."""
    base: dict[str, Any] = {"model": "seedance-2.0-fast-text-to-video", "prompt": "a red fox",
                            "duration": 4, "quality": "480p", "aspect_ratio": "16:9",
                            "generate_audio": False}
    base.update(over)
    return base


@pytest.fixture(scope="session")
def clips_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Shared across tests so each distinct clip is encoded once per run.
    return tmp_path_factory.mktemp("sim-clips")


@pytest.fixture
async def sim(clips_dir: Path) -> AsyncIterator[Simulator]:
    s = Simulator({KEY}, generation_seconds=0.3, initial_credits=1000.0, clips_dir=clips_dir)
    await s.start()
    yield s
    await s.stop()


@pytest.fixture
async def client(sim: Simulator) -> AsyncIterator[httpx.AsyncClient]:
    assert sim.base_url
    async with httpx.AsyncClient(base_url=sim.base_url, headers=AUTH, timeout=30) as c:
        yield c


@pytest.fixture
async def cdn() -> AsyncIterator[httpx.AsyncClient]:
    """A client for result files: no Authorization header, as a good client behaves."""
    async with httpx.AsyncClient(timeout=30) as c:
        yield c


async def create(client: httpx.AsyncClient, **over: Any) -> dict[str, Any]:
    r = await client.post("/v1/videos/generations", json=body(**over))
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()
    return data


async def wait_done(client: httpx.AsyncClient, task_id: str,
                    seen: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Poll until the task ends; a generous deadline only guards against a hang."""
    for _ in range(600):
        r = await client.get(f"/v1/tasks/{task_id}")
        assert r.status_code == 200, r.text
        task: dict[str, Any] = r.json()
        if seen is not None:
            seen.append(task)
        if task["status"] in TERMINAL:
            return task
        await asyncio.sleep(0.05)
    raise AssertionError(f"task {task_id} never ended")
