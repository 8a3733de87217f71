"""A take set against the simulator: written ahead whole, paced, 429 honoured, each member sent
once; a refusal stops the rest, which "send the rest" sends later."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from app.core.models import GenerationRequest
from app.core.states import TaskState
from app.core.takes import TakePlan, Vary, VaryKey, plan_takes
from app.services.session import Session
from app.services.tasks import submission as sub
from app.services.tasks.store import TaskStore
from app.simulator import Simulator
from tests.ui.conftest import session_on_simulator

S = TaskState


def base(prompt: str = "a paper kite over {rain|snow}") -> GenerationRequest:
    return GenerationRequest.model_validate({
        "model": "seedance-2.0-fast-text-to-video", "prompt": prompt, "duration": 4,
        "quality": "480p", "generate_audio": False})


def four() -> TakePlan:
    plan = plan_takes(base(), takes=1, vary=[Vary(VaryKey.QUALITY, ("480p", "720p"))])
    assert len(plan.takes) == 4 and plan.sendable
    return plan


def creates(sim: Simulator, status: int | None = 200) -> list[str | None]:
    return [r.idempotency_key for r in sim.requests
            if r.group == "create" and (status is None or r.status == status)]


async def until(check: Callable[[], bool], deadline_s: float = 30.0) -> None:
    end = asyncio.get_running_loop().time() + deadline_s
    while not check():
        assert asyncio.get_running_loop().time() < end, "condition not reached in time"
        await asyncio.sleep(0.05)


async def started(session: Session) -> Session:
    await session.start()
    return session


async def test_a_set_is_written_ahead_then_each_member_created_once(store: TaskStore) -> None:
    sim = Simulator(generation_seconds=0.3)
    async with session_on_simulator(store, sim=sim) as session:
        await started(session)
        seen_drafts: list[int] = []
        real_send = session.take_sets.send

        async def send_checking(set_id: str, **kw: object) -> object:
            # Before the first POST every member is in the store, as a draft.
            seen_drafts.append(len(creates(sim, None)))
            assert [m.state for m in store.set_members(set_id)] == [S.DRAFT] * 4
            return await real_send(set_id, **kw)  # type: ignore[arg-type]

        session.take_sets.send = send_checking  # type: ignore[method-assign]
        outcome = await session.send_set(four())
        assert seen_drafts == [0]
        assert len(outcome.created) == 4 and outcome.not_sent == () and not outcome.stopped_by
        keys = creates(sim)
        assert len(keys) == 4 and len(set(keys)) == 4
        members = store.set_members(outcome.set_id)
        assert sorted(m.idempotency_key for m in members) == sorted(k or "" for k in keys)
        assert [m.take_label for m in members] == [
            "480p · rain", "480p · snow", "720p · rain", "720p · snow"]
        await until(lambda: all(m.state is S.SAVED for m in store.set_members(outcome.set_id)))
        again = await real_send(outcome.set_id)  # nothing left to send
        assert again.results == () and len(creates(sim, None)) == 4


async def test_rate_limits_are_waited_out_not_sent_twice(store: TaskStore) -> None:
    sim = Simulator(generation_seconds=0.3)
    sim.faults.rate_limit(n=3, retry_after=0.2, only="create")
    async with session_on_simulator(store, sim=sim) as session:
        await started(session)
        outcome = await session.send_set(four())
        assert len(outcome.created) == 4
        assert len(creates(sim, 429)) == 3
        assert len(set(creates(sim))) == 4 and len(sim.tasks) == 4


async def test_a_refusal_stops_the_set_and_send_the_rest_finishes_it(store: TaskStore) -> None:
    sim = Simulator(generation_seconds=0.3)
    async with session_on_simulator(store, sim=sim) as session:
        await started(session)
        session.take_sets._concurrency = 1
        plan = four()
        members = await session.take_sets.write_ahead(plan)
        set_id = members[0].set_id or ""
        sim.faults.account_refusal("insufficient_quota")
        first = await session.take_sets.send(set_id)
        assert isinstance(first.stopped_by, sub.AdmissionRefused)
        assert len(first.not_sent) == 3 and len(sim.tasks) == 0
        shown = [session.queue.record(m.local_id) for m in members]
        assert [r.state if r else None for r in shown] == [S.REJECTED] + [S.DRAFT] * 3
        rest = await session.send_rest(set_id)
        assert len(rest.created) == 3 and rest.not_sent == ()
        assert len(sim.tasks) == 3 and len(set(creates(sim))) == 3


async def test_discarding_the_rest_cancels_drafts_never_sent(store: TaskStore) -> None:
    sim = Simulator(generation_seconds=0.3)
    async with session_on_simulator(store, sim=sim) as session:
        await started(session)
        members = await session.take_sets.write_ahead(four())
        gone = session.take_sets.discard_rest(members[0].set_id or "")
        assert [r.state for r in gone] == [S.CANCELLED] * 4
        assert (await session.send_rest(members[0].set_id or "")).results == ()
        assert creates(sim, None) == []


async def test_an_upload_refused_first_writes_and_sends_nothing(store: TaskStore,
                                                                tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    from app.core.media_limits import MediaKind
    from app.services.media import inputs

    path = tmp_path / "first.png"
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    image.fill(QColor("#0f766e"))
    assert image.save(str(path))
    images, problems = inputs.preflight(MediaKind.IMAGE, [str(path)])
    assert not problems
    sim = Simulator(generation_seconds=0.3)
    sim.faults.refuse_upload("image/")
    async with session_on_simulator(store, sim=sim) as session:
        await started(session)
        base_request = GenerationRequest.model_validate({
            "model": "seedance-2.0-fast-image-to-video", "prompt": "the kite {rises|falls}",
            "duration": 4, "quality": "480p",
            "image_urls": [m.placeholder_url for m in images]})
        plan = plan_takes(base_request)
        assert plan.sendable, plan
        outcome = await session.send_set(plan, {MediaKind.IMAGE: images})
        assert outcome.set_id == "" and isinstance(outcome.stopped_by, sub.UploadRefused)
        assert store.list() == [] and creates(sim, None) == []
