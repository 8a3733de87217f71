"""The queue as a Qt list model: forwards the queue's row signals; a timer refreshes live rows."""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from app.services.task_queue import TaskQueue
from app.ui.queue.presentation import ACTIVE_GROUP, group_of, row_text

Index = QModelIndex | QPersistentModelIndex
REFRESH_MS: Final = 500  # ETA countdowns and byte counts: one repaint for all active rows


class QueueModel(QAbstractListModel):
    """One row per task in `queue.records()`. Roles: RecordRole (TaskRecord), TextRole
    (RowText), GroupRole (active 0 / finished 1), LocalIdRole.
    `demo`: the tasks are the demo simulator's, which charges nothing."""

    RecordRole: Final = Qt.ItemDataRole.UserRole + 1
    TextRole: Final = Qt.ItemDataRole.UserRole + 2
    GroupRole: Final = Qt.ItemDataRole.UserRole + 3
    LocalIdRole: Final = Qt.ItemDataRole.UserRole + 5

    def __init__(self, queue: TaskQueue, parent: Any = None, *, demo: bool = False) -> None:
        super().__init__(parent)
        self._queue, self._demo = queue, demo
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setObjectName("queue-refresh")
        self.refresh_timer.setInterval(REFRESH_MS)
        queue.rowAboutToBeInserted.connect(self._on_queue_row_about_to_be_inserted)
        queue.rowInserted.connect(self.endInsertRows)
        queue.rowAboutToBeRemoved.connect(self._on_queue_row_about_to_be_removed)
        queue.rowRemoved.connect(self.endRemoveRows)
        queue.recordChanged.connect(self._on_queue_record_changed)
        queue.activeCountChanged.connect(self._on_queue_active_count_changed)
        self.refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        self._on_queue_active_count_changed(queue.active_count)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._queue.records())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        rec = self._queue.record_at(index.row())
        if role == self.RecordRole:
            return rec
        if role == self.LocalIdRole:
            return rec.local_id
        if role == self.GroupRole:
            return group_of(rec)
        text = row_text(rec, self._queue.live(rec.local_id), demo=self._demo)
        if role == self.TextRole:
            return text
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{text.title} — {text.status}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            parts = [rec.request.prompt, text.details, text.status, text.note, text.credits,
                     self.tr("Task id: %1").replace("%1", rec.display_id)]
            return "\n".join(p for p in parts if p)
        return None

    def _on_queue_row_about_to_be_inserted(self, row: int) -> None:
        self.beginInsertRows(QModelIndex(), row, row)

    def _on_queue_row_about_to_be_removed(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)

    def _on_queue_record_changed(self, row: int) -> None:
        idx = self.index(row)
        self.dataChanged.emit(idx, idx)

    def _on_queue_active_count_changed(self, count: int) -> None:
        if count and not self.refresh_timer.isActive():
            self.refresh_timer.start()
        elif not count:
            self.refresh_timer.stop()

    def _on_refresh_timer_timeout(self) -> None:
        rows = [i for i, r in enumerate(self._queue.records()) if group_of(r) == ACTIVE_GROUP]
        if rows:
            # One signal for the span of active rows (they sit together: newest first).
            self.dataChanged.emit(self.index(min(rows)), self.index(max(rows)),
                                  [self.TextRole, Qt.ItemDataRole.DisplayRole])
