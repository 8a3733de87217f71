"""A long queue repaints only what changed: rows out of sight, other roles, the group filter."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from app.core.states import TaskState
from app.services.tasks.store import TaskStore
from app.ui.queue import QueuePanel
from app.ui.queue.model import QueueModel
from app.ui.queue.presentation import RowText
from tests.perf.queue_tick import build_queue_store
from tests.queue.conftest import until


class Paints(QObject):
    def __init__(self, watched: QObject) -> None:
        super().__init__(watched)
        self.count = 0
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


async def test_a_change_out_of_sight_paints_nothing_in_sight_paints(
        qtbot: Any, queue_for: Any, studio_home: Path, store: TaskStore) -> None:
    assert store.path == studio_home / "studio.sqlite3"
    build_queue_store(studio_home / "studio.sqlite3", 60)  # 30 generating, 30 saved
    async with queue_for(adopt_existing=False) as queue:
        panel = QueuePanel(queue)
        qtbot.addWidget(panel)
        panel.resize(420, 700)
        panel.show()
        qtbot.waitExposed(panel)
        panel.model.refresh_timer.stop()
        paints = Paints(panel.active_view.viewport())
        await until(lambda: paints.count > 0)
        settle()
        records = queue.records()
        far, near = records[29], records[0]
        assert not panel.active_view.visualRect(panel.active_proxy.index(29, 0)).intersects(
            panel.active_view.viewport().rect())
        before = paints.count
        queue._apply(dataclasses.replace(far, progress=far.progress + 1))
        settle()
        assert paints.count == before
        # Yet its text is the new one when it is scrolled to.
        text: RowText = panel.active_proxy.index(29, 0).data(QueueModel.TextRole)
        assert f"{far.progress + 1}%" in text.status
        queue._apply(dataclasses.replace(near, progress=near.progress + 1))
        await until(lambda: paints.count > before)
        assert f"{near.progress + 1}%" in panel.active_proxy.index(0, 0).data(
            QueueModel.TextRole).status


async def test_a_task_that_finishes_moves_to_finished_and_other_roles_are_empty(
        qtbot: Any, queue_for: Any, studio_home: Path, store: TaskStore) -> None:
    assert store.path == studio_home / "studio.sqlite3"
    build_queue_store(studio_home / "studio.sqlite3", 10)
    async with queue_for(adopt_existing=False) as queue:
        panel = QueuePanel(queue)
        qtbot.addWidget(panel)
        assert (panel.active_proxy.rowCount(), panel.finished_proxy.rowCount()) == (5, 5)
        index = panel.model.index(0)
        for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole,
                     Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.BackgroundRole):
            assert index.data(role) is None
        assert index.data(Qt.ItemDataRole.DisplayRole)
        rec = queue.records()[0]
        queue._apply(dataclasses.replace(rec, state=TaskState.FAILED, error_code="x"))
        assert (panel.active_proxy.rowCount(), panel.finished_proxy.rowCount()) == (4, 6)
        assert panel.active_label.text() == "&Active (4)"
        # The countdowns' refresh filters nothing again and keeps the groups.
        panel.model.refresh_timer.timeout.emit()
        assert (panel.active_proxy.rowCount(), panel.finished_proxy.rowCount()) == (4, 6)
