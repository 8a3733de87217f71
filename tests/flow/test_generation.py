"""Request to saved clip through the shared flow: write-ahead, unknown outcomes, downloads."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.core.models import GenerationRequest
from app.core.states import TaskState
from app.services.api import errors
from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.tasks import generation
from app.services.tasks.store import TaskStore
from app.simulator import Simulator
from tests.loopback import http, store
from tests.queue.conftest import follow_headless
from tests.waiting import until

__all__ = ["http", "store"]  # the shared fixtures (tests/loopback.py)

KEY = "sk-test-LEAKMARK-flow-0123456789abcd"
REQ = GenerationRequest(model="seedance-2.0-fast-text-to-video", prompt="a tin robot waltzing",
                        duration=4, quality="480p")


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    s = Simulator(api_keys={KEY}, generation_seconds=0.4, initial_credits=1000.0)
    await s.start()
    yield s
    await s.stop()


@pytest.fixture
async def client(sim: Simulator) -> AsyncIterator[EvolinkClient]:
    async with EvolinkClient(KEY, resolve_endpoints(sim.base_url),
                             timeout_s=0.5, backoff_max_s=0.05) as c:
        yield c


async def test_request_is_stored_before_the_post(sim: Simulator, client: EvolinkClient,
                                                 store: TaskStore) -> None:
    sim.faults.delay(seconds=0.3, n=1, only="create")
    submitting = asyncio.ensure_future(generation.submit(client, store, REQ, source="gui"))
    await until(store.list, what="the record written")  # before the POST, held 0.3 s
    [in_flight] = store.list()
    assert in_flight.state is TaskState.SUBMITTING
    assert in_flight.request == REQ
    assert in_flight.task_id is None
    rec = await submitting
    assert rec.state is TaskState.PENDING
    assert rec.task_id in sim.tasks


async def test_lost_answer_is_outcome_unknown_and_kept(sim: Simulator, client: EvolinkClient,
                                                       store: TaskStore) -> None:
    sim.faults.delay(seconds=1.5, n=1, only="create")
    with pytest.raises(errors.SubmissionOutcomeUnknown):
        await generation.submit(client, store, REQ, source="cli")
    [rec] = store.list()
    assert rec.state is TaskState.OUTCOME_UNKNOWN
    assert rec.request == REQ and rec.submitted_at is not None
    assert len(sim.tasks) == 1  # it exists on the server; we never sent a second one


async def test_refusal_is_recorded_as_rejected(sim: Simulator, store: TaskStore) -> None:
    async with EvolinkClient("sk-not-a-key-00000000", resolve_endpoints(sim.base_url)) as bad:
        with pytest.raises(errors.Unauthorized):
            await generation.submit(bad, store, REQ, source="cli")
    [rec] = store.list()
    assert rec.state is TaskState.REJECTED
    assert sim.tasks == {}


async def test_invalid_request_stores_nothing(client: EvolinkClient, store: TaskStore) -> None:
    with pytest.raises(generation.InvalidRequest) as info:
        await generation.submit(client, store, REQ.model_copy(update={"duration": 20}),
                                source="cli")
    assert info.value.problems[0].field == "duration"
    assert store.list() == []


def sim_clip_bytes(sim: Simulator, task_id: str) -> bytes:
    path = sim.clip_path(task_id)
    return Path(path).read_bytes()


async def test_follow_saves_a_byte_identical_clip_after_a_reset(
        sim: Simulator, client: EvolinkClient, store: TaskStore,
        tmp_path: Path) -> None:
    rec = await generation.submit(client, store, REQ, source="gui")
    sim.faults.reset_download(after_bytes=20_000, n=1)
    seen: list[TaskState] = []
    end = await follow_headless(client, store, rec.local_id, tmp_path,
                                on_update=lambda r: seen.append(r.state))
    assert end.state is TaskState.SAVED
    assert TaskState.PROCESSING in seen or TaskState.PENDING in seen
    clip = Path(end.file_path or "")
    expected = sim_clip_bytes(sim, rec.task_id or "")
    assert hashlib.sha256(clip.read_bytes()).digest() == hashlib.sha256(expected).digest()
    downloads = [r for r in sim.requests if r.path.startswith("/files/results/")]
    assert len(downloads) >= 2
    assert not any(r.has_authorization for r in downloads)


async def test_expired_result_is_marked_expired(sim: Simulator, client: EvolinkClient,
                                                store: TaskStore,
                                                tmp_path: Path) -> None:
    rec = await generation.submit(client, store, REQ, source="gui")
    for _ in range(200):
        rec = store.apply_poll(rec.local_id, await client.get(rec.task_id or ""))
        if rec.state is TaskState.COMPLETED:
            break
        await asyncio.sleep(0.05)
    sim.expire_results()
    end = await follow_headless(client, store, rec.local_id, tmp_path)
    assert end.state is TaskState.EXPIRED
    assert list(tmp_path.glob("*.mp4")) == []


def test_interrupted_submission_becomes_outcome_unknown(store: TaskStore) -> None:
    rec = store.begin_submission(REQ, source="gui", sent=True)
    assert generation.recover_interrupted(store) == []  # still within a POST's lifetime
    later = rec.created_at + generation.STALE_SUBMISSION_S + 1
    [changed] = generation.recover_interrupted(store, now=later)
    assert changed.state is TaskState.OUTCOME_UNKNOWN
    assert changed.request == REQ
