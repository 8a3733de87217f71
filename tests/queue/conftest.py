"""Fixtures: a simulator on loopback, a quick client, the store, and a started task queue
(tests/loopback.py), with the queue tests' key and pace; helpers of the queue tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.models import GenerationRequest
from app.services.api.client import EvolinkClient
from app.services.tasks.store import TaskRecord, TaskStore
from tests import waiting
from tests.loopback import Loopback, client, http, queue_for, sim, sim_clips, store

__all__ = ["client", "http", "queue_for", "sim", "sim_clips", "store"]

KEY = "sk-test-LEAKMARK-queue-0123456789abcd"


def request(prompt: str = "a paper boat on a rainy street", **over: object) -> GenerationRequest:
    base: dict[str, object] = {"model": "seedance-2.0-fast-text-to-video", "prompt": prompt,
                               "duration": 4, "quality": "480p", "generate_audio": False}
    base.update(over)
    return GenerationRequest.model_validate(base)


@pytest.fixture
def loopback(sim_clips: Path) -> Loopback:
    return Loopback(KEY, generation_seconds=0.6, initial_credits=5000.0, clips_dir=sim_clips,
                    timeout_s=1.0)


async def until(predicate: Callable[[], bool], deadline_s: float = 20.0) -> None:
    """`tests.waiting.until`, with room for a task to run its course on the simulator."""
    await waiting.until(predicate, deadline_s)


async def follow_headless(client: EvolinkClient, store: TaskStore,
                          local_id: str, clips_dir: Path,
                          on_update: Callable[[TaskRecord], None] | None = None) -> TaskRecord:
    """Follow one stored task to its end as the CLI does: a headless session's queue."""
    from app.services import headless
    from app.services.backends import Backend
    from app.services.home.settings import Settings
    from app.services.session import Session

    session = Session(backend=Backend(client, demo=False), store=store,
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
