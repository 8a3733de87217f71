"""The queue's rows: the ordered list of tasks on show (newest first) and the row signals
around each change, which a Qt model forwards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.states import TaskState
from app.services.tasks.store import TaskRecord

if TYPE_CHECKING:
    from app.services.tasks.task_queue import TaskQueue

S = TaskState
FOLLOWED = frozenset({S.SUBMITTING, S.PENDING, S.PROCESSING, S.COMPLETED, S.DOWNLOADING})


class TaskRows:
    """Rows of one queue; every change is announced through the queue's signals."""

    def __init__(self, queue: TaskQueue) -> None:
        self._queue = queue
        self.order: list[str] = []
        self.by_id: dict[str, TaskRecord] = {}
        self.active = 0

    def records(self) -> list[TaskRecord]:
        return [self.by_id[k] for k in self.order]

    def insert(self, rec: TaskRecord) -> None:
        row = 0
        while row < len(self.order) and self.by_id[self.order[row]].created_at > rec.created_at:
            row += 1
        self._queue.rowAboutToBeInserted.emit(row)
        self.order.insert(row, rec.local_id)
        self.by_id[rec.local_id] = rec
        self._queue.rowInserted.emit()
        self.count_active()

    def drop(self, local_id: str) -> None:
        row = self.order.index(local_id)
        self._queue.rowAboutToBeRemoved.emit(row)
        self.order.pop(row)
        self.by_id.pop(local_id, None)
        self._queue.rowRemoved.emit()
        self.count_active()

    def replace(self, rec: TaskRecord) -> None:
        self.by_id[rec.local_id] = rec
        self._queue.recordChanged.emit(self.order.index(rec.local_id))

    def touch(self, local_id: str) -> None:
        if local_id in self.by_id:
            self._queue.recordChanged.emit(self.order.index(local_id))

    def count_active(self) -> None:
        n = sum(1 for r in self.by_id.values() if r.state in FOLLOWED and not r.untracked)
        if n != self.active:
            self.active = n
            self._queue.activeCountChanged.emit(n)
