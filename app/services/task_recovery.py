"""Recovery of a lost submission for a queue: look for it, adopt it, or resend it with its own
idempotency key; the queue then shows and follows what the store holds (window and CLI)."""

from __future__ import annotations

from app.core.task_list import TaskListItem
from app.services import recovery
from app.services.store import TaskRecord
from app.services.task_queue import TaskQueue


class QueueRecovery:
    """The recovery intents of one queue (app/services/recovery.py does the work)."""

    def __init__(self, queue: TaskQueue) -> None:
        self._queue = queue

    async def find_unknown(self, local_id: str, *,
                           choose: str | None = None) -> recovery.Search:
        """Look for an outcome-unknown submission among the account's recent tasks (never
        resent); a clear match, or the task the user `choose`s, is followed from now on."""
        q = self._queue
        try:
            return await recovery.find_unknown(q.client, q.store, local_id, choose=choose)
        finally:
            q.refresh(local_id)

    def adopt(self, local_id: str, item: TaskListItem) -> TaskRecord | None:
        """Follow the listed task the user chose for this outcome-unknown submission."""
        recovery.adopt(self._queue.store, local_id, item)
        return self._queue.refresh(local_id)

    async def resend_same_key(self, local_id: str) -> recovery.Resent:
        """The user's explicit choice: the same request with the same idempotency key."""
        q = self._queue
        try:
            return await recovery.resend_same_key(q.client, q.store, local_id)
        finally:
            q.refresh(local_id)
