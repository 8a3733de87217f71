"""Saved clips as paged, filtered, sorted queries of the task store (read-only, 10,000 at ease)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Final

from app.core.capabilities import MODELS, Mode
from app.core.states import TaskState
from app.services.store_schema import TaskRecord, ThreadConnections, from_row

__all__ = ["ClipLibrary", "DateRange", "LibraryQuery", "SortOrder", "date_since"]

PAGE_SIZE: Final = 100  # rows per fetch: ~10 ms to read and validate on the UI thread
BUSY_TIMEOUT_S: Final = 15.0


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

    text: str = ""  # a substring of the prompt, case-insensitive for ASCII
    model: str | None = None  # a model id
    mode: Mode | None = None
    quality: str | None = None  # "720p"
    aspect: str | None = None  # "16:9", "adaptive"
    sort: SortOrder = SortOrder.NEWEST
    favourites_only: bool = False
    since: float | None = None  # epoch seconds: made at or after (see date_since)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(query: LibraryQuery) -> tuple[str, list[object]]:
    """The WHERE clause of a query. `state` is indexed (tasks_state); the JSON fields are read
    per saved row, a scan of the saved rows only, a few milliseconds at 10,000."""
    clauses = ["state = ?", "file_path IS NOT NULL", "trashed_at IS NULL"]
    params: list[object] = [TaskState.SAVED.value]
    if query.favourites_only:
        clauses.append("favourite = 1")
    if query.since is not None:
        clauses.append("created_at >= ?")
        params.append(float(query.since))
    text = query.text.strip()
    if text:
        clauses.append("json_extract(request_json, '$.prompt') LIKE ? ESCAPE '\\'")
        params.append(f"%{_escape_like(text)}%")
    if query.model:
        clauses.append("json_extract(request_json, '$.model') = ?")
        params.append(query.model)
    if query.mode is not None:
        ids = [spec.id for spec in MODELS.values() if spec.mode is query.mode]
        clauses.append(
            f"json_extract(request_json, '$.model') IN ({', '.join('?' * len(ids))})")
        params.extend(ids)
    if query.quality:
        clauses.append("json_extract(request_json, '$.quality') = ?")
        params.append(query.quality)
    if query.aspect:
        clauses.append("json_extract(request_json, '$.aspect_ratio') = ?")
        params.append(query.aspect)
    return " AND ".join(clauses), params


def _read_only(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA query_only = ON")


class ClipLibrary:
    """Saved clips of one store file, read through a read-only connection per thread of its own
    (the store's writers are never blocked: WAL readers see the last commit)."""

    def __init__(self, store_path: Path) -> None:
        self.path = Path(store_path)
        self._conns = ThreadConnections(self.path, _read_only, timeout_s=BUSY_TIMEOUT_S)

    def _conn(self) -> sqlite3.Connection:
        return self._conns.get()

    def close(self) -> None:
        self._conns.close()

    def count(self, query: LibraryQuery) -> int:
        where, params = _where(query)
        row = self._conn().execute(f"SELECT count(*) FROM tasks WHERE {where}", params).fetchone()
        return int(row[0])

    def page(self, query: LibraryQuery, offset: int = 0,
             limit: int = PAGE_SIZE) -> list[TaskRecord]:
        """One page of saved clips in the query's order (created_at; rowid breaks ties)."""
        where, params = _where(query)
        direction = "ASC" if query.sort is SortOrder.OLDEST else "DESC"
        sql = (f"SELECT * FROM tasks WHERE {where} "
               f"ORDER BY created_at {direction}, rowid {direction} "
               f"LIMIT {max(0, int(limit))} OFFSET {max(0, int(offset))}")
        return [from_row(row) for row in self._conn().execute(sql, params).fetchall()]

    def data_version(self) -> int:
        """Changes when another connection commits: the library should be re-queried."""
        return int(self._conn().execute("PRAGMA data_version").fetchone()[0])
