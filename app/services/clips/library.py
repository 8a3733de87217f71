"""Saved clips as paged, filtered, sorted queries of the task store (read-only, 10,000 at ease)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Final, NamedTuple

from app.core.capabilities import MODELS, Mode
from app.core.states import TaskState
from app.services.tasks.store_schema import TaskRecord, ThreadConnections, from_row

__all__ = ["ClipLibrary", "ClipRow", "DateRange", "LibraryQuery", "SortOrder", "date_since"]

PAGE_SIZE: Final = 100  # rows per fetch: about a millisecond as light rows
BUSY_TIMEOUT_S: Final = 15.0
_BATCH: Final = 500  # ids per IN (...): well below SQLite's 32,766 parameters


class SortOrder(StrEnum):
    NEWEST = "newest"
    OLDEST = "oldest"


class DateRange(StrEnum):
    """The date filter's choices, in whole local days so a query stays equal all day long."""

    ANY = "any"
    TODAY = "today"
    LAST_7_DAYS = "7d"
    LAST_30_DAYS = "30d"


_DAYS_BACK: Final = {DateRange.TODAY: 0, DateRange.LAST_7_DAYS: 6, DateRange.LAST_30_DAYS: 29}


def date_since(choice: DateRange, now: float) -> float | None:
    """Epoch seconds of the local midnight that starts `choice` as seen at `now`; None for ANY.
    "Last 7 days" is today and the six days before it."""
    back = _DAYS_BACK.get(choice)
    if back is None:
        return None
    midnight = datetime.fromtimestamp(now).replace(hour=0, minute=0, second=0, microsecond=0)
    # Naive local datetimes step by wall-clock days, so a DST change in between stays exact.
    return (midnight - timedelta(days=back)).timestamp()


@dataclass(frozen=True)
class LibraryQuery:
    """What the library shows: None or "" means no filter on that field."""

    text: str = ""  # a substring of the title or the prompt, case-insensitive for ASCII
    model: str | None = None  # a model id
    mode: Mode | None = None
    quality: str | None = None  # "720p"
    aspect: str | None = None  # "16:9", "adaptive"
    sort: SortOrder = SortOrder.NEWEST
    favourites_only: bool = False
    since: float | None = None  # epoch seconds: made at or after (see date_since)
    set_id: str | None = None  # only the clips of one take set


class ClipRow(NamedTuple):
    """What the library lists of one clip: one small tuple of plain values. A full garbage
    collection walks every object the model keeps; a TaskRecord with its pydantic request is
    a dozen of them, this is one (ClipLibrary.record reads the full record when needed)."""

    rowid: int  # with created_at, where the next page starts
    local_id: str
    file_path: str
    title: str  # the name given by a rename; "" when the clip was never renamed
    prompt: str
    model: str
    quality: str
    aspect_ratio: str
    duration: int
    created_at: float
    favourite: bool
    set_id: str | None = None  # a take set's clips: which set, which take of how many
    set_index: int | None = None
    set_size: int = 0


_ROW_COLUMNS: Final = ("rowid, local_id, file_path, title, prompt, model, quality, aspect_ratio, "
                       "json_extract(request_json, '$.duration'), created_at, favourite, "
                       # A set's size through the tasks_set index; no subquery for the others.
                       "set_id, set_index, CASE WHEN set_id IS NULL THEN 0 ELSE "
                       "(SELECT count(*) FROM tasks AS m WHERE m.set_id = tasks.set_id) END")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(query: LibraryQuery) -> tuple[str, list[object]]:
    """The WHERE clause of a query: no JSON is parsed (store migration 5). The model, quality
    and aspect filters have an index each on (state, field, created_at); the rest is tested on
    tasks_state_library, which holds the prompt and the title (migration 8), so a search reads
    the index, not the table."""
    clauses = ["state = ?", "file_path IS NOT NULL", "trashed_at IS NULL"]
    params: list[object] = [TaskState.SAVED.value]
    if query.favourites_only:
        clauses.append("favourite = 1")
    if query.since is not None:
        clauses.append("created_at >= ?")
        params.append(float(query.since))
    text = query.text.strip()
    if text:
        # Few clips are renamed: the NULL test spares the other rows a second LIKE call.
        clauses.append("(prompt LIKE ? ESCAPE '\\' OR "
                       "(title IS NOT NULL AND title LIKE ? ESCAPE '\\'))")
        params += [f"%{_escape_like(text)}%"] * 2
    if query.model:
        clauses.append("model = ?")
        params.append(query.model)
    if query.mode is not None:
        ids = [spec.id for spec in MODELS.values() if spec.mode is query.mode]
        clauses.append(f"model IN ({', '.join('?' * len(ids))})")
        params.extend(ids)
    if query.quality:
        clauses.append("quality = ?")
        params.append(query.quality)
    if query.aspect:
        clauses.append("aspect_ratio = ?")
        params.append(query.aspect)
    if query.set_id:
        clauses.append("set_id = ?")
        params.append(query.set_id)
    return " AND ".join(clauses), params


