"""Finding a lost submission and sending it again with its own key, on the simulator."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.states import TaskState
from app.services.api.client import EvolinkClient
from app.services.api.errors import RateLimited, SubmissionOutcomeUnknown
from app.services.tasks import generation, recovery
from app.services.tasks.store import TaskRecord, TaskStore
from app.services.tasks.task_actions import TaskActions
from app.simulator import Simulator
from tests.queue.conftest import request, until

S = TaskState
NO_CHARGE_CLAIMS = ("nothing was charged", "never created", "not charged")


def creates(sim: Simulator) -> list[Any]:
    return [r for r in sim.requests if r.group == "create"]


def lists(sim: Simulator) -> list[Any]:
    return [r for r in sim.requests if r.group == "list"]


async def lose_answer(client: EvolinkClient, store: TaskStore, sim: Simulator,
                      prompt: str = "lost in the post") -> TaskRecord:
    """A create the server carried out whose answer never came back."""
    sim.faults.drop_connection(n=1, only="create")
    with pytest.raises(SubmissionOutcomeUnknown):
        await generation.submit(client, store, request(prompt), source="gui")
    [rec] = [r for r in store.list() if r.state is S.OUTCOME_UNKNOWN]
    return rec


async def test_found_through_the_light_list_followed_and_saved_never_resent(
        sim: Simulator, client: EvolinkClient, store: TaskStore, queue_for: Any) -> None:
    async with queue_for() as queue:
        rec = await lose_answer(client, store, sim)
        await until(lambda: queue.record(rec.local_id) is not None)
        search = await TaskActions(queue).find_unknown(rec.local_id)
        assert search.adopted is not None and search.adopted.item.id in sim.tasks
        assert search.record is not None and search.record.task_id == search.adopted.item.id
        await until(lambda: queue.record(rec.local_id).state is S.SAVED)  # type: ignore[union-attr]
        assert len(sim.tasks) == 1 and len(creates(sim)) == 1


async def test_not_found_says_where_it_looked_and_never_that_nothing_was_charged(
        sim: Simulator, client: EvolinkClient, store: TaskStore) -> None:
    for i in range(3):  # other tasks of the same model, long before
        task = await client.create(request(f"older {i}"), idempotency_key=f"key-older-{i:010d}")
        sim.tasks[task.id].created -= 3600
    rec = store.begin_submission(request(), source="cli", sent=True)
    store.record_outcome_unknown(rec.local_id, "lost")
    search = await recovery.find_unknown(client, store, rec.local_id, page_size=2)
    assert search.adopted is None and search.choices == () and search.looked_at == 2
    assert search.note == ("Not found among your 2 most recent video tasks for "
                           "seedance-2.0-fast-text-to-video. It may exist all the same, and be "
                           "charged: check the usage page of your Evolink dashboard before you "
                           "submit it again")
    stored = store.get(rec.local_id)
    assert stored is not None and stored.state is S.OUTCOME_UNKNOWN and stored.note == search.note
    assert not any(claim in search.note.lower() for claim in NO_CHARGE_CLAIMS)
    # The first page already ran past the time window: no second page was read.
    assert len(lists(sim)) == 1 and len(creates(sim)) == 3


async def test_reads_page_after_page_within_its_limit(sim: Simulator, client: EvolinkClient,
                                                      store: TaskStore) -> None:
    rec = await lose_answer(client, store, sim)
    [made] = sim.tasks
    for i in range(4):  # newer tasks of the same model, made well after the window
        task = await client.create(request(f"later {i}"), idempotency_key=f"key-later-{i:010d}")
        sim.tasks[task.id].created += 3600
    search = await recovery.find_unknown(client, store, rec.local_id, pages=2, page_size=2)
    assert search.looked_at == 4 and search.note is not None and "4 most recent" in search.note
    assert len(lists(sim)) == 2
    deeper = await recovery.find_unknown(client, store, rec.local_id, pages=3, page_size=2)
    assert deeper.adopted is not None and deeper.adopted.item.id == made
    assert deeper.looked_at == 5 and len(lists(sim)) == 5  # the third page was the last


async def test_two_equally_close_candidates_are_left_for_the_user(
        sim: Simulator, client: EvolinkClient, store: TaskStore) -> None:
    rec = await lose_answer(client, store, sim)
    [made] = sim.tasks
    twin = await client.create(request("the same, from elsewhere"),
                               idempotency_key="key-twin-000000001")
    sim.tasks[twin.id].created = sim.tasks[made].created
    search = await recovery.find_unknown(client, store, rec.local_id)
    assert search.adopted is None
    assert {c.item.id for c in search.choices} == {made, twin.id}
    assert search.note is not None and search.note.startswith("2 of your recent tasks")
    assert store.get(rec.local_id).state is S.OUTCOME_UNKNOWN  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="not among"):
        await recovery.find_unknown(client, store, rec.local_id, choose="task-unified-1-nope")
    chosen = await recovery.find_unknown(client, store, rec.local_id, choose=made)
    assert chosen.record is not None and chosen.record.task_id == made
    assert len(creates(sim)) == 2  # the search itself sent none


async def test_a_task_already_known_is_not_a_candidate(sim: Simulator, client: EvolinkClient,
                                                       store: TaskStore) -> None:
    other = await generation.submit(client, store, request("made here"), source="gui")
    rec = store.begin_submission(request(), source="gui", sent=True)
    store.record_outcome_unknown(rec.local_id, "lost")
    search = await recovery.find_unknown(client, store, rec.local_id)
    assert search.adopted is None and other.task_id in sim.tasks and search.looked_at == 1


async def test_send_again_with_the_same_key_gets_the_original_task(
        sim: Simulator, client: EvolinkClient, store: TaskStore, queue_for: Any) -> None:
    async with queue_for() as queue:
        rec = await lose_answer(client, store, sim)
        [made] = sim.tasks
        resent = await TaskActions(queue).resend_same_key(rec.local_id)
        assert resent.replayed and resent.record.task_id == made
        assert str(resent.message).startswith("The gateway answered with the task the first")
        await until(lambda: queue.record(rec.local_id).state is S.SAVED)  # type: ignore[union-attr]
        assert len(sim.tasks) == 1
        assert [r.idempotency_key for r in creates(sim)] == [rec.idempotency_key] * 2


async def test_send_again_when_the_first_never_arrived_makes_the_task_now(
        sim: Simulator, client: EvolinkClient, store: TaskStore) -> None:
    rec = store.begin_submission(request(), source="cli", sent=True)
    store.record_outcome_unknown(rec.local_id, "lost")
    resent = await recovery.resend_same_key(client, store, rec.local_id)
    assert not resent.replayed and resent.record.task_id in sim.tasks and len(sim.tasks) == 1
    assert "does not honour the idempotency key" in resent.message
    with pytest.raises(ValueError, match="outcome is unknown"):
        await recovery.resend_same_key(client, store, rec.local_id)  # it is known now


async def test_send_again_lost_again_or_refused_stays_unknown(
        sim: Simulator, client: EvolinkClient, store: TaskStore) -> None:
    rec = await lose_answer(client, store, sim)
    sim.faults.drop_connection(n=1, only="create")
    with pytest.raises(SubmissionOutcomeUnknown):
        await recovery.resend_same_key(client, store, rec.local_id)
    assert store.get(rec.local_id).state is S.OUTCOME_UNKNOWN  # type: ignore[union-attr]
    sim.faults.rate_limit(n=2, only="create")
    with pytest.raises(RateLimited):
        await recovery.resend_same_key(client, store, rec.local_id)
    after = store.get(rec.local_id)
    assert after is not None and after.state is S.OUTCOME_UNKNOWN
    assert after.note is not None and "still unknown" in after.note
    assert len(sim.tasks) == 1
    assert {r.idempotency_key for r in creates(sim)} == {rec.idempotency_key}
