"""Fixtures of the folders that test against the simulator on 127.0.0.1 (queue, faults, files,
uploads): the simulator, a quick client, the download client, the store and a started queue.

A folder's conftest imports the ones it uses and says, in its own `loopback` fixture, which
key, pace and client timeout its simulator and client have."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.services.account.price_sources import make_public_client
from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.tasks.store import TaskStore
from app.services.tasks.task_queue import TaskQueue
from app.simulator import Simulator


@dataclass(frozen=True)
class Loopback:
    """A folder's simulator and client: `key` the one the simulator knows (it carries LEAKMARK),
    `clips_dir` where the simulator encodes its clips, `timeout_s` the client's."""

    key: str
    generation_seconds: float
    clips_dir: Path
    timeout_s: float
    initial_credits: float = 1000.0  # the simulator's own default


@pytest.fixture(scope="session")
def sim_clips(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A `clips_dir` for the whole session: each distinct clip encoded once."""
    return tmp_path_factory.mktemp("sim-clips")


@pytest.fixture
async def sim(loopback: Loopback) -> AsyncIterator[Simulator]:
    s = Simulator(api_keys={loopback.key}, generation_seconds=loopback.generation_seconds,
                  initial_credits=loopback.initial_credits, clips_dir=loopback.clips_dir)
    await s.start()
    yield s
    await s.stop()


@pytest.fixture
async def client(loopback: Loopback, sim: Simulator) -> AsyncIterator[EvolinkClient]:
    # Few quick retries inside the client: the app's own backoff (the poller's) is under test.
    async with EvolinkClient(loopback.key, resolve_endpoints(sim.base_url),
                             timeout_s=loopback.timeout_s, attempts=2,
                             backoff_max_s=0.02) as c:
        yield c


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with make_public_client() as h:
        yield h


@pytest.fixture
def store(studio_home: Path) -> Iterator[TaskStore]:
    s = TaskStore(studio_home / "studio.sqlite3")
    yield s
    s.close()


@contextlib.asynccontextmanager
async def running_queue(client: EvolinkClient, store: TaskStore,
                        clips_dir: Path, **options: Any) -> AsyncIterator[TaskQueue]:
    """A started queue, shut down before the test body ends: pytest-qt processes Qt events
    between a test and its teardown, outside asyncio's running loop, so nothing may be left
    scheduled when the body returns."""
    options = {"poll_floor_s": 0.05, "watch_interval_s": 0.1, **options}
    q = TaskQueue(client=client, store=store, clips_dir=clips_dir, **options)
    await q.start()
    try:
        yield q
    finally:
        await q.shutdown()


@pytest.fixture
def queue_for(client: EvolinkClient, store: TaskStore,
              studio_home: Path) -> Callable[..., Any]:
    """`async with queue_for() as queue:` inside the test body."""
    return lambda **options: running_queue(client, store, studio_home / "clips",
                                           **options)
