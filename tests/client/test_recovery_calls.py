"""The client's side of recovery: the light list with its filters, a create sent again with
the same key (and whether the gateway replayed it), `queued`/`running` read as pending and
processing."""

from __future__ import annotations

import pytest

from app.core.models import GenerationRequest, TaskStatus
from app.services.api import errors
from app.services.api.client import EvolinkClient
from app.simulator import Simulator

FAST = "seedance-2.0-fast-text-to-video"


def req(prompt: str = "a heron in the reeds", **over: object) -> GenerationRequest:
    base: dict[str, object] = {"model": FAST, "prompt": prompt, "duration": 4,
                               "quality": "480p", "generate_audio": False}
    return GenerationRequest.model_validate(base | over)


async def test_list_tasks_sends_the_filters_and_reads_light_items(
        client: EvolinkClient, sim: Simulator) -> None:
    fast = await client.create(req(), idempotency_key="key-list-fast-0001")
    await client.create(req(model="seedance-2.0-text-to-video"),
                        idempotency_key="key-list-standard-01")
    page = await client.list_tasks(model=FAST, page=1, page_size=5)
    assert [i.id for i in page.items] == [fast.id] and page.total == 1
    assert (page.page, page.page_size) == (1, 5) and page.is_last
    item = page.items[0]
    assert item.model == FAST and item.created_at is not None and item.type == "video"
    assert (await client.list_tasks(type=None)).total == 2  # no model filter: both


async def test_create_again_with_the_same_key_is_answered_by_the_original_task(
        client: EvolinkClient, sim: Simulator) -> None:
    sim.faults.drop_connection(n=1, only="create")
    with pytest.raises(errors.SubmissionOutcomeUnknown):
        await client.create(req(), idempotency_key="key-lost-answer-0001")
    [made] = sim.tasks
    task, replayed = await client.create_again(req(), idempotency_key="key-lost-answer-0001")
    assert task.id == made and replayed is True and len(sim.tasks) == 1
    fresh, replayed = await client.create_again(req("another"),
                                                idempotency_key="key-fresh-attempt-01")
    assert fresh.id != made and replayed is False and len(sim.tasks) == 2
    keys = [r.idempotency_key for r in sim.requests if r.group == "create"]
    assert keys == ["key-lost-answer-0001"] * 2 + ["key-fresh-attempt-01"]


async def test_queued_and_running_are_followed_as_pending_and_processing(
        client: EvolinkClient, sim: Simulator) -> None:
    sim.engine.generation_s = 5.0
    sim.engine.speak_statuses({"pending": "queued", "processing": "running"})
    task = await client.create(req(), idempotency_key="key-queued-words-01")
    assert task.status is TaskStatus.PENDING
    assert (await client.list_tasks()).items[0].status is TaskStatus.PENDING
    sim.tasks[task.id].started -= 1.0
    assert (await client.get(task.id)).status is TaskStatus.PROCESSING
