"""Issue 14 item 2: a 403/404/410 on a seconds-old result link is retried after asking the task
for a fresh link; a clip is called expired only when the server says so (or past 24 h)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.core.states import TaskState
from app.services.tasks.store import TaskRecord
from app.services.tasks.task_actions import TaskActions
from app.simulator import Simulator
from tests.faults.dl_support import no_final_clip, saved_whole
from tests.queue.conftest import request, until

S = TaskState
REFUSAL = "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"


@pytest.mark.parametrize("status", [403, 404, 410])
async def test_a_refused_fresh_link_is_asked_again_and_the_clip_saved(
        sim: Simulator, queue_for: Any, status: int) -> None:
    async with queue_for() as queue:
        finished: list[TaskRecord] = []
        queue.taskFinished.connect(finished.append)
        sim.faults.answer(status, REFUSAL, n=1, only="download")
        rec = await queue.submit(request(f"refused once with {status}"))
        await until(lambda: bool(finished))
        assert [r.state for r in finished] == [S.SAVED]  # never "expired" on the way
        assert saved_whole(sim, queue.record(rec.local_id))
        paths = [(r.path, r.status) for r in sim.requests]
        refused = paths.index(next(p for p in paths if p[1] == status))
        # After the refusal the task itself was read again (its fresh link), then fetched.
        assert any(p.startswith("/v1/tasks/") for p, _ in paths[refused:])
        assert sum(1 for r in sim.requests if r.group == "create") == 1


async def test_a_link_the_server_calls_expired_is_expired(
        sim: Simulator, queue_for: Any, studio_home: Path) -> None:
    async with queue_for() as queue:
        finished: list[TaskRecord] = []
        queue.taskFinished.connect(finished.append)
        sim.faults.answer(403, "<Error><Code>AccessDenied</Code>"
                             "<Message>Request has expired</Message></Error>", n=1,
                             only="download")
        await queue.submit(request("the server says it expired"))
        await until(lambda: bool(finished))
        assert finished[0].state is S.EXPIRED
        assert no_final_clip(studio_home)


async def test_an_expired_looking_clip_can_be_downloaded_again_by_hand(
        sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        finished: list[TaskRecord] = []
        queue.taskFinished.connect(finished.append)
        sim.faults.answer(403, "<Error><Message>Request has expired</Message></Error>", n=1,
                             only="download")
        rec = await queue.submit(request("expired, or so it looked"))
        await until(lambda: bool(finished))
        assert finished[-1].state is S.EXPIRED
        again = await TaskActions(queue).download_again(rec.local_id)
        assert again.state is S.COMPLETED
        await until(lambda: len(finished) == 2)
        assert finished[-1].state is S.SAVED
        assert saved_whole(sim, queue.record(rec.local_id))
        assert sum(1 for r in sim.requests if r.group == "create") == 1  # nothing paid again
