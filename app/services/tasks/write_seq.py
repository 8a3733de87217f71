"""Whose commits the task store holds: every write transaction numbers itself in the one-row
`write_seq` table, and the store remembers the numbers it wrote. The queue's watcher then tells
this process's own commits (from any of its threads: their rows are on show already) from
another process's (the CLI's: the list is read again), which PRAGMA data_version alone cannot:
it moves on a commit of any other connection, this process's worker threads' too."""

from __future__ import annotations

import sqlite3
import threading
from typing import Final

TABLE: Final = "write_seq"
MIGRATION: Final = (
    f"CREATE TABLE {TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL)",
    f"INSERT INTO {TABLE} (id, seq) VALUES (1, 0)",
)
_BUMP: Final = f"UPDATE {TABLE} SET seq = seq + 1 WHERE id = 1 RETURNING seq"
# One statement, one read snapshot: the version and the number always belong together.
_MARK: Final = (f"SELECT (SELECT data_version FROM pragma_data_version()), "
                f"(SELECT seq FROM {TABLE} WHERE id = 1)")
KEEP: Final = 4096  # own numbers remembered; older ones only ever cost a needless re-read


def bump(conn: sqlite3.Connection) -> int:
    """Inside a write transaction: its number (the write lock makes it unique)."""
    return int(conn.execute(_BUMP).fetchall()[0][0])


def mark(conn: sqlite3.Connection) -> tuple[int, int]:
    """(PRAGMA data_version of this connection, the number of the last write committed)."""
    version, seq = conn.execute(_MARK).fetchone()
    return int(version), int(seq or 0)


class OwnWrites:
    """The numbers of the write transactions this process committed, shared by its threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seqs: set[int] = set()

    def add(self, seq: int) -> None:
        """Called before COMMIT (so a reader never sees the number before it is known as
        ours); `discard` takes it back when the commit fails."""
        with self._lock:
            self._seqs.add(seq)
            if len(self._seqs) > KEEP:
                self._seqs = set(sorted(self._seqs)[KEEP // 2:])

    def discard(self, seq: int) -> None:
        with self._lock:
            self._seqs.discard(seq)

    def only_ours(self, after: int, upto: int) -> bool:
        """Whether writes were committed after number `after` up to `upto` and every one of
        them was ours. No new number (a writer that does not number its writes, an older
        studio), a number gone back (the file replaced) or any foreign one: False."""
        if upto <= after:
            return False
        with self._lock:
            if upto - after > len(self._seqs):
                return False
            return all(s in self._seqs for s in range(after + 1, upto + 1))