def _order(query: LibraryQuery) -> tuple[str, str]:
    """ORDER BY, and the comparison that continues after a row in that order."""
    if query.sort is SortOrder.OLDEST:
        return "created_at ASC, rowid ASC", ">"
    return "created_at DESC, rowid DESC", "<"


def _read_only(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA query_only = ON")


class ClipLibrary:
    """Saved clips of one store file, read through a read-only connection per thread of its own
    (the store's writers are never blocked: WAL readers see the last commit)."""

    def __init__(self, store_path: Path) -> None:
        self.path = Path(store_path)
        self._conns = ThreadConnections(self.path, _read_only, timeout_s=BUSY_TIMEOUT_S)

    def close(self) -> None:
        self._conns.close()

    def count(self, query: LibraryQuery) -> int:
        where, params = _where(query)
        [row] = self._conns.fetch(f"SELECT count(*) FROM tasks WHERE {where}", params)
        return int(row[0])

    def rows(self, query: LibraryQuery, after: ClipRow | None = None,
             limit: int = PAGE_SIZE) -> list[ClipRow]:
        """The next `limit` clips in the query's order after the row `after` (from the start
        when None). Keyset paging: the index seeks to where the last page ended, so the last
        page of 10,000 costs what the first does (an OFFSET would step over every row before)."""
        where, params = _where(query)
        order, beyond = _order(query)
        if after is not None:
            where += f" AND (created_at, rowid) {beyond} (?, ?)"
            params += [after.created_at, after.rowid]
        sql = (f"SELECT {_ROW_COLUMNS} FROM tasks WHERE {where} "
               f"ORDER BY {order} LIMIT {max(0, int(limit))}")
        return [ClipRow(rowid, local_id, file_path, title or "", prompt or "", model or "",
                        quality or "", aspect or "", int(duration or 0), created_at,
                        bool(favourite), set_id, set_index, int(set_size or 0))
                for (rowid, local_id, file_path, title, prompt, model, quality, aspect,
                     duration, created_at, favourite, set_id, set_index, set_size)
                in self._conns.fetch(sql, params)]

    def page(self, query: LibraryQuery, offset: int = 0,
             limit: int = PAGE_SIZE) -> list[TaskRecord]:
        """Full records by position (for scripts and tests; the panel pages with `rows`)."""
        where, params = _where(query)
        order, _ = _order(query)
        sql = (f"SELECT * FROM tasks WHERE {where} ORDER BY {order} "
               f"LIMIT {max(0, int(limit))} OFFSET {max(0, int(offset))}")
        return [from_row(row) for row in self._conns.fetch(sql, params)]

    def record(self, local_id: str) -> TaskRecord | None:
        """The full record of one clip (saved or not, trashed or not)."""
        rows = self._conns.fetch("SELECT * FROM tasks WHERE local_id = ?", (local_id,))
        return from_row(rows[0]) if rows else None

    def record_of_file(self, path: Path) -> TaskRecord | None:
        """The clip saved as `path` (the newest, should two records name it), or None."""
        rows = self._conns.fetch(
            "SELECT * FROM tasks WHERE file_path = ? ORDER BY created_at DESC LIMIT 1",
            (str(path),))
        return from_row(rows[0]) if rows else None

    def records(self, local_ids: Sequence[str]) -> dict[str, TaskRecord]:
        """Full records by local id, read in batches (a selection of thousands is a few
        queries, not thousands)."""
        found: dict[str, TaskRecord] = {}
        ids = list(dict.fromkeys(local_ids))
        for start in range(0, len(ids), _BATCH):
            batch = ids[start:start + _BATCH]
            sql = f"SELECT * FROM tasks WHERE local_id IN ({', '.join('?' * len(batch))})"
            for row in self._conns.fetch(sql, batch):
                record = from_row(row)
                found[record.local_id] = record
        return found


