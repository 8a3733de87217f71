"""The task store's reads: one record, a page, what changed, what a restart picks up."""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Final

from app.core.states import TaskState
from app.services.tasks.store_schema import TaskRecord, from_row

S = TaskState
UNFINISHED: Final = (
    S.SUBMITTING, S.OUTCOME_UNKNOWN, S.PENDING, S.PROCESSING, S.COMPLETED, S.DOWNLOADING,
)
_MIN_SUFFIX: Final = 6  # the short id in clip names is the last 8 characters of the task id


class StoreReads:
    """The SELECTs of `TaskStore`, on the connection of the calling thread."""

    def _fetch(self, sql: str, params: Sequence[object] = ()) -> builtins.list[sqlite3.Row]:
        raise NotImplementedError

    def _select(self, where: str = "", params: tuple[object, ...] = (),
                tail: str = "") -> builtins.list[TaskRecord]:
        sql = f"SELECT * FROM tasks {'WHERE ' + where if where else ''} {tail}"
        return [from_row(row) for row in self._fetch(sql, params)]

    def saved_at(self, path: Path) -> TaskRecord | None:
        """The saved clip whose file is `path` (the viewer's clip), if the library has it."""
        found = self._select("state = ? AND file_path = ?",
                             (TaskState.SAVED.value, str(path)), "LIMIT 1")
        return found[0] if found else None

    def get(self, local_id: str) -> TaskRecord | None:
        found = self._select("local_id = ?", (local_id,))
        return found[0] if found else None

    def matches(self, id_or_prefix: str, limit: int = 10) -> builtins.list[TaskRecord]:
        """Records an id names: an exact id, else a prefix of either id, else a suffix of the
        server's id (the short id in clip names). Several means the text is ambiguous."""
        text = id_or_prefix.strip()
        if not text:
            return []
        n = len(text)
        queries: builtins.list[tuple[str, tuple[object, ...]]] = [
            ("task_id = ? OR local_id = ?", (text, text)),
            ("substr(task_id, 1, ?) = ? OR substr(local_id, 1, ?) = ?", (n, text, n, text)),
        ]
        if n >= _MIN_SUFFIX:
            queries.append(("length(task_id) >= ? AND substr(task_id, -?) = ?", (n, n, text)))
        for where, params in queries:
            found = self._select(where, params, f"ORDER BY created_at DESC LIMIT {int(limit)}")
            if found:
                return found
        return []

    def find(self, id_or_prefix: str) -> TaskRecord | None:
        """By server task id, local id, or a unique prefix of either; None if none or several."""
        found = self.matches(id_or_prefix, limit=2)
        return found[0] if len(found) == 1 else None

    def list(
        self, *, states: Iterable[TaskState] | None = None, limit: int = 100, offset: int = 0,
        include_hidden: bool = True,
    ) -> builtins.list[TaskRecord]:
        """Newest first."""
        tail = f"ORDER BY created_at DESC, rowid DESC LIMIT {int(limit)} OFFSET {int(offset)}"
        where: builtins.list[str] = [] if include_hidden else ["hidden = 0"]
        params: tuple[object, ...] = ()
        if states is not None:
            wanted = [TaskState(s).value for s in states]
            if not wanted:
                return []
            where.append(f"state IN ({', '.join('?' * len(wanted))})")
            params = tuple(wanted)
        return self._select(" AND ".join(where), params, tail)

    def changed_since(self, since: float, *, limit: int = 500) -> builtins.list[TaskRecord]:
        """Records written at or after `since` (their updated_at), hidden ones too."""
        return self._select("updated_at >= ?", (since,),
                            f"ORDER BY updated_at DESC LIMIT {int(limit)}")

    def unfinished(self, *, include_untracked: bool = True) -> builtins.list[TaskRecord]:
        """Everything a restart must pick up again, oldest first (its URLs expire first)."""
        marks = ", ".join("?" * len(UNFINISHED))
        where = f"state IN ({marks})" + ("" if include_untracked else " AND untracked = 0")
        return self._select(where, tuple(s.value for s in UNFINISHED),
                            "ORDER BY created_at ASC, rowid ASC")

    def charges(self, model: str, quality: str, *, limit: int = 5) -> builtins.list[TaskRecord]:
        """The newest finished tasks of this model and quality that cost something."""
        done = (S.COMPLETED, S.DOWNLOADING, S.SAVED, S.EXPIRED)
        marks = ", ".join("?" * len(done))
        return self._select(
            f"model = ? AND quality = ? AND state IN ({marks}) AND "
            "COALESCE(credits_charged, credits_used, credits_reserved, 0) > 0",
            (model, quality, *(s.value for s in done)),
            f"ORDER BY created_at DESC LIMIT {int(limit)}")

    def data_version(self) -> int:
        """Changes whenever another connection (another process, or another thread here)
        commits: a cheap way to notice that the CLI wrote to the shared store."""
        return int(self._fetch("PRAGMA data_version")[0][0])
