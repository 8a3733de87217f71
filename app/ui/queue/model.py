"""The queue as a Qt list model: forwards the queue's row signals; a timer refreshes live rows."""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from app.services.tasks.task_queue import TaskQueue
from app.ui.queue.presentation import RowText, group_of, row_text

Index = QModelIndex | QPersistentModelIndex
REFRESH_MS: Final = 500  # ETA countdowns and byte counts: one repaint for all active rows
_TOOLTIP_ROLES: Final = frozenset({Qt.ItemDataRole.ToolTipRole,
                                   Qt.ItemDataRole.AccessibleDescriptionRole})


class QueueModel(QAbstractListModel):
    """One row per task in `queue.records()`. Roles: RecordRole (TaskRecord), TextRole
    (RowText), GroupRole (active 0 / finished 1), LocalIdRole.
    `demo`: the tasks are the demo simulator's, which charges nothing.

    A row's text is made once per refresh: a view asks for many roles per paint (font,
    colours, check state…), and only the ones above cost anything.

    A row's change is one dataChanged for that row (the group proxies filter that row again).
    The countdowns' refresh is not a dataChanged: a span of hundreds of rows would make each
    proxy filter them all again, twice a second; textsStale() says the views should repaint
    (what is on screen asks for its new text).

    Signals: textsStale() — every active row's text moved with the clock."""

    textsStale = Signal()

    RecordRole: Final = Qt.ItemDataRole.UserRole + 1
    TextRole: Final = Qt.ItemDataRole.UserRole + 2
    GroupRole: Final = Qt.ItemDataRole.UserRole + 3
    LocalIdRole: Final = Qt.ItemDataRole.UserRole + 5

    def __init__(self, queue: TaskQueue, parent: Any = None, *, demo: bool = False) -> None:
        super().__init__(parent)
        self._queue, self._demo = queue, demo
        self._texts: dict[str, RowText] = {}  # by local id, until the row or the clock moves
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setObjectName("queue-refresh")
        self.refresh_timer.setInterval(REFRESH_MS)
        queue.rowAboutToBeInserted.connect(self._on_queue_row_about_to_be_inserted)
        queue.rowInserted.connect(self._on_queue_row_inserted)
        queue.rowAboutToBeRemoved.connect(self._on_queue_row_about_to_be_removed)
        queue.rowRemoved.connect(self.endRemoveRows)
        queue.recordChanged.connect(self._on_queue_record_changed)
        queue.activeCountChanged.connect(self._on_queue_active_count_changed)
        self.refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        self._on_queue_active_count_changed(queue.active_count)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._queue.row_count()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._queue.row_count():
            return None
        rec = self._queue.record_at(index.row())
        if role == self.RecordRole:
            return rec
        if role == self.LocalIdRole:
            return rec.local_id
        if role == self.GroupRole:
            return group_of(rec)
        if role != self.TextRole and role != Qt.ItemDataRole.DisplayRole \
                and role not in _TOOLTIP_ROLES:
            return None  # the many roles a view asks for and this model does not set
        text = self._texts.get(rec.local_id)
        if text is None:
            text = self._texts[rec.local_id] = row_text(
                rec, self._queue.live(rec.local_id), demo=self._demo)
        if role == self.TextRole:
            return text
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{text.title} — {text.status}"
        parts = [rec.request.prompt, text.details, text.status, text.note, text.credits,
                 self.tr("Task id: %1").replace("%1", rec.display_id)]
        return "\n".join(p for p in parts if p)

    def _on_queue_row_about_to_be_inserted(self, row: int) -> None:
        self.beginInsertRows(QModelIndex(), row, row)

    def _on_queue_row_inserted(self) -> None:
        self.endInsertRows()

    def _on_queue_row_about_to_be_removed(self, row: int) -> None:
        local_id = self._queue.record_at(row).local_id
        self._texts.pop(local_id, None)
        self.beginRemoveRows(QModelIndex(), row, row)

    def _on_queue_record_changed(self, row: int) -> None:
        rec = self._queue.record_at(row)
        self._texts.pop(rec.local_id, None)
        idx = self.index(row)
        self.dataChanged.emit(idx, idx)

    def _on_queue_active_count_changed(self, count: int) -> None:
        if count and not self.refresh_timer.isActive():
            self.refresh_timer.start()
        elif not count:
            self.refresh_timer.stop()

    def _on_refresh_timer_timeout(self) -> None:
        self._texts.clear()  # countdowns, byte counts and "sent … ago" moved with the clock
        self.textsStale.emit()
