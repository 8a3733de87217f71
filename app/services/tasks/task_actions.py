"""What the user does to one row of a queue: stop or resume tracking, remove, retry, and the
recovery of a lost submission (look for it, adopt it, resend it with its own idempotency key);
the queue then shows and follows what the store holds (window and CLI)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.catalog import DownloadMsg, QueueMsg
from app.core.messages import Message
from app.services.api.client import describe
from app.services.api.errors import ApiError
from app.services.tasks.store import TaskRecord
from app.services.tasks.task_queue import FOLLOWED, S, TaskQueue

if TYPE_CHECKING:  # the recovery and the submitter load at the first use of a row action
    from app.core.task_list import TaskListItem
    from app.services.tasks import recovery


class TaskActions:
    """The row intents of one queue (app/services/tasks/recovery.py does the recovery work)."""

    def __init__(self, queue: TaskQueue, *, source: str = "gui") -> None:
        self._queue, self._source = queue, source

    async def retry(self, local_id: str) -> TaskRecord:
        """A NEW submission of the same request (the caller confirmed its cost)."""
        rec = self._queue.record(local_id) or self._queue.store.get(local_id)
        if rec is None:
            raise KeyError(local_id)
        from app.services.tasks.submission import Submitter

        return await Submitter(self._queue, source=self._source).send(rec.request)

    async def download_again(self, local_id: str) -> TaskRecord:
        """An expired-looking clip tried again (nothing is paid): the task is asked for a fresh
        link, then downloaded; a refusal the server calls expiry makes it expired again."""
        q = self._queue
        rec = q.show(q.store.reopen_expired(local_id, Message(DownloadMsg.DL_TRIED_AGAIN)))
        live = q.live(local_id)
        live.download_failures, live.problem, live.retry_at = 0, None, None
        try:
            await q.fresh_link(local_id)
        except ApiError as exc:  # the link it has is tried: it may still work
            live.problem = describe(exc)
        return q.follow(q.store.get(local_id) or rec)

    def stop_tracking(self, local_id: str) -> TaskRecord:
        """Stop polling and downloading. The server goes on, and charges for the clip."""
        q = self._queue
        q.poller.untrack(local_id)
        q.downloads.cancel(local_id)
        q.release(local_id)
        return q.show(q.store.set_untracked(local_id, True))

    def track_again(self, local_id: str) -> TaskRecord:
        return self._queue.follow(self._queue.store.set_untracked(local_id, False))

    def remove(self, local_id: str) -> None:
        """Off the list (the store keeps the record); a followed task must be stopped first."""
        rec = self._queue.record(local_id)
        if rec is None:
            return
        if rec.state in FOLLOWED and not rec.untracked and rec.state is not S.SUBMITTING:
            raise ValueError(Message(QueueMsg.STOP_TRACKING_FIRST))
        self._queue.store.set_hidden(local_id, True)
        self._queue.drop(local_id)

    async def find_unknown(self, local_id: str, *,
                           choose: str | None = None) -> recovery.Search:
        """Look for an outcome-unknown submission among the account's recent tasks (never
        resent); a clear match, or the task the user `choose`s, is followed from now on."""
        q = self._queue
        try:
            from app.services.tasks import recovery

            return await recovery.find_unknown(q.client, q.store, local_id, choose=choose)
        finally:
            q.refresh(local_id)

    def adopt(self, local_id: str, item: TaskListItem) -> TaskRecord | None:
        """Follow the listed task the user chose for this outcome-unknown submission."""
        from app.services.tasks import recovery

        recovery.adopt(self._queue.store, local_id, item)
        return self._queue.refresh(local_id)

    async def resend_same_key(self, local_id: str) -> recovery.Resent:
        """The user's explicit choice: the same request with the same idempotency key."""
        q = self._queue
        try:
            from app.services.tasks import recovery

            return await recovery.resend_same_key(q.client, q.store, local_id)
        finally:
            q.refresh(local_id)
