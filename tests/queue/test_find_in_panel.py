"""The queue panel's "Find it" and "Send again (same key)" on a lost submission (pytest-qt)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.core.states import TaskState
from app.services.api.errors import SubmissionOutcomeUnknown
from app.services.tasks.store import TaskRecord
from app.services.tasks.task_queue import TaskQueue
from app.simulator import Simulator
from app.ui.queue import QueuePanel
from tests.queue.conftest import request, until
from tests.queue.test_panel import Confirmations, row_of

S = TaskState
NO_CHARGE_CLAIMS = ("nothing was charged", "never created", "not charged")


async def lost_in_panel(qtbot: Any, sim: Simulator, queue: TaskQueue,
                        confirm: Confirmations) -> tuple[QueuePanel, TaskRecord]:
    """A create the server carried out whose answer never came back, selected in the panel."""
    panel = QueuePanel(queue, confirm=confirm)
    qtbot.addWidget(panel)
    sim.faults.drop_connection(n=1, only="create")
    with pytest.raises(SubmissionOutcomeUnknown):
        await queue.submit(request("a lighthouse keeper's cat"))
    [rec] = queue.records()
    panel.select(rec.local_id)
    assert panel.find_button.isEnabled() and panel.resend_button.isEnabled()
    assert len(sim.tasks) == 1
    return panel, rec


def creates(sim: Simulator) -> int:
    return len([r for r in sim.requests if r.group == "create"])


async def test_find_it_adopts_the_lost_task_and_saves_its_clip(
        qtbot: Any, sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        panel, rec = await lost_in_panel(qtbot, sim, queue, Confirmations(True))
        panel.find_button.click()
        await until(lambda: queue.record(rec.local_id).state is S.SAVED)  # type: ignore[union-attr]
        [task_id] = sim.tasks
        assert queue.record(rec.local_id).task_id == task_id  # type: ignore[union-attr]
        assert panel.feedback.text() == f"Found it: {task_id}; following it now."
        assert len(sim.tasks) == 1 and creates(sim) == 1  # found, never sent again
        assert panel.recovery.chooser is None


async def test_nothing_found_says_where_it_looked_never_that_nothing_was_charged(
        qtbot: Any, sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        panel, rec = await lost_in_panel(qtbot, sim, queue, Confirmations(True))
        [task_id] = sim.tasks
        sim.tasks[task_id].created -= 3600  # out of the window: not this submission
        panel.find_button.click()
        await until(lambda: "Not found among" in panel.feedback.text())
        said = panel.feedback.text()
        assert "your 1 most recent video task for seedance-2.0-fast-text-to-video" in said
        assert "usage page" in said
        note = row_of(panel, rec.local_id).note
        assert note.startswith("Not found among your 1 most recent video task")
        for text in (said, note, panel.detail.text()):
            assert not any(claim in text.lower() for claim in NO_CHARGE_CLAIMS), text
        assert queue.record(rec.local_id).state is S.OUTCOME_UNKNOWN  # type: ignore[union-attr]


async def test_two_equally_close_tasks_open_the_chooser_and_only_the_chosen_one_is_taken(
        qtbot: Any, sim: Simulator, client: Any, queue_for: Any) -> None:
    async with queue_for() as queue:
        panel, rec = await lost_in_panel(qtbot, sim, queue, Confirmations(True))
        [made] = sim.tasks
        twin = await client.create(request("the same, from the website"),
                                   idempotency_key="key-panel-twin-0001")
        sim.tasks[twin.id].created = sim.tasks[made].created
        panel.find_button.click()
        await until(lambda: panel.recovery.chooser is not None
                    and panel.recovery.chooser.isVisible())
        chooser = panel.recovery.chooser
        assert chooser is not None
        assert chooser.list.accessibleName() == "Matching tasks"
        assert chooser.list_label.buddy() is chooser.list
        assert chooser.use_button.accessibleName() == "Use this task"
        lines = [chooser.list.item(i).text() for i in range(chooser.list.count())]
        assert sorted(line.split(" · ")[0] for line in lines) == sorted([made, twin.id])
        assert queue.record(rec.local_id).task_id is None  # nothing taken before a choice  # type: ignore[union-attr]
        assert chooser.current() is None and not chooser.use_button.isEnabled()
        chooser.choose(made)
        qtbot.mouseClick(chooser.use_button, Qt.MouseButton.LeftButton)
        assert not chooser.isVisible()
        assert queue.record(rec.local_id).task_id == made  # type: ignore[union-attr]
        await until(lambda: queue.record(rec.local_id).state is S.SAVED)  # type: ignore[union-attr]
        assert creates(sim) == 2  # the lost one and the twin: "Find it" sent nothing


async def test_cancelling_the_chooser_takes_neither(qtbot: Any, sim: Simulator, client: Any,
                                                    queue_for: Any) -> None:
    async with queue_for() as queue:
        panel, rec = await lost_in_panel(qtbot, sim, queue, Confirmations(True))
        [made] = sim.tasks
        twin = await client.create(request("another"), idempotency_key="key-panel-twin-0002")
        sim.tasks[twin.id].created = sim.tasks[made].created
        panel.find_button.click()
        await until(lambda: panel.recovery.chooser is not None
                    and panel.recovery.chooser.isVisible())
        panel.recovery.chooser.cancel_button.click()  # type: ignore[union-attr]
        fresh = queue.record(rec.local_id)
        assert fresh is not None and fresh.state is S.OUTCOME_UNKNOWN and fresh.task_id is None
        assert row_of(panel, rec.local_id).note.startswith("2 of your recent tasks could be")


async def test_send_again_asks_first_then_uses_the_same_key(
        qtbot: Any, sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        confirm = Confirmations(False)
        panel, rec = await lost_in_panel(qtbot, sim, queue, confirm)
        panel.resend_button.click()
        [(title, text, accept)] = confirm.asked
        assert title == "Send again with the same key?" and accept == "Send again (same key)"
        assert "idempotency key of the first attempt, never a new one" in text
        assert "second, separately charged task" in text
        assert creates(sim) == 1  # declined: nothing sent
        confirm.answer = True
        panel.resend_button.click()
        await until(lambda: queue.record(rec.local_id).state is S.SAVED)  # type: ignore[union-attr]
        [task_id] = sim.tasks
        assert panel.feedback.text() == (f"The gateway answered with the task the first "
                                         f"submission made ({task_id}): no second task was "
                                         "created")
        assert [r.idempotency_key for r in sim.requests if r.group == "create"] == [
            rec.idempotency_key] * 2
