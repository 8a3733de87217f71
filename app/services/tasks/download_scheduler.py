"""Downloads of finished tasks: a few at a time, retried with a growing wait, never twice at once.

The queue hands over a task the moment the server has its result; the scheduler saves the clip
into the clips folder under the name template read when the download starts (a change of either
in Preferences takes effect for the next clip, without restarting anything).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from app.core.catalog import DownloadMsg, QueueMsg
from app.core.messages import Message
from app.core.states import TaskState
from app.services.api.errors import ApiError
from app.services.background import TaskGroup
from app.services.tasks import generation
from app.services.tasks.download_errors import DownloadFailed
from app.services.tasks.store import TaskRecord, TaskStore
from app.services.tasks.task_live import Live

S = TaskState
log = logging.getLogger(__name__)
DOWNLOAD_RETRY_S = (2.0, 10.0, 30.0, 60.0, 300.0)
FreshLink = Callable[[str], Awaitable[object]]


class DownloadScheduler:
    """Saves finished tasks' clips for a queue.

    `live(local_id)` is the queue's per-task view (bytes, problem, retry time); `show(record)`
    shows what the store now holds; `retry_due(local_id)` hands a task back to the queue once
    the wait after a failed download is over (the queue decides whether it still needs it);
    `fresh_link(local_id)` reads the task again after its result link was refused."""

    def __init__(self, *, store: TaskStore,
                 clips_dir: Path | Callable[[], Path], template: str | Callable[[], str],
                 live: Callable[[str], Live], show: Callable[[TaskRecord], TaskRecord],
                 retry_due: Callable[[str], object], background: TaskGroup,
                 fresh_link: FreshLink | None = None, max_concurrent: int = 4) -> None:
        self._store = store
        # Settings read when a download starts: a callable as is, a value as a constant.
        self._clips_dir = clips_dir if callable(clips_dir) else (lambda: Path(clips_dir))
        self._template = template if callable(template) else (lambda: str(template))
        self._live, self._show, self._retry_due = live, show, retry_due
        self._background = background
        self._fresh_link = fresh_link
        self._max = max_concurrent
        self._slots: asyncio.Semaphore | None = None  # made on the loop that runs them
        self._running: dict[str, asyncio.Task[None]] = {}

    def busy(self) -> bool:
        return bool(self._running)

    def has(self, local_id: str) -> bool:
        return local_id in self._running

    def start(self, local_id: str) -> None:
        """Download this task's clip unless a download of it is under way."""
        if local_id in self._running:
            return
        if self._slots is None:
            self._slots = asyncio.Semaphore(self._max)
        task = self._background.start(self._download(local_id), f"download {local_id}")
        self._running[local_id] = task
        task.add_done_callback(lambda _t: self._running.pop(local_id, None))

    def cancel(self, local_id: str) -> None:
        download = self._running.pop(local_id, None)
        if download is not None:
            download.cancel()

    async def _download(self, local_id: str) -> None:
        assert self._slots is not None
        live = self._live(local_id)
        async with self._slots:
            rec = self._store.get(local_id)
            if rec is None or rec.untracked or rec.state not in (S.COMPLETED, S.DOWNLOADING):
                return

            def progress(done: int, total: int | None) -> None:
                first = live.bytes_total is None and live.bytes_done == 0
                live.bytes_done, live.bytes_total = done, total
                if first:  # the state moved to DOWNLOADING in the store: show it once
                    fresh = self._store.get(local_id)
                    if fresh is not None:
                        self._show(fresh)

            live.bytes_done, live.bytes_total = 0, None
            try:
                rec = await generation.save_result(
                    self._store, rec, Path(self._clips_dir()),
                    template=self._template(), on_progress=progress)
            except DownloadFailed as exc:
                self._failed(local_id, live, exc, fresh=isinstance(exc, generation.LinkRefused))
                return
            except OSError as exc:  # the clips folder cannot be made or written (disk full)
                self._failed(local_id, live, DownloadFailed(Message(
                    DownloadMsg.DL_CANNOT_WRITE, name=self._clips_dir().name,
                    error=exc.strerror or str(exc))), fresh=False)
                return
        live.problem = live.retry_at = None
        live.download_failures = 0
        self._show(rec)

    def _failed(self, local_id: str, live: Live, exc: DownloadFailed, *, fresh: bool) -> None:
        live.download_failures += 1
        wait = DOWNLOAD_RETRY_S[min(live.download_failures, len(DOWNLOAD_RETRY_S)) - 1]
        live.problem = Message(QueueMsg.DOWNLOAD_INTERRUPTED, reason=exc.message)
        live.retry_at = time.time() + wait
        now = self._store.get(local_id)
        if now is not None:
            self._show(now)
        self._background.start(self._later(local_id, wait, fresh), f"retry download {local_id}")

    async def _later(self, local_id: str, wait: float, fresh: bool) -> None:
        await asyncio.sleep(wait)
        if fresh and self._fresh_link is not None:
            try:
                await self._fresh_link(local_id)
            except ApiError as exc:  # the old link is tried again; the next refusal asks again
                log.info("no fresh link for %s: %s", local_id, exc)
        self._live(local_id).retry_at = None
        self._retry_due(local_id)
