"""The task record, the SQLite schema with its ordered migrations, and row <-> record mapping."""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from app.core import api_facts
from app.core.messages import Message, from_data, to_data
from app.core.states import TaskState
from app.services.tasks.stored_messages import migrate_texts
from app.services.tasks.write_seq import MIGRATION as NUMBERED_WRITES

if TYPE_CHECKING:  # pydantic loads with the first record read, after the window painted
    from app.core.models import GenerationRequest


log = logging.getLogger(__name__)
CLOSE_WAIT_S: Final = 5.0  # a read of thousands of rows takes a fraction of that


def new_local_id() -> str:
    """A random 128-bit id (uuid4, 32 hex digits): a record's local id, a set's id."""
    import uuid  # ~4 ms to import (it loads `platform`): at the first write, not at start

    return uuid.uuid4().hex


class StoreError(RuntimeError):
    """The store file cannot be used (e.g. written by a newer version of the studio)."""


@dataclass(frozen=True)
class TaskRecord:
    local_id: str  # ours, uuid4 hex, exists before the server's id
    task_id: str | None  # the server's, once known
    state: TaskState
    request: GenerationRequest
    idempotency_key: str
    source: str  # "cli" | "gui"
    created_at: float  # epoch seconds, when stored
    submitted_at: float | None  # when the POST was (last) sent
    updated_at: float
    progress: int
    estimated_time: float | None
    credits_reserved: float | None
    error_code: str | None  # the server's, for a rejected or failed task
    error_message: str | None  # a Message when we wrote it (kept as its id and parameters)
    result_urls: tuple[str, ...]
    completed_at: float | None  # first seen completed: result URLs expire RESULT_URL_TTL_S later
    file_path: str | None  # the saved clip
    credits_used: float | None = None
    request_id: str | None = None  # the gateway's x-request-id of the POST, for support
    last_polled_at: float | None = None
    saved_at: float | None = None
    note: str | None = None  # our own last problem (a Message): lost answer, interrupted download
    download_path: str | None = None  # chosen final name, so a resumed download finds its .part
    hidden: bool = False  # removed from the queue's list by the user; still in the store
    untracked: bool = False  # the user stopped tracking it: not polled, not downloaded
    favourite: bool = False  # starred in the library
    trashed_at: float | None = None  # moved to the system trash: gone from the library
    # {upload URL: local path} of the request's uploaded media: uploads expire, so reusing
    # the settings gives the file back (re-uploaded, or its cached link) while it exists.
    # hash=False: a frozen record stays hashable although a dict is not.
    media_sources: dict[str, str] = field(default_factory=dict, hash=False)
    # What the price depended on and how the gateway settled it [seen: `billing`]:
    # reserved -> charged -> refunded. Input video seconds as probed before the upload.
    input_video_seconds: float | None = None
    charge_status: str | None = None
    refund_status: str | None = None
    credits_charged: float | None = None
    credits_refunded: float | None = None
    refunded_at: str | None = None
    title: str | None = None  # the name the user gave the clip (a rename); None: not renamed
    # A take set's members share `set_id` (written together, before the first POST), in
    # `set_index` order; `take_label` says what sets this one apart ("Mini · rain").
    set_id: str | None = None
    set_index: int | None = None
    take_label: str | None = None

    @property
    def model(self) -> str:
        return self.request.model

    @property
    def urls_expire_at(self) -> float | None:
        if self.completed_at is None:
            return None
        return self.completed_at + api_facts.RESULT_URL_TTL_S

    @property
    def display_id(self) -> str:
        """The server's id when known, else ours: what a user types back to find the task."""
        return self.task_id or self.local_id


