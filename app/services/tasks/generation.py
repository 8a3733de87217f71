"""The steps of one clip: write-ahead submit, recovery of a dead process's, saving the result
(the queue and its DownloadScheduler put them together for the window and the CLI)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from app.core import api_facts
from app.core.catalog import DownloadMsg, QueueMsg
from app.core.messages import Message, SaidError
from app.core.problems import Problem
from app.core.rules import check
from app.core.states import TaskState
from app.services.api.client import EvolinkClient, describe
from app.services.api.errors import ApiError, SubmissionOutcomeUnknown
from app.services.clips.naming import DEFAULT_TEMPLATE, render_name, unique_path
from app.services.clips.sidecar import read_sidecar, sidecar_for, write_sidecar
from app.services.tasks.download_errors import DownloadExpired, DownloadFailed
from app.services.tasks.store import StoreError, TaskRecord, TaskStore

if TYPE_CHECKING:  # httpx and pydantic load with the first request, after the window painted
    from app.core.models import GenerationRequest, Task

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")
# Sees the write-ahead record before the POST; what it returns to await is awaited first.
OnStored = Callable[[TaskRecord], Awaitable[None] | None]
WATCH_ELSEWHERE_S = 0.5  # reading the local store is cheap
STALE_SUBMISSION_S = 120.0  # longer than any create timeout: past it the POST's answer is lost
STORE_RETRY_S = (0.2, 1.0, 3.0)  # a full disk may free up: the id is worth a few tries
# Ids the server sent that the store could not take yet ({local id: task}): written by the next
# `recover_interrupted` of this process rather than left to look "sent, no answer".
KEPT: dict[str, Task] = {}


class TaskIdNotStored(SaidError, StoreError):
    """A task was created, but its id could not be written to the store (a full disk): the id
    is logged and kept in memory. str() is the sentence for the user."""

    def __init__(self, task_id: str, error: Exception) -> None:
        super().__init__(Message(QueueMsg.TASK_ID_NOT_STORED, task_id=task_id, error=str(error)))
        self.task_id = task_id


class InvalidRequest(ValueError):
    """The request breaks documented rules; nothing was sent."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


async def submit(client: EvolinkClient, store: TaskStore, request: GenerationRequest, *,
                 source: str, on_stored: OnStored | None = None,
                 media_sources: Mapping[str, str] | None = None,
                 input_video_seconds: float | None = None) -> TaskRecord:
    """Store the request, then POST it, then store the id the moment it arrives.

    A lost answer leaves an OUTCOME_UNKNOWN record (never a blind resubmit); a refusal leaves a
    REJECTED one; a crash mid-POST leaves SUBMITTING, which `recover_interrupted` settles.
    `on_stored` sees the write-ahead record before the POST goes out. The record is written
    sent, with the uploads' sources and input video seconds, in one commit; every commit
    here is made in a worker thread and awaited (`stored`).
    """
    problems = check(request)
    if problems:
        raise InvalidRequest(problems)
    rec = await stored(store.begin_submission, request, source=source, sent=True,
                       media_sources=media_sources, input_video_seconds=input_video_seconds)
    return await _post(client, store, rec, on_stored)


async def submit_draft(client: EvolinkClient, store: TaskStore, local_id: str, *,
                       on_stored: OnStored | None = None) -> TaskRecord:
    """`submit` for a take set's member written ahead as a DRAFT: it moves to SUBMITTING
    first (only a DRAFT moves: IllegalTransition if it was sent already), then is POSTed."""
    rec = store.get(local_id)
    if rec is None:
        raise KeyError(local_id)
    problems = check(rec.request)
    if problems:
        raise InvalidRequest(problems)
    return await _post(client, store, await stored(store.begin_draft, local_id), on_stored)


async def _post(client: EvolinkClient, store: TaskStore, rec: TaskRecord,
                on_stored: OnStored | None) -> TaskRecord:
    """POST a record stored as sent (SUBMITTING, `submitted_at` set)."""
    request = rec.request
    # The commit and the lock file (each synced to disk) are made in worker threads; the row
    # shown and the request built and sent each in a turn of the loop of its own: a take
    # set's members, two in flight, would otherwise stall the window ~10 ms each.
    if on_stored:
        if (waiting := on_stored(rec)) is not None:
            await waiting
        await asyncio.sleep(0)
    try:
        task = await client.create(request, idempotency_key=rec.idempotency_key)
    except SubmissionOutcomeUnknown as exc:
        await stored(store.record_outcome_unknown, rec.local_id, exc.message,
                     request_id=exc.request_id)
        raise
    except ApiError as exc:
        await stored(store.record_rejected, rec.local_id,
                     exc.code or (str(exc.status) if exc.status else None), describe(exc),
                     request_id=exc.request_id)
        raise
    # Logged before any write: whatever happens to the store, the paid task can be found.
    log.info("task %s created for submission %s (request id %s)", task.id, rec.local_id,
             task.request_id or "-")
    return await _store_created(store, rec.local_id, task)


async def _store_created(store: TaskStore, local_id: str, task: Task) -> TaskRecord:
    KEPT[local_id] = task
    for wait in (*STORE_RETRY_S, None):
        try:
            rec = await stored(store.record_created, local_id, task,
                               request_id=task.request_id)
        except (sqlite3.Error, OSError) as exc:
            if wait is None:
                log.warning("task %s is kept in memory only: %s", task.id, exc)
                raise TaskIdNotStored(task.id, exc) from exc
            log.warning("could not store task %s (%s); trying again in %.1f s", task.id, exc,
                        wait)
            await asyncio.sleep(wait)
        except asyncio.CancelledError:  # the write itself ended first (`stored`)
            with contextlib.suppress(StoreError, sqlite3.Error):
                if (now := store.get(local_id)) is not None and now.task_id == task.id:
                    KEPT.pop(local_id, None)
            raise
        else:
            KEPT.pop(local_id, None)
            return rec
    raise AssertionError("unreachable")  # pragma: no cover


