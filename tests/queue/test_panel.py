"""The queue panel with a real queue on the simulator: rows, progress, ETA and the actions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from app.core.states import TaskState
from app.simulator import Simulator
from app.ui.queue import QueuePanel, TaskNotifier
from app.ui.queue.model import QueueModel
from app.ui.queue.presentation import RowText
from tests.queue.conftest import request, until

S = TaskState


class Confirmations:
    """Stands in for the question box: records what was asked, answers as told."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, _parent: QWidget, title: str, text: str, accept: str,
                 then: Callable[[], None]) -> None:
        self.asked.append((title, text, accept))
        if self.answer:
            then()


def row_of(panel: QueuePanel, local_id: str) -> RowText:
    for proxy in (panel.active_proxy, panel.finished_proxy):
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(QueueModel.LocalIdRole) == local_id:
                text: RowText = index.data(QueueModel.TextRole)
                return text
    raise AssertionError(f"no row for {local_id}")


@pytest.fixture
async def slow_sim(sim: Simulator) -> Simulator:
    sim.engine.generation_s = 3.0  # long enough to watch progress and the ETA
    return sim


async def test_rows_progress_eta_and_credits(qtbot: Any, slow_sim: Simulator,
                                             queue_for: Any) -> None:
    async with queue_for() as queue:
        panel = QueuePanel(queue, confirm=Confirmations(True))
        qtbot.addWidget(panel)
        rec = await queue.submit(request("a lantern festival over a lake"))
        assert panel.active_proxy.rowCount() == 1 and panel.finished_proxy.rowCount() == 0
        assert panel.active_label.text() == "&Active (1)"
        await until(lambda: row_of(panel, rec.local_id).progress not in (None, 0))
        text = row_of(panel, rec.local_id)
        assert text.status.startswith("Generating") and "left" in text.note
        assert "credits reserved" in text.credits
        assert "a lantern festival" in text.title and "480p" in text.details
        await until(lambda: queue.record(rec.local_id).state is S.SAVED)  # type: ignore[union-attr]
        await until(lambda: panel.finished_proxy.rowCount() == 1)
        assert panel.active_proxy.rowCount() == 0
        assert row_of(panel, rec.local_id).status == "Saved"
        saved = queue.record(rec.local_id)
        assert saved is not None and saved.credits_charged == saved.credits_reserved
        assert row_of(panel, rec.local_id).credits == (
            f"{saved.credits_reserved:,.1f} reserved → {saved.credits_charged:,.1f} charged")


async def test_stop_tracking_warns_first_and_copy_puts_the_id_on_the_clipboard(
        qtbot: Any, sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        confirm = Confirmations(False)
        panel = QueuePanel(queue, confirm=confirm)
        qtbot.addWidget(panel)
        rec = await queue.submit(request("a long wait [never]"))
        await until(lambda: queue.record(rec.local_id).task_id is not None)  # type: ignore[union-attr]
        panel.select(rec.local_id)
        panel.copy_button.click()
        assert QApplication.clipboard().text() == rec.task_id
        assert not panel.remove_button.isEnabled()  # still tracked: stop first
        panel.track_button.click()
        [(_title, text, _accept)] = confirm.asked
        assert "goes on" in text and "charges" in text and "no way to cancel" in text
        assert queue.poller.is_tracked(rec.local_id)  # declined: nothing changed
        confirm.answer = True
        panel.track_button.click()
        assert not queue.poller.is_tracked(rec.local_id)
        assert row_of(panel, rec.local_id).status == "Not tracked"
        assert panel.track_button.text() == "Track &again"
        panel.remove_button.click()
        assert queue.records() == [] and panel.finished_proxy.rowCount() == 0


async def test_stop_tracking_a_demo_task_says_nothing_of_charges(
        qtbot: Any, sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        confirm = Confirmations(True)
        panel = QueuePanel(queue, confirm=confirm, demo=True)
        qtbot.addWidget(panel)
        rec = await queue.submit(request("a demo wait [never]"))
        await until(lambda: queue.record(rec.local_id).task_id is not None)  # type: ignore[union-attr]
        panel.select(rec.local_id)
        assert "charge" not in panel.track_button.toolTip()
        panel.track_button.click()
        [(_title, text, _accept)] = confirm.asked
        assert "demo task" in text and "costs nothing" in text
        assert "charge" not in text and "cancel" not in text
        assert not queue.poller.is_tracked(rec.local_id)
        assert panel.feedback.text() == "Stopped tracking this demo task."
        row = row_of(panel, rec.local_id)
        assert row.status == "Not tracked" and "charge" not in row.note
        assert "charge" not in panel.detail.text()


async def test_failed_task_shows_the_reason_and_retry_asks_with_the_cost(
        qtbot: Any, sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        confirm = Confirmations(False)
        panel = QueuePanel(queue, confirm=confirm)
        qtbot.addWidget(panel)
        rec = await queue.submit(request("a storm at sea [fail:content_policy_violation]"))
        await until(lambda: queue.record(rec.local_id).state is S.FAILED)  # type: ignore[union-attr]
        text = row_of(panel, rec.local_id)
        assert "content safety check" in text.note and "No credits were spent" in text.note
        # the gateway's own account of it: reserved, then all of it refunded
        reserved = queue.record(rec.local_id).credits_reserved  # type: ignore[union-attr]
        assert text.credits == f"{reserved:,.1f} reserved → {reserved:,.1f} refunded"
        assert text.tone == "bad"
        panel.select(rec.local_id)
        assert "content safety check" in panel.detail.text()
        panel.retry_button.click()
        [(_title, question, accept)] = confirm.asked
        cost = queue.record(rec.local_id).credits_reserved  # type: ignore[union-attr]
        assert f"{cost:,.1f} credits" in question and "credits" in accept
        assert len(sim.tasks) == 1  # declined: nothing spent
        confirm.answer = True
        with qtbot.waitSignal(panel.retryRequested):
            panel.retry_button.click()
        await until(lambda: len(sim.tasks) == 2)
        await until(lambda: panel.active_proxy.rowCount() + panel.finished_proxy.rowCount() == 2)
        # The retry's id stored (in a worker thread) before the queue and the store close.
        await until(lambda: all(r.task_id for r in queue.records()))


async def test_open_folder_intent_and_finish_notice_with_the_title_count(
        qtbot: Any, sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        window = QMainWindow()
        window.setWindowTitle("Seedance Studio")
        qtbot.addWidget(window)
        panel = QueuePanel(queue)
        window.setCentralWidget(panel)
        notifier = TaskNotifier(queue, window)
        notices: list[tuple[str, str]] = []
        notifier.notified.connect(lambda t, x: notices.append((t, x)))
        rec = await queue.submit(request("a hummingbird in slow motion"))
        assert window.windowTitle() == "Seedance Studio — 1 active"
        await until(lambda: bool(notices))  # the window is not focused (never shown)
        assert notices[0][0] == "Clip ready" and "hummingbird" in notices[0][1]
        assert window.windowTitle() == "Seedance Studio"
        panel.select(rec.local_id)
        with qtbot.waitSignal(panel.openFolderRequested) as opened:
            panel.folder_button.click()
        saved = Path(queue.record(rec.local_id).file_path or "")  # type: ignore[union-attr]
        assert opened.args == [saved.parent] and saved.exists()
