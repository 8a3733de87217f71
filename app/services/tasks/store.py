"""The crash-safe task store: SQLite in WAL mode, shared safely by the GUI and the CLI."""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import re
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, TypeVar

from app.core.messages import Message
from app.core.states import (
    IllegalTransition,
    TaskState,
    advance,
    state_for_status,
    transition,
)
from app.services.home import paths
from app.services.tasks import store_open, write_seq
from app.services.tasks.store_reads import StoreReads
from app.services.tasks.store_schema import (
    COLUMNS,
    SCHEMA_VERSION,
    StoreError,
    TaskRecord,
    ThreadConnections,
    from_row,
    migrate,
    new_local_id,
    to_row,
)

if TYPE_CHECKING:
    from app.core.models import GenerationRequest, Task

__all__ = ["SCHEMA_VERSION", "StoreError", "TaskRecord", "TaskStore", "UnknownTask"]

S = TaskState
SOURCES: Final = frozenset({"cli", "gui"})
T = TypeVar("T")
IDEMPOTENCY_KEY_RE: Final = re.compile(r"[A-Za-z0-9._-]{16,96}")
BUSY_TIMEOUT_MS: Final = 15_000  # the other process holds the write lock for milliseconds only
_ASSIGNS: Final = ", ".join(f"{c} = :{c}" for c in COLUMNS if c != "local_id")


class UnknownTask(KeyError):
    """No task with this local id in the store."""


def new_idempotency_key() -> str:
    return f"ss-{new_local_id()}"


