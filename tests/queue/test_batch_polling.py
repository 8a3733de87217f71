"""Batch reads: the queue follows its tasks with POST /v1/tasks/batch, and falls back to one GET
per task (for the client's whole life) when the server has no batch read."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import pytest

from app.core.models import Task, TaskStatus, parse_task
from app.core.states import TaskState
from app.services.api.client import EvolinkClient
from app.services.tasks.poller import Poller
from app.services.tasks.store import TaskRecord
from app.simulator import Simulator
from tests.queue.conftest import request, until

S = TaskState
PROMPT = "one batch, many clips"  # one prompt: the simulator encodes a single clip


def _saved(queue: Any, recs: Sequence[TaskRecord]) -> bool:
    return all(queue.record(r.local_id).state is S.SAVED for r in recs)


def _gets_for(sim: Simulator, recs: Sequence[TaskRecord]) -> list[str]:
    ids = {r.task_id for r in recs}
    return [q.path for q in sim.requests
            if q.group == "get" and q.path.rsplit("/", 1)[-1] in ids]


async def test_the_queue_reads_its_tasks_in_batches(sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        recs = await asyncio.gather(*(queue.submit(request(PROMPT)) for _ in range(4)))
        await until(lambda: _saved(queue, recs))
        stats = queue.poller.stats
    batches = [q for q in sim.requests if q.group == "batch"]
    assert batches and all(q.status == 200 for q in batches)
    assert _gets_for(sim, recs) == []  # not one per-task GET
    assert stats.batch_requests == len(batches) == stats.requests
    assert stats.task_reads > len(batches)  # some batch read asked about several tasks


@pytest.mark.parametrize("status", [404, 405])
async def test_without_a_batch_read_each_task_is_read_alone_and_batch_is_not_asked_again(
        sim: Simulator, client: EvolinkClient, queue_for: Any, status: int) -> None:
    sim.faults.refuse_batch(status)
    async with queue_for() as queue:
        recs = [await queue.submit(request(PROMPT)) for _ in range(3)]
        await until(lambda: _saved(queue, recs))
        assert not queue.poller.batching
    assert [q.status for q in sim.requests if q.group == "batch"] == [status]  # asked once
    assert client.batch_supported is False
    assert {p.rsplit("/", 1)[-1] for p in _gets_for(sim, recs)} == {r.task_id for r in recs}
    # A second round on the same client (the same session) does not try the batch read again.
    async with queue_for() as queue:
        again = [await queue.submit(request(PROMPT))]
        await until(lambda: _saved(queue, again))
    assert len([q for q in sim.requests if q.group == "batch"]) == 1
    assert _gets_for(sim, again)


def _task(task_id: str, status: str = "completed") -> Task:
    return parse_task({"id": task_id, "status": status, "progress": 100,
                       "results": ["https://cdn.example/x.mp4"]})


async def _follow(poller: Poller, keys: Sequence[str], answered: dict[str, TaskStatus]) -> None:
    """Track `keys` (all due at once), run the poller until each was answered."""
    for key in keys:
        poller.track(key, f"task-{key}")
    poller.start()
    try:
        await until(lambda: len(answered) == len(keys), deadline_s=5)
    finally:
        await poller.stop()


async def test_a_task_missing_from_a_batch_answer_is_read_on_its_own() -> None:
    batches: list[list[str]] = []
    singles: list[str] = []
    answered: dict[str, TaskStatus] = {}

    async def fetch(task_id: str) -> Task:
        singles.append(task_id)
        return _task(task_id)

    async def fetch_batch(task_ids: Sequence[str]) -> list[Task]:
        batches.append(list(task_ids))
        return [_task(t) for t in task_ids if t != "task-b"]

    def on_answer(key: str, task: Task) -> None:
        answered[key] = task.status

    poller = Poller(fetch, fetch_batch=fetch_batch, on_answer=on_answer,
                    on_problem=lambda *_: None, on_offline=lambda _o: None, floor_s=0.01)
    await _follow(poller, ["a", "b", "c"], answered)
    assert batches == [["task-a", "task-b", "task-c"]] and singles == ["task-b"]
    assert poller.batching  # a missing item is no reason to stop batching


async def test_batches_hold_at_most_the_limit() -> None:
    batches: list[list[str]] = []
    answered: dict[str, TaskStatus] = {}

    async def fetch(task_id: str) -> Task:
        raise AssertionError("every task is in some batch answer")

    async def fetch_batch(task_ids: Sequence[str]) -> list[Task]:
        batches.append(list(task_ids))
        await asyncio.sleep(0)
        return [_task(t) for t in task_ids]

    poller = Poller(fetch, fetch_batch=fetch_batch, batch_limit=2,
                    on_answer=lambda k, t: answered.__setitem__(k, t.status),
                    on_problem=lambda *_: None, on_offline=lambda _o: None, floor_s=0.01)
    await _follow(poller, ["a", "b", "c", "d", "e"], answered)
    assert max(len(b) for b in batches) == 2
    assert sorted(t for b in batches for t in b) == [f"task-{k}" for k in "abcde"]


async def test_a_reads_answers_are_seen_together_before_each_is_handled() -> None:
    seen: list[list[str]] = []
    answered: dict[str, TaskStatus] = {}

    async def fetch(task_id: str) -> Task:
        return _task(task_id)

    async def fetch_batch(task_ids: Sequence[str]) -> list[Task]:
        return [_task(t) for t in task_ids]

    async def on_answers(pairs: list[tuple[str, Task]]) -> None:
        assert not answered  # before any of them is handled
        seen.append([key for key, _task in pairs])

    poller = Poller(fetch, fetch_batch=fetch_batch, on_answers=on_answers,
                    on_answer=lambda k, t: answered.__setitem__(k, t.status),
                    on_problem=lambda *_: None, on_offline=lambda _o: None, floor_s=0.01)
    await _follow(poller, ["a", "b", "c"], answered)
    assert seen == [["a", "b", "c"]]
