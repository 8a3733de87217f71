"""Fixtures: a simulator on loopback, a quick client, the store, and a started task queue."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.core.models import GenerationRequest
from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.tasks.downloads import make_download_client
from app.services.tasks.store import TaskRecord, TaskStore
from app.services.tasks.task_queue import TaskQueue
from app.simulator import Simulator
from tests import waiting

KEY = "sk-test-LEAKMARK-queue-0123456789abcd"


def request(prompt: str = "a paper boat on a rainy street", **over: object) -> GenerationRequest:
    base: dict[str, object] = {"model": "seedance-2.0-fast-text-to-video", "prompt": prompt,
                               "duration": 4, "quality": "480p", "generate_audio": False}
    base.update(over)
    return GenerationRequest.model_validate(base)


@pytest.fixture(scope="session")
def sim_clips(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("queue-sim-clips")  # each distinct clip encoded once


@pytest.fixture
async def sim(sim_clips: Path) -> AsyncIterator[Simulator]:
    s = Simulator(api_keys={KEY}, generation_seconds=0.6, initial_credits=5000.0,
                  clips_dir=sim_clips)
    await s.start()
    yield s
    await s.stop()


@pytest.fixture
async def client(sim: Simulator) -> AsyncIterator[EvolinkClient]:
    # Few quick retries inside the client: the poller's own backoff is what is under test.
    async with EvolinkClient(KEY, resolve_endpoints(sim.base_url), timeout_s=1.0,
                             attempts=2, backoff_max_s=0.02) as c:
        yield c


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with make_download_client() as h:
        yield h


@pytest.fixture
def store(studio_home: Path) -> Iterator[TaskStore]:
    s = TaskStore(studio_home / "studio.sqlite3")
    yield s
    s.close()


@contextlib.asynccontextmanager
async def running_queue(client: EvolinkClient, http: httpx.AsyncClient, store: TaskStore,
                        clips_dir: Path, **options: Any) -> AsyncIterator[TaskQueue]:
    """A started queue, shut down before the test body ends: pytest-qt processes Qt events
    between a test and its teardown, outside asyncio's running loop, so nothing may be left
    scheduled when the body returns."""
    options = {"poll_floor_s": 0.05, "watch_interval_s": 0.1, **options}
    q = TaskQueue(client=client, http=http, store=store, clips_dir=clips_dir, **options)
    await q.start()
    try:
        yield q
    finally:
        await q.shutdown()


@pytest.fixture
def queue_for(client: EvolinkClient, http: httpx.AsyncClient, store: TaskStore,
              studio_home: Path) -> Callable[..., Any]:
    """`async with queue_for() as queue:` inside the test body."""
    return lambda **options: running_queue(client, http, store, studio_home / "clips",
                                           **options)


async def until(predicate: Callable[[], bool], deadline_s: float = 20.0) -> None:
    """`tests.waiting.until`, with room for a task to run its course on the simulator."""
    await waiting.until(predicate, deadline_s)


async def follow_headless(client: EvolinkClient, http: httpx.AsyncClient, store: TaskStore,
                          local_id: str, clips_dir: Path,
                          on_update: Callable[[TaskRecord], None] | None = None) -> TaskRecord:
    """Follow one stored task to its end as the CLI does: a headless session's queue."""
    from app.services import headless
    from app.services.backends import Backend
    from app.services.home.settings import Settings
    from app.services.session import Session

    session = Session(backend=Backend(client, demo=False), http=http, store=store,
                      settings=Settings.open_default(), source="cli", clips_dir=clips_dir,
                      adopt_existing=False, poll_floor_s=0.05, watch_interval_s=0.1)
    await session.start()
    try:
        if on_update is not None:
            headless.report_changes(session.queue, on_update)
        session.queue.watch(local_id)
        [rec] = await headless.until_settled(session, [local_id])
        return rec
    finally:
        await session.aclose()