# Each migration is a list of single statements (executescript would commit mid-transaction),
# or of functions run in the same transaction. Append only: user_version is their number.
Step = str | Callable[[sqlite3.Connection], None]
MIGRATIONS: Final[tuple[tuple[Step, ...], ...]] = (
    (
        """CREATE TABLE tasks (
            local_id TEXT PRIMARY KEY,
            task_id TEXT,
            state TEXT NOT NULL,
            request_json TEXT NOT NULL,
            idempotency_key TEXT NOT NULL,
            source TEXT NOT NULL,
            created_at REAL NOT NULL,
            submitted_at REAL,
            updated_at REAL NOT NULL,
            progress INTEGER NOT NULL DEFAULT 0,
            estimated_time REAL,
            credits_reserved REAL,
            error_code TEXT,
            error_message TEXT,
            result_urls_json TEXT NOT NULL DEFAULT '[]',
            completed_at REAL,
            file_path TEXT,
            credits_used REAL,
            request_id TEXT,
            last_polled_at REAL,
            saved_at REAL,
            note TEXT,
            download_path TEXT
        )""",
        "CREATE INDEX tasks_task_id ON tasks(task_id)",
        "CREATE INDEX tasks_created ON tasks(created_at)",
        "CREATE INDEX tasks_state ON tasks(state)",
    ),
    (
        "ALTER TABLE tasks ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE tasks ADD COLUMN untracked INTEGER NOT NULL DEFAULT 0",
    ),
    # The library pages saved clips by date: one index serves the filter and the order.
    ("CREATE INDEX tasks_state_created ON tasks(state, created_at)",),
    # Library actions: a star, and clips sent to the system trash (kept, but no longer listed).
    (
        "ALTER TABLE tasks ADD COLUMN favourite INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE tasks ADD COLUMN trashed_at REAL",
    ),
    # The library searches and filters 10,000 clips: plain copies of the request's fields, so
    # no query parses JSON per row, with an index per filter that also serves the date order.
    # Written by to_row from then on; filled here from the JSON of the rows already stored.
    # tasks_state_library replaces tasks_state_created (its first two columns): it also holds
    # what every library query tests, so a count, a search that matches nothing or the
    # favourites read the index (a fifth of the table) and only matching rows are looked up.
    (
        "ALTER TABLE tasks ADD COLUMN prompt TEXT",
        "ALTER TABLE tasks ADD COLUMN model TEXT",
        "ALTER TABLE tasks ADD COLUMN quality TEXT",
        "ALTER TABLE tasks ADD COLUMN aspect_ratio TEXT",
        """UPDATE tasks SET
            prompt = json_extract(request_json, '$.prompt'),
            model = json_extract(request_json, '$.model'),
            quality = json_extract(request_json, '$.quality'),
            aspect_ratio = json_extract(request_json, '$.aspect_ratio')""",
        "CREATE INDEX tasks_state_model_created ON tasks(state, model, created_at)",
        "CREATE INDEX tasks_state_quality_created ON tasks(state, quality, created_at)",
        "CREATE INDEX tasks_state_aspect_created ON tasks(state, aspect_ratio, created_at)",
        "DROP INDEX tasks_state_created",
        """CREATE INDEX tasks_state_library
            ON tasks(state, created_at, trashed_at, file_path, favourite, prompt)""",
    ),
    # Where each uploaded URL of the request came from, as a JSON object (see TaskRecord).
    ("ALTER TABLE tasks ADD COLUMN media_sources TEXT NOT NULL DEFAULT '{}'",),
    # Charges as the gateway settles them, and what a learned rate needs (issue 21).
    (
        "ALTER TABLE tasks ADD COLUMN input_video_seconds REAL",
        "ALTER TABLE tasks ADD COLUMN charge_status TEXT",
        "ALTER TABLE tasks ADD COLUMN refund_status TEXT",
        "ALTER TABLE tasks ADD COLUMN credits_charged REAL",
        "ALTER TABLE tasks ADD COLUMN credits_refunded REAL",
        "ALTER TABLE tasks ADD COLUMN refunded_at TEXT",
    ),
    # A renamed clip's name is its title, shown instead of the prompt and searched with it:
    # tasks_state_library gains the title so a search still reads the index, not the table.
    (
        "ALTER TABLE tasks ADD COLUMN title TEXT",
        "DROP INDEX tasks_state_library",
        """CREATE INDEX tasks_state_library
            ON tasks(state, created_at, trashed_at, file_path, favourite, prompt, title)""",
    ),
    # The error and the note as the id and parameters of their Message (JSON, see to_data),
    # beside the English text: the window translates them without reading the English back.
    # Rows written before are matched once against the templates (stored_messages.py).
    (
        "ALTER TABLE tasks ADD COLUMN error_data TEXT",
        "ALTER TABLE tasks ADD COLUMN note_data TEXT",
        migrate_texts,
    ),
    # Take sets: the members of one set are found together.
    (
        "ALTER TABLE tasks ADD COLUMN set_id TEXT",
        "ALTER TABLE tasks ADD COLUMN set_index INTEGER",
        "ALTER TABLE tasks ADD COLUMN take_label TEXT",
        "CREATE INDEX tasks_set ON tasks(set_id, set_index) WHERE set_id IS NOT NULL",
    ),
    # Every write transaction numbered, so a process tells its own commits from another's
    # (write_seq.py): its worker threads' commits no longer make the queue re-read the list.
    NUMBERED_WRITES,
)
SCHEMA_VERSION: Final = len(MIGRATIONS)

# Record fields stored under another column name or encoding.
_RENAMED: Final = {"request": "request_json", "result_urls": "result_urls_json"}
# Columns copied from the request for the library's queries (never read back into a record).
REQUEST_COLUMNS: Final = ("prompt", "model", "quality", "aspect_ratio")
# The Message behind a text field: {field: column of its id and parameters}.
MESSAGE_COLUMNS: Final = {"error_message": "error_data", "note": "note_data"}
COLUMNS: Final = (*(_RENAMED.get(f.name, f.name) for f in fields(TaskRecord)), *REQUEST_COLUMNS,
                  *MESSAGE_COLUMNS.values())


