"""The task store's charges as light rows for the spending view and the daily budget, and the
CSV export (read-only; 10,000 tasks are read off the UI thread)."""

from __future__ import annotations

import asyncio
import csv
import io
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

from app.core.spending import Period, Spend, period_start, spend_of, spent_today
from app.core.states import TaskState
from app.services.home.atomic_file import write_atomic
from app.services.tasks.store_schema import ThreadConnections

__all__ = ["SpendingLedger", "write_csv"]

BUSY_TIMEOUT_S: Final = 15.0
# Only the columns a charge needs: no request JSON is parsed (the model is its own column since
# store migration 5, the charges since migration 7).
_COLUMNS: Final = ("created_at, state, model, credits_reserved, credits_used, credits_charged, "
                   "credits_refunded")


def _read_only(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA query_only = ON")


class SpendingLedger:
    """What each task of one store file cost, through a read-only connection per thread (the
    store's writers are never blocked: WAL readers see the last commit)."""

    def __init__(self, store_path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(store_path)
        self._clock = clock
        self._conns = ThreadConnections(self.path, _read_only, timeout_s=BUSY_TIMEOUT_S)

    def close(self) -> None:
        self._conns.close()

    def spends(self, since: float | None = None) -> list[Spend]:
        """Every task that cost or holds credits, submitted at or after `since` (unix s)."""
        where, params = ("WHERE created_at >= ?", (float(since),)) if since is not None \
            else ("", ())
        rows = self._conns.fetch(f"SELECT {_COLUMNS} FROM tasks {where}", params)
        out = []
        for created, state, model, reserved, used, charged, refunded in rows:
            try:
                known = TaskState(state)
            except ValueError:  # written by a newer version: not ours to count
                continue
            s = spend_of(at=created, model=model or "", state=known, reserved=reserved,
                         used=used, charged=charged, refunded=refunded)
            if s is not None:
                out.append(s)
        return out

    def today(self) -> float:
        """Credits spent or held by today's submissions (local day)."""
        now = self._clock()
        return spent_today(self.spends(period_start(now, Period.DAY).timestamp()), now=now)

    async def load(self) -> list[Spend]:
        return await asyncio.to_thread(self.spends)

    async def load_today(self) -> float:
        return await asyncio.to_thread(self.today)


def write_csv(path: Path, rows: Sequence[Sequence[str]]) -> None:
    """`rows` as a CSV file at `path`, whole or not at all: a temporary file beside it, flushed
    to disk, then renamed over it."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    write_atomic(path, buffer.getvalue(), newline="")