def recover_interrupted(store: TaskStore, *, now: float | None = None) -> list[TaskRecord]:
    """Submissions whose process died mid-POST become OUTCOME_UNKNOWN (their id was lost)."""
    now = time.time() if now is None else now
    out = []
    for local_id, task in list(KEPT.items()):
        if store.get(local_id) is None:
            continue  # another store's
        try:
            store.record_created(local_id, task, request_id=task.request_id)
        except (sqlite3.Error, OSError, KeyError, ValueError) as exc:
            log.warning("task %s still not stored: %s", task.id, exc)
        else:
            KEPT.pop(local_id, None)
    for rec in store.unfinished():
        started = rec.submitted_at or rec.created_at
        if rec.state is TaskState.SUBMITTING and now - started > STALE_SUBMISSION_S:
            out.append(store.record_outcome_unknown(
                rec.local_id, Message(QueueMsg.APP_STOPPED_MID_SUBMIT)))
    return out


class LinkRefused(DownloadFailed):
    """The result link answered 403/404/410 well within its 24 h: ask the task for a fresh
    link and try again (the record is back to COMPLETED)."""


def _writable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def url_expired(rec: TaskRecord, *, now: float | None = None) -> bool:
    if rec.completed_at is None:
        return False
    now = time.time() if now is None else now
    return now - rec.completed_at > api_facts.RESULT_URL_TTL_S


async def save_result(store: TaskStore, rec: TaskRecord, clips_dir: Path, *,
                      template: str = DEFAULT_TEMPLATE,
                      on_progress: Callable[[int, int | None], None] | None = None) -> TaskRecord:
    """Download a completed task's clip under its final name, with its sidecar."""
    if not rec.result_urls:
        raise DownloadFailed(Message(QueueMsg.NO_RESULT_URL))
    if not rec.task_id:
        raise DownloadFailed(Message(QueueMsg.NO_TASK_ID))
    # Past its 24 h a link is still tried once: only a refusal then makes the clip expired.
    if rec.download_path and _writable(Path(rec.download_path).parent):
        # A restart resumes under the name chosen first: its .part file sits beside it.
        final = Path(rec.download_path)
    else:  # a first download, or one whose first folder cannot be written: the clips folder
        name = render_name(template, created=datetime.fromtimestamp(rec.created_at, UTC),
                           model=rec.request.model, prompt=rec.request.prompt,
                           task_id=rec.task_id, quality=rec.request.quality,
                           aspect=rec.request.aspect_ratio, duration=rec.request.duration)
        try:
            clips_dir.mkdir(parents=True, exist_ok=True)
            final = unique_path(clips_dir, name)
        except OSError as exc:
            raise DownloadFailed(Message(DownloadMsg.DL_CANNOT_WRITE, name=str(clips_dir),
                                         error=exc.strerror or str(exc))) from exc
    side = read_sidecar(final) if final.exists() else None
    if side is not None and side.get("task_id") == rec.task_id:
        # Saved before a crash that came ahead of the store's update.
        return store.mark_saved(rec.local_id, final)
    expected = float(rec.request.duration) if rec.request.duration > 0 else None
    try:
        rec = await stored(store.mark_downloading, rec.local_id, final)
        from app.services.tasks.downloads import download_clip

        await download_clip(rec.result_urls[0], final, on_progress=on_progress,
                            expected_duration_s=expected)
    except DownloadExpired as exc:
        if exc.said_expired or url_expired(rec):
            return await stored(store.mark_expired, rec.local_id)
        # A link seconds old refused: not expired: the queue asks the task for a fresh one.
        await stored(store.mark_download_interrupted, rec.local_id, exc.message)
        raise LinkRefused(exc.message) from exc
    except DownloadFailed as exc:
        await stored(store.mark_download_interrupted, rec.local_id, str(exc))
        raise
    except asyncio.CancelledError:
        # Written at once, on this thread: the loop may be closing (a quit) and not wait.
        store.mark_download_interrupted(rec.local_id, "cancelled")
        raise
    # Hashing a clip takes a while: off the loop, so the window never stalls.
    try:
        await asyncio.to_thread(lambda: write_sidecar(final, sidecar_for(rec, final)))
    except OSError as exc:
        failed = Message(DownloadMsg.DL_CANNOT_WRITE, name=final.name,
                         error=exc.strerror or str(exc))
        await stored(store.mark_download_interrupted, rec.local_id, failed)
        raise DownloadFailed(failed) from exc
    return await stored(store.mark_saved, rec.local_id, final)


async def stored(write: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """A store write in a worker thread: its commit waits for the disk (synchronous = FULL:
    an fsync) and for the write lock, which a batch of poll answers may hold, not the window's
    loop. Awaited, it keeps its order: what comes next (the POST after a write-ahead) comes
    after the commit, and a read on the loop's thread then sees it. A cancellation waits for
    it to end, then goes on: what comes next (an interruption written) is written after it."""
    done = asyncio.ensure_future(asyncio.to_thread(write, *args, **kwargs))
    try:
        return await asyncio.shield(done)
    except asyncio.CancelledError:
        await asyncio.wait([done])
        if not done.cancelled() and done.exception() is not None:
            log.info("a store write ended in %s after its caller was cancelled",
                     done.exception())
        raise