class ThreadConnections:
    """One connection per thread to one SQLite file (a connection must stay on its thread),
    each prepared by `setup`, all closed together.

    Work on a connection goes through `using` (or `fetch`), which `close` waits for: closing a
    connection while another thread runs a statement on it crashes the process (a library page
    read ahead in a worker when the session closes)."""

    def __init__(self, path: Path, setup: Callable[[sqlite3.Connection], None], *,
                 timeout_s: float) -> None:
        self._path, self._setup, self._timeout_s = path, setup, timeout_s
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._busy = 0  # pieces of work under way, in any thread
        self._closed = False

    def get(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            # isolation_level=None: callers issue BEGIN/COMMIT themselves.
            conn = sqlite3.connect(self._path, timeout=self._timeout_s, isolation_level=None,
                                   check_same_thread=False)
            conn.row_factory = sqlite3.Row
            self._setup(conn)
            self._local.conn = conn
            with self._lock:
                self._conns.append(conn)
        return conn

    @contextlib.contextmanager
    def using(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection for one piece of work; ProgrammingError once closed."""
        with self._lock:
            if self._closed:
                raise sqlite3.ProgrammingError("the database was closed")
            self._busy += 1
        try:
            yield self.get()
        finally:
            with self._lock:
                self._busy -= 1
                if not self._busy:
                    self._idle.notify_all()

    def fetch(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        """Every row of one query, read on this thread's connection."""
        with self.using() as conn:
            return conn.execute(sql, params).fetchall()

    def close(self) -> None:
        """Close every thread's connection once the work under way on them has ended (at
        most CLOSE_WAIT_S); work asked for after this raises ProgrammingError."""
        with self._lock:
            self._closed = True
            if not self._idle.wait_for(lambda: not self._busy, CLOSE_WAIT_S):
                log.warning("closing %s while a read is still under way", self._path.name)
            conns, self._conns = self._conns, []
        for conn in conns:
            conn.close()


def migrate(conn: sqlite3.Connection, upto: int = SCHEMA_VERSION) -> None:
    """Bring the file up to SCHEMA_VERSION (tests: to `upto`, an older version); safe when
    another process migrates at the same time."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == upto:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Re-read under the write lock: another process may have just migrated.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the task store was written by a newer Seedance Studio "
                f"(schema {version}, this version knows {SCHEMA_VERSION})"
            )
        for statements in MIGRATIONS[version:upto]:
            for step in statements:
                if isinstance(step, str):
                    conn.execute(step)
                else:
                    step(conn)
        conn.execute(f"PRAGMA user_version = {upto}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def to_row(record: TaskRecord) -> dict[str, Any]:
    row: dict[str, Any] = {f.name: getattr(record, f.name) for f in fields(TaskRecord)}
    row["state"] = record.state.value
    for column in REQUEST_COLUMNS:
        row[column] = getattr(record.request, column)
    row["request_json"] = json.dumps(
        row.pop("request").model_dump(mode="json"), ensure_ascii=False, sort_keys=True
    )
    row["result_urls_json"] = json.dumps(list(row.pop("result_urls")))
    row["media_sources"] = json.dumps(record.media_sources, ensure_ascii=False, sort_keys=True)
    for name, column in MESSAGE_COLUMNS.items():
        text = row[name]
        row[name] = None if text is None else str(text)  # the English, for the CLI and SQL
        row[column] = (json.dumps(to_data(text), ensure_ascii=False)
                       if isinstance(text, Message) else None)
    return row


def from_row(row: sqlite3.Row) -> TaskRecord:
    values: dict[str, Any] = {}
    for f in fields(TaskRecord):
        values[f.name] = row[_RENAMED.get(f.name, f.name)]
    values["state"] = TaskState(values["state"])
    from app.core.models import GenerationRequest

    values["request"] = GenerationRequest.model_validate(json.loads(values["request"]))
    values["result_urls"] = tuple(json.loads(values["result_urls"]))
    values["hidden"] = bool(values["hidden"])
    values["untracked"] = bool(values["untracked"])
    values["favourite"] = bool(values["favourite"])
    values["media_sources"] = _sources(values["media_sources"])
    keys = row.keys()
    for name, column in MESSAGE_COLUMNS.items():
        if column in keys and row[column]:
            values[name] = _message(row[column]) or values[name]
    return TaskRecord(**values)


def _message(text: str) -> Message | None:
    try:
        return from_data(json.loads(text))
    except ValueError:
        return None


def media_sources_from(data: Any) -> dict[str, str]:
    """A {URL: local path} mapping read back (store or sidecar); anything else reads as none."""
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def _sources(text: str | None) -> dict[str, str]:
    try:
        return media_sources_from(json.loads(text or "{}"))
    except ValueError:
        return {}
