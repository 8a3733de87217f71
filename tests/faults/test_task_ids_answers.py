"""Issue 14 items 8 and 11: an answer about another task is a malformed answer (polled again,
no ValueError); a create answered 200 {"success": false, "code": 500} leaves the outcome
unknown, not rejected."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.states import TaskState
from app.services.api.errors import MalformedAnswer, SubmissionOutcomeUnknown
from app.services.tasks.generation import submit
from app.services.tasks.store import TaskStore
from app.simulator import Simulator
from tests.faults.dl_support import saved_whole
from tests.queue.conftest import request, until

S = TaskState


async def test_a_poll_answer_about_another_task_is_malformed_and_polled_again(
        sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        sim.faults.refuse_batch(404)  # one task per read, so the fault lands on it
        sim.faults.other_task("task-unified-1700000000-someoneelse", n=2)
        rec = await queue.submit(request("whose answer is this"))
        await until(lambda: queue.record(rec.local_id).state is S.SAVED)  # type: ignore[union-attr]
        done = queue.record(rec.local_id)
        assert done is not None and done.task_id == rec.task_id
        assert saved_whole(sim, done)


async def test_get_of_another_task_raises_malformed_answer(
        sim: Simulator, client: Any) -> None:
    task = await client.create(request("asked about"), idempotency_key="ss-asked-about-0001")
    sim.faults.other_task("task-unified-1700000000-someoneelse")
    with pytest.raises(MalformedAnswer, match="someoneelse when asked about"):
        await client.get(task.id)


async def test_a_200_carrying_a_500_leaves_the_outcome_unknown(
        sim: Simulator, client: Any, store: TaskStore) -> None:
    sim.faults.answer(200, {"success": False, "code": 500,
                               "error": {"code": 500, "message": "internal error"}},
                         only="create", after_work=True)
    with pytest.raises(SubmissionOutcomeUnknown):
        await submit(client, store, request("made, then a 500 inside a 200"),
                     source="cli")
    [rec] = store.list()
    assert rec.state is S.OUTCOME_UNKNOWN and rec.error_code is None
    assert sum(1 for r in sim.requests if r.group == "create") == 1  # never resent
    assert len(sim.tasks) == 1  # and the task it made can still be found
