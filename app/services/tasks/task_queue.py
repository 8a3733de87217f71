"""The task queue: every task in view, polled by one scheduler, downloaded the moment it is done."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core.catalog import QueueMsg
from app.core.media_limits import MediaKind
from app.core.poll_pacing import NextPoll, Pacing, pacing_for
from app.core.states import TaskState
from app.services.background import TaskGroup
from app.services.clips.naming import DEFAULT_TEMPLATE
from app.services.tasks import generation
from app.services.tasks.download_scheduler import DownloadScheduler
from app.services.tasks.poller import Poller
from app.services.tasks.store import StoreError, TaskRecord, TaskStore
from app.services.tasks.task_live import Live
from app.services.tasks.task_locks import TaskLocks
from app.services.tasks.task_reads import TaskReads
from app.services.tasks.task_rows import FOLLOWED, TaskRows

if TYPE_CHECKING:  # httpx and pydantic load with the first request, after the window painted
    from app.core.models import GenerationRequest, Task
    from app.services.api.client import EvolinkClient
    from app.services.media import inputs, uploads

__all__ = ["FINISHED", "FOLLOWED", "Live", "TaskQueue"]
log = logging.getLogger(__name__)
S = TaskState
FINISHED = frozenset({S.SAVED, S.FAILED, S.CANCELLED, S.EXPIRED})  # taskFinished reports these
LIST_LIMIT = 500
PASSING_PROBLEMS = frozenset({QueueMsg.POLL_OFFLINE, QueueMsg.POLL_RETRYING})
CHANGED_MARGIN_S = 10.0  # rows written this long before the newest seen are read again


class TaskQueue(QObject):
    """Owns the ordered list of tasks on show (newest first); the store stays the one truth.

    Signals (rows are positions in `records()` at emission time; a model forwards them):
      rowAboutToBeInserted(int), rowInserted() — around one insertion
      rowAboutToBeRemoved(int), rowRemoved() — around one removal
      recordChanged(int) — the record or its Live state of that row changed (not byte counts:
        a view refreshes those on its own timer while anything is active)
      activeCountChanged(int) — tasks still on their way to a file
      taskFinished(object) — a TaskRecord that just became saved, failed, cancelled or expired
      offlineChanged(bool) — polls cannot reach the API (retrying), or can again
      authFailed(object) — the API refused the key on a poll (the window asks for a new one)
    """

    rowAboutToBeInserted = Signal(int)
    rowInserted = Signal()
    rowAboutToBeRemoved = Signal(int)
    rowRemoved = Signal()
    recordChanged = Signal(int)
    activeCountChanged = Signal(int)
    taskFinished = Signal(object)
    offlineChanged = Signal(bool)
    authFailed = Signal(object)  # a str or a Message

    def __init__(self, *, client: EvolinkClient, store: TaskStore,
                 clips_dir: Path | Callable[[], Path],
                 template: str | Callable[[], str] = DEFAULT_TEMPLATE,
                 max_concurrent_requests: int = 4, max_concurrent_downloads: int = 4,
                 poll_floor_s: float | None = None, watch_interval_s: float = 1.0,
                 locks: TaskLocks | None = None, source: str = "gui",
                 adopt_existing: bool = True,
                 uploader: uploads.Uploader | None = None,
                 parent: QObject | None = None, pacing: Pacing | None = None) -> None:
        """`clips_dir` and `template` may be callables, read when a download starts (the
        user's Preferences of the moment). Without `adopt_existing` (`generate --wait`) the
        queue follows only what it submits or is told to `watch`, not the store's others."""
        super().__init__(parent)
        self.client, self.store, self._source = client, store, source
        self._uploader = uploader
        self.pacing = pacing or pacing_for(loopback=client.endpoints.is_loopback,
                                           floor_s=poll_floor_s)
        self.reads = TaskReads(client, self.authFailed.emit)
        self.poller = Poller(self.reads.one, on_answer=self._on_poll_answer,
                             on_problem=self._on_poll_problem, on_offline=self.offlineChanged.emit,
                             max_in_flight=max_concurrent_requests, pacing=self.pacing,
                             fetch_batch=self.reads.batch, on_answers=self._write_answers)
        # Poll answers already in the store, by local id: (the answer, the record it made).
        self._written: dict[str, tuple[Task, TaskRecord | Exception]] = {}
        self._locks = locks or TaskLocks.beside(store.path)
        self._mine: set[str] | None = None if adopt_existing else set()
        self._watch_interval_s = watch_interval_s
        self._rows = TaskRows(self)
        self._live: dict[str, Live] = {}
        self._background = TaskGroup("task queue")
        self.downloads = DownloadScheduler(
            store=store, clips_dir=clips_dir, template=template, live=self.live,
            show=self._apply, retry_due=self.refresh, background=self._background,
            fresh_link=self.fresh_link, max_concurrent=max_concurrent_downloads)
        self._data_version = -1
        self._write_seq = 0  # the store's newest write number seen (TaskStore.write_mark)
        self.reloads = 0  # whole-list reads after another process wrote
        self._written_upto = 0.0  # the newest updated_at read from the store
        self._started = False

    @property
    def uploader(self) -> uploads.Uploader:
        """The given uploader, else Evolink's: made at the first upload (not at start)."""
        if self._uploader is None:
            from app.services.media.upload_cache import UploadCache
            from app.services.media.uploads import EvolinkUploader

            self._uploader = EvolinkUploader(self.client, UploadCache.default())
        return self._uploader

    # --- reading --------------------------------------------------------------------------

    async def fresh_link(self, local_id: str) -> None:
        """Read the task again: its result link was refused, the answer carries a new one."""
        rec = self.store.get(local_id)
        if rec is not None and rec.task_id:
            self._apply(self.store.apply_poll(local_id, await self.reads.one(rec.task_id)))

    def records(self) -> list[TaskRecord]:
        return self._rows.records()

    def row_count(self) -> int:
        """len(records()) without copying the list (a model asks for it on every paint)."""
        return len(self._rows.order)

    def record_at(self, row: int) -> TaskRecord:
        return self._rows.by_id[self._rows.order[row]]

    def record(self, local_id: str) -> TaskRecord | None:
        return self._rows.by_id.get(local_id)

    def row_of(self, local_id: str) -> int:
        return self._rows.order.index(local_id)

    def live(self, local_id: str) -> Live:
        return self._live.setdefault(local_id, Live())

    @property
    def active_count(self) -> int:
        return self._rows.active

    @property
    def offline(self) -> bool:
        return self.poller.offline

    def next_poll_in(self, local_id: str) -> float | None:
        return self.poller.next_poll_in(local_id)

    def is_busy(self) -> bool:
        """Anything this process still polls or downloads."""
        return self.downloads.busy() or any(
            self.poller.is_tracked(k) for k in self._rows.order)

    # --- life cycle -----------------------------------------------------------------------

    async def start(self) -> None:
        """Load the store, settle interrupted submissions, pick every unfinished task up."""
        if self._started:
            return
        self._started = True
        generation.recover_interrupted(self.store)
        self.poller.start()
        self._reload()
        self._background.start(self._watch(), "queue store watch")

    async def shutdown(self) -> None:
        """Stop polling and downloading; nothing is cancelled on the server, all is stored."""
        self._background.cancel_all()
        await self.poller.stop()
        await self._background.aclose()
        self._locks.release_all()
        self._started = False

    async def _watch(self) -> None:
        """Re-read the store when another process wrote to it; adopt what it left behind.

        The rows are read off the UI thread: every record when another process committed
        (PRAGMA data_version moved and not all the writes numbered since were this store's
        own), else every few seconds only those written lately (this process's own other
        writers: the library's trash, favourites). This process's worker threads' commits
        (poll answers, submissions) move data_version too, but their rows are on show."""
        ticks = 0
        while True:
            await asyncio.sleep(self._watch_interval_s)
            ticks += 1
            version, seq = self.store.write_mark()
            if version != self._data_version and \
                    not self.store.only_own_writes(self._write_seq, seq):
                known = set(self._rows.order)
                self.reloads += 1
                fresh = await asyncio.to_thread(self.store.list, limit=LIST_LIMIT,
                                                include_hidden=False)
                self._data_version, self._write_seq = version, seq
                self._merge(fresh, known=known)
                continue
            self._data_version, self._write_seq = version, seq
            if ticks % 5 == 0:
                since = self._written_upto - CHANGED_MARGIN_S
                self._merge(await asyncio.to_thread(self.store.changed_since, since,
                                                    limit=LIST_LIMIT), known=None)

    def _reload(self) -> None:
        self._data_version, self._write_seq = self.store.write_mark()
        self._merge(self.store.list(limit=LIST_LIMIT, include_hidden=False),
                    known=set(self._rows.order))

    def _merge(self, fresh: list[TaskRecord], *, known: set[str] | None) -> None:
        """Show what the store holds. `known`: the rows listed when a read of the whole list
        began (those it lacks are dropped); None: `fresh` is the rows written lately only.
        A row is taken when it is not older than the one shown (a read off the UI thread may
        be a moment old)."""
        if known is not None:
            fresh_ids = {r.local_id for r in fresh}
            for local_id in [k for k in self._rows.order if k in known and k not in fresh_ids]:
                if not self._locks.holds(local_id):
                    self.drop(local_id)
        for rec in reversed(fresh):  # oldest first, so each new one lands on top
            self._written_upto = max(self._written_upto, rec.updated_at)
            old = self._rows.by_id.get(rec.local_id)
            if old is None:
                if rec.hidden or (known is None and not self._listable(rec)):
                    continue
                self._rows.insert(rec)
            elif rec.hidden and known is None:
                if not self._locks.holds(rec.local_id):
                    self.drop(rec.local_id)
                continue
            elif rec.updated_at >= old.updated_at and old != rec and \
                    not self._locks.holds(rec.local_id):
                self._apply(rec)
            self._adopt(self._rows.by_id[rec.local_id])

    def _listable(self, rec: TaskRecord) -> bool:
        """Whether a row not listed yet belongs in the newest LIST_LIMIT."""
        order = self._rows.order
        return len(order) < LIST_LIMIT or \
            rec.created_at >= self._rows.by_id[order[-1]].created_at

    def drop(self, local_id: str) -> None:
        """Off the list (not the store)."""
        self._live.pop(local_id, None)
        self._rows.drop(local_id)

    def _apply(self, rec: TaskRecord) -> TaskRecord:
        """Show a record the store now holds (it was written before this call)."""
        old = self._rows.by_id.get(rec.local_id)
        if old is None:
            self._rows.insert(rec)
        else:
            self._rows.replace(rec)
        if rec.state in FINISHED and (old is None or old.state not in FINISHED):
            if old is not None:
                self.taskFinished.emit(rec)
            self._locks.release(rec.local_id)
        self._rows.count_active()
        return rec

    # --- following ------------------------------------------------------------------------

    def _adopt(self, rec: TaskRecord) -> None:
        """Poll or download `rec` if it needs it and no other process follows it."""
        if not self._started or rec.untracked or rec.state not in FOLLOWED or \
                rec.state is S.SUBMITTING or not rec.task_id or \
                (self._mine is not None and rec.local_id not in self._mine):
            return
        live = self.live(rec.local_id)
        if not self._locks.acquire(rec.local_id):
            if not live.elsewhere:
                live.elsewhere = True
                self._rows.touch(rec.local_id)
            return
        if live.elsewhere:
            live.elsewhere = False
            self._rows.touch(rec.local_id)
        if rec.state.active or (rec.state is S.COMPLETED and not rec.result_urls):
            if not self.poller.is_tracked(rec.local_id):
                first = live.first_poll(rec, self.pacing)
                self.poller.track(rec.local_id, rec.task_id, first.delay, first.early)
        elif live.retry_at is None:
            self.downloads.start(rec.local_id)

    async def _write_answers(self, answers: list[tuple[str, Task]]) -> None:
        """Write a read's answers to the store before they are shown: in one transaction, in a
        worker thread (a commit waits for the disk; fifty of them stalled the window)."""
        mine = [(k, t) for k, t in answers
                if (r := self._rows.by_id.get(k)) is not None and not r.untracked]
        if not mine:
            return
        try:
            written = await asyncio.to_thread(self.store.apply_polls, mine)
        except (sqlite3.Error, OSError, StoreError) as exc:  # each is written on its own then
            log.info("could not write %d poll answers at once: %s", len(mine), exc)
            return
        for local_id, task in mine:
            if local_id in written:
                self._written[local_id] = (task, written[local_id])

    def _stored_answer(self, local_id: str, task: Task, shown: TaskRecord) -> TaskRecord:
        """The record this answer made: written already (`_write_answers`) unless the record
        changed since, else written now."""
        answer, written = self._written.pop(local_id, (None, None))
        if answer is task and written is not None:
            if isinstance(written, Exception):
                raise written
            if written.updated_at >= shown.updated_at:
                return written
        return self.store.apply_poll(local_id, task)

    def _on_poll_answer(self, local_id: str, task: Task) -> NextPoll | None:
        rec = self._rows.by_id.get(local_id)
        if rec is None or rec.untracked:
            self._written.pop(local_id, None)  # written ahead for a row gone or let go since
            return None
        rec = self._apply(self._stored_answer(local_id, task, rec))
        live = self.live(local_id)
        live.problem = live.retry_at = None
        if rec.state.active:
            return live.next_poll(rec, self.pacing)
        if rec.state in (S.COMPLETED, S.DOWNLOADING):
            if not rec.result_urls:
                return live.next_poll(rec, self.pacing)
            self.downloads.start(local_id)
        return None

    def _on_poll_problem(self, local_id: str, message: str | None, wait: float | None) -> None:
        live = self.live(local_id)
        live.problem = message
        passing = message is None or getattr(message, "id", None) in PASSING_PROBLEMS
        live.poll_refusals = 0 if message is None else live.poll_refusals + (not passing)
        live.retry_at = None if wait is None else time.time() + wait
        self._rows.touch(local_id)

    # --- intents --------------------------------------------------------------------------

    async def submit(self, request: GenerationRequest,
                     media: Mapping[MediaKind, Sequence[inputs.MediaInput]] | None = None,
                     on_upload: uploads.OnUpload | None = None) -> TaskRecord:
        """Send a request through this queue (`submission.Submitter.send`, raising)."""
        from app.services.tasks.submission import Submitter  # it builds on this module

        return await Submitter(self, source=self._source).send(request, media, on_upload)

    async def held(self, local_id: str) -> None:
        """This process follows the task (a submission of its own): no other one adopts it.
        Its lock file is taken in a worker thread: QLockFile syncs it to disk (an fdatasync,
        3-6 ms), which each member of a take set would otherwise stall the window for."""
        if self._mine is not None:
            self._mine.add(local_id)
        await asyncio.to_thread(self._locks.acquire, local_id)

    def release(self, local_id: str) -> None:
        self._locks.release(local_id)

    def show(self, rec: TaskRecord) -> TaskRecord:
        """Show a record the store now holds (written before this call)."""
        return self._apply(rec)

    def follow(self, rec: TaskRecord) -> TaskRecord:
        """Show a record and follow its task if it needs it (polled, then downloaded)."""
        rec = self._apply(rec)
        self._adopt(rec)
        return rec

    def watch(self, local_id: str) -> None:
        """Follow this task too (a queue that adopts only its own)."""
        if self._mine is not None:
            self._mine.add(local_id)
        self.refresh(local_id)

    def refresh(self, local_id: str) -> TaskRecord | None:
        """Show what the store now holds for this task, and follow it if it needs it."""
        rec = self.store.get(local_id)
        return None if rec is None else self.follow(rec)


