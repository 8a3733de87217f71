"""Issue 14 item 2 in the window: the queue panel's "Download again" tries an expired-looking
clip again (a fresh link, nothing paid) and the clip ends saved."""

from __future__ import annotations

from typing import Any

from app.core.states import TaskState
from app.services.tasks.store import TaskRecord
from app.simulator import Simulator
from app.ui.queue import QueuePanel
from tests.faults.dl_support import saved_whole
from tests.queue.conftest import request, until
from tests.queue.test_panel import Confirmations

S = TaskState


async def test_download_again_saves_a_clip_whose_link_looked_expired(
        qtbot: Any, sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        panel = QueuePanel(queue, confirm=Confirmations(True))
        qtbot.addWidget(panel)
        finished: list[TaskRecord] = []
        queue.taskFinished.connect(finished.append)
        sim.faults.answer(403, "<Error><Message>Request has expired</Message></Error>", n=1,
                             only="download")
        rec = await queue.submit(request("it only looked expired"))
        await until(lambda: bool(finished))
        panel.select(rec.local_id)
        assert finished[-1].state is S.EXPIRED and panel.again_button.isEnabled()
        panel.again_button.click()
        await until(lambda: len(finished) == 2)
        assert finished[-1].state is S.SAVED
        assert saved_whole(sim, queue.record(rec.local_id))
        assert not panel.again_button.isEnabled()
        assert sum(1 for r in sim.requests if r.group == "create") == 1
        await panel.shutdown()