def _prepare(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a write-ahead record must survive a power cut, not only a crash.
    conn.execute("PRAGMA synchronous = FULL")


class TaskStore(StoreReads):
    """One store per file and process. Each thread gets its own connection; every write is one
    short BEGIN IMMEDIATE transaction, so two processes never lose each other's updates."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self._clock = clock
        # Said once by whoever opened it: the file was damaged and started again, or emptied.
        self.notice: Message | None = None
        self._conns = ThreadConnections(self.path, _prepare, timeout_s=BUSY_TIMEOUT_MS / 1000)
        self._own = write_seq.OwnWrites()  # the numbers of this process's write transactions
        self._closed = False
        self.path.parent.mkdir(parents=True, exist_ok=True)
        migrate(self._conn())

    @classmethod
    def open_default(cls, clips_dirs: Sequence[Path] = ()) -> TaskStore:
        """The user's store, mended when it can be (`store_open.open_mended`): `notice` says
        what was done; StoreFault (one sentence) when it cannot be used."""
        return store_open.open_mended(cls, paths.store_path(),
                                      lambda: store_open.clip_folders(clips_dirs))

    def add_restored(self, records: Sequence[TaskRecord]) -> None:
        """Saved clips' records rebuilt from their sidecars, all in one transaction."""
        if records:
            self._insert(*records)

    def local_ids(self) -> set[str]:
        return {row[0] for row in self._fetch("SELECT local_id FROM tasks")}

    # --- connections -------------------------------------------------------------------------

    def _conn(self) -> sqlite3.Connection:
        if self._closed:
            raise StoreError("the task store is closed")
        return self._conns.get()

    @contextlib.contextmanager
    def _using(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection for one piece of work, which `close` waits for."""
        if self._closed:
            raise StoreError("the task store is closed")
        with self._conns.using() as conn:
            yield conn

    def _fetch(self, sql: str, params: Sequence[object] = ()) -> builtins.list[sqlite3.Row]:
        with self._using() as conn:
            return conn.execute(sql, params).fetchall()

    def close(self) -> None:
        self._closed = True
        self._conns.close()

    def __enter__(self) -> TaskStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- whose writes -------------------------------------------------------------------------

    def write_mark(self) -> tuple[int, int]:
        """(PRAGMA data_version, the number of the newest write) as this thread's connection
        sees them, read together: see `only_own_writes`."""
        with self._using() as conn:
            return write_seq.mark(conn)

    def only_own_writes(self, after: int, upto: int) -> bool:
        """Whether the writes numbered after `after` up to `upto` (`write_mark`) were all
        this store's own, from any thread: False when another process (or another TaskStore
        on the file) wrote any of them, or nothing numbered was written."""
        return self._own.only_ours(after, upto)

    # --- writes ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction on this thread's connection, numbered and remembered as
        ours; an error in it (or in its commit) writes nothing."""
        with self._using() as conn:
            conn.execute("BEGIN IMMEDIATE")
            seq: int | None = None
            try:
                yield conn
                seq = write_seq.bump(conn)
                self._own.add(seq)
                conn.execute("COMMIT")
            except BaseException:
                if seq is not None:
                    self._own.discard(seq)
                _rollback(conn)
                raise

    def _insert(self, *records: TaskRecord) -> None:
        """All of them or none (one transaction)."""
        sql = (f"INSERT INTO tasks ({', '.join(COLUMNS)}) "
               f"VALUES ({', '.join(':' + c for c in COLUMNS)})")
        with self._writing() as conn:
            conn.executemany(sql, [to_row(r) for r in records])

    def _update(self, local_id: str, change: Callable[[TaskRecord], TaskRecord]) -> TaskRecord:
        """Read, change and write one record under the write lock; raising changes nothing."""
        with self._writing() as conn:
            return self._change_one(conn, local_id, change)

    def _change_one(self, conn: sqlite3.Connection, local_id: str,
                    change: Callable[[TaskRecord], TaskRecord]) -> TaskRecord:
        """Inside a write transaction: read, change and write one record."""
        row = conn.execute("SELECT * FROM tasks WHERE local_id = ?", (local_id,)).fetchone()
        if row is None:
            raise UnknownTask(local_id)
        old = from_row(row)
        new = change(old)
        transition(old.state, new.state)
        new = dataclasses.replace(new, updated_at=self._clock())
        conn.execute(f"UPDATE tasks SET {_ASSIGNS} WHERE local_id = :local_id", to_row(new))
        return new

    def _new(self, request: GenerationRequest, state: TaskState, source: str,
             idempotency_key: str | None, *, set_id: str | None = None,
             set_index: int | None = None, take_label: str | None = None) -> TaskRecord:
        if source not in SOURCES:
            raise ValueError(f"source must be one of {sorted(SOURCES)}, not {source!r}")
        key = new_idempotency_key() if idempotency_key is None else idempotency_key
        if not IDEMPOTENCY_KEY_RE.fullmatch(key):
            raise ValueError("an idempotency key is 16-96 characters of A-Z a-z 0-9 . _ -")
        now = self._clock()
        return TaskRecord(
            local_id=new_local_id(), task_id=None, state=state,
            request=request.model_copy(deep=True), idempotency_key=key, source=source,
            created_at=now, submitted_at=None, updated_at=now, progress=0, estimated_time=None,
            credits_reserved=None, error_code=None, error_message=None, result_urls=(),
            completed_at=None, file_path=None, set_id=set_id, set_index=set_index,
            take_label=take_label)

    def begin_submission(
        self, request: GenerationRequest, *, source: str, idempotency_key: str | None = None,
        sent: bool = False, media_sources: Mapping[str, str] | None = None,
        input_video_seconds: float | None = None,
    ) -> TaskRecord:
        """Write-ahead: the full request is stored, in SUBMITTING, before the POST is sent.
        `sent`: sent now (`submitted_at` set), with where each uploaded URL came from ({URL: local
        path}) and the probed length of the input videos (what a learned rate needs), all in
        the same commit."""
        record = dataclasses.replace(
            self._new(request, transition(S.DRAFT, S.SUBMITTING), source, idempotency_key),
            media_sources=dict(media_sources or {}), input_video_seconds=input_video_seconds)
        if sent:
            record = dataclasses.replace(record, submitted_at=record.created_at)
        self._insert(record)
        return record

    def add_set(self, takes: Sequence[tuple[GenerationRequest, str]], *, source: str,
                media_sources: Mapping[str, str] | None = None,
                input_video_seconds: float | None = None) -> builtins.list[TaskRecord]:
        """A take set written ahead, whole, before any of it is sent: every member a DRAFT
        with its own idempotency key, so a crash halfway leaves each one sent once or
        certainly not sent. `takes`: (request, what sets it apart); the members' shared
        uploads' sources and input video seconds go in the same commit."""
        set_id = new_local_id()
        records = [dataclasses.replace(
            self._new(request, S.DRAFT, source, None, set_id=set_id, set_index=i,
                      take_label=label or None),
            media_sources=dict(media_sources or {}), input_video_seconds=input_video_seconds)
                   for i, (request, label) in enumerate(takes)]
        self._insert(*records)
        return records

    def begin_draft(self, local_id: str) -> TaskRecord:
        """A written-ahead member about to be sent: SUBMITTING, sent now (`submitted_at` set in
        the same commit). Only a DRAFT moves, so two callers can never send the same member
        twice."""
        return self._update(local_id, _moved(S.DRAFT, S.SUBMITTING, submitted_at=self._clock()))

    def discard_draft(self, local_id: str) -> TaskRecord:
        """A member the user chose not to send: cancelled, never sent."""
        return self._update(local_id, _moved(S.DRAFT, S.CANCELLED))

    def set_members(self, set_id: str) -> builtins.list[TaskRecord]:
        return self._select("set_id = ?", (set_id,), "ORDER BY set_index ASC")

    def record_created(
        self, local_id: str, task: Task, *, request_id: str | None = None
    ) -> TaskRecord:
        """The server's answer to the POST (or the task found again after a lost answer)."""

        def change(r: TaskRecord) -> TaskRecord:
            _check_same_task(r, task)
            new_state = state_for_status(task.status) or S.PENDING
            r = dataclasses.replace(
                r, task_id=task.id, request_id=request_id or r.request_id, note=None
            )
            return self._with_task(r, task, new_state)

        return self._update(local_id, change)

    def record_rejected(self, local_id: str, code: str | None, message: str, *,
                        request_id: str | None = None) -> TaskRecord:
        return self._update(local_id, lambda r: dataclasses.replace(
            r, state=S.REJECTED, error_code=code, error_message=message,
            request_id=request_id or r.request_id))

    def record_outcome_unknown(self, local_id: str, reason: str, *,
                               request_id: str | None = None) -> TaskRecord:
        return self._update(local_id, lambda r: dataclasses.replace(
            r, state=S.OUTCOME_UNKNOWN, note=reason, request_id=request_id or r.request_id))

    def apply_poll(self, local_id: str, task: Task) -> TaskRecord:
        """A poll answer; a stale or unknown status leaves the state where it is."""
        return self._update(local_id, self._polled(task))

    def apply_polls(self, answers: Sequence[tuple[str, Task]]
                    ) -> dict[str, TaskRecord | Exception]:
        """The answers of one batch read (local id, task), in ONE transaction: one commit for
        them all. A record that cannot take its answer (unknown, another task's) is left as it
        was, its error in the result; a failing write (a full disk) writes none and raises."""
        out: dict[str, TaskRecord | Exception] = {}
        with self._writing() as conn:
            for local_id, task in answers:
                try:
                    out[local_id] = self._change_one(conn, local_id, self._polled(task))
                except (KeyError, ValueError) as exc:  # UnknownTask, another task, a bad move
                    out[local_id] = exc
        return out

    def _polled(self, task: Task) -> Callable[[TaskRecord], TaskRecord]:
        def change(r: TaskRecord) -> TaskRecord:
            _check_same_task(r, task)
            r = dataclasses.replace(r, task_id=task.id, last_polled_at=self._clock())
            return self._with_task(r, task, advance(r.state, task.status))
        return change

    def _with_task(self, r: TaskRecord, task: Task, state: TaskState) -> TaskRecord:
        used, bill = task.credits_used, task.billing
        completed_at = r.completed_at
        if state is S.COMPLETED and completed_at is None:
            completed_at = self._clock()
        return dataclasses.replace(
            r,
            state=state,
            progress=100 if state is S.COMPLETED else max(r.progress, task.progress),
            estimated_time=task.estimated_time if task.estimated_time is not None
            else r.estimated_time,
            credits_reserved=task.credits_reserved if task.credits_reserved is not None
            else r.credits_reserved,
            credits_used=used if used is not None else r.credits_used,
            charge_status=_first(bill.charge_status if bill else None, r.charge_status),
            refund_status=_first(bill.refund_status if bill else None, r.refund_status),
            credits_charged=_first(bill.charged_credits if bill else None, r.credits_charged),
            credits_refunded=_first(bill.refunded_credits if bill else None, r.credits_refunded),
            refunded_at=_first(bill.refunded_at if bill else None, r.refunded_at),
            error_code=task.error.code if task.error else r.error_code,
            error_message=task.error.message if task.error else r.error_message,
            result_urls=tuple(task.result_urls) or r.result_urls,
            completed_at=completed_at,
        )

    def mark_downloading(self, local_id: str, path: Path | None = None) -> TaskRecord:
        """`path`, when given, is remembered as `download_path` for resuming after a restart."""
        return self._update(local_id, lambda r: dataclasses.replace(
            r, state=S.DOWNLOADING,
            download_path=str(path) if path is not None else r.download_path))

    def mark_saved(self, local_id: str, path: Path) -> TaskRecord:
        return self._update(local_id, lambda r: dataclasses.replace(
            r, state=S.SAVED, file_path=str(path), saved_at=self._clock(), note=None))

    def mark_download_interrupted(self, local_id: str, reason: str) -> TaskRecord:
        """Back to COMPLETED, to be resumed from the .part file."""
        return self._update(
            local_id, lambda r: dataclasses.replace(r, state=S.COMPLETED, note=reason)
        )

    def mark_expired(self, local_id: str) -> TaskRecord:
        return self._update(local_id, lambda r: dataclasses.replace(r, state=S.EXPIRED))

    def reopen_expired(self, local_id: str, note: str | None = None) -> TaskRecord:
        """An expired clip the user tries again: back to COMPLETED, to be downloaded."""
        return self._update(local_id, _moved(S.EXPIRED, S.COMPLETED, note=note))

    def set_hidden(self, local_id: str, hidden: bool = True) -> TaskRecord:
        """Removed from (or back in) the queue's list; the record itself is kept."""
        return self._update(local_id, lambda r: dataclasses.replace(r, hidden=hidden))

    def set_untracked(self, local_id: str, untracked: bool = True) -> TaskRecord:
        """Stop (or start again) polling and downloading this task; its id is kept."""
        return self._update(local_id, lambda r: dataclasses.replace(r, untracked=untracked))

    def set_favourite(self, local_id: str, favourite: bool = True) -> TaskRecord:
        return self._update(local_id, lambda r: dataclasses.replace(r, favourite=favourite))

    def relocate(self, local_id: str, new_path: Path, *, title: str | None = None) -> TaskRecord:
        """The saved clip now lives at `new_path` (renamed or moved by the user); a rename
        gives its `title` too (a move keeps the title it had)."""
        return self._update(local_id, lambda r: dataclasses.replace(
            r, file_path=str(new_path),
            download_path=str(new_path) if r.download_path is not None else None,
            title=title if title is not None else r.title))

    def mark_trashed(self, local_id: str) -> TaskRecord:
        """The clip went to the system trash: the record stays, the library stops listing it."""
        return self._update(local_id, lambda r: dataclasses.replace(r, trashed_at=self._clock()))

    def note(self, local_id: str, note: str | None) -> TaskRecord:
        return self._update(local_id, lambda r: dataclasses.replace(r, note=note))


def _rollback(conn: sqlite3.Connection) -> None:
    """Undo a failed write, never masking its error ("disk full" ended the transaction)."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def _moved(only: TaskState, state: TaskState,
           **changes: object) -> Callable[[TaskRecord], TaskRecord]:
    """A move allowed from `only` alone, so two callers can never make it twice."""
    def change(r: TaskRecord) -> TaskRecord:
        if r.state is not only:
            raise IllegalTransition(f"task {r.local_id} is {r.state.value}, not {only.value}")
        return dataclasses.replace(r, state=state, **changes)  # type: ignore[arg-type]
    return change


def _first(new: T | None, old: T | None) -> T | None:
    return new if new is not None else old


def _check_same_task(record: TaskRecord, task: Task) -> None:
    if record.task_id is not None and record.task_id != task.id:
        raise ValueError(
            f"task {record.local_id} is server task {record.task_id}, not {task.id}"
        )
