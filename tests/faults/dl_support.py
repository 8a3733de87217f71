"""Helpers of the download, task-id and resume fault tests: their simulator's key (the fixtures,
a simulator whose faults each test arms and a started queue on it, are tests/loopback.py's) and
what a saved clip or a full store looks like."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from app.services.clips.sidecar import read_sidecar, sidecar_path
from app.services.tasks.downloads import part_path
from app.services.tasks.store import TaskRecord, TaskStore
from app.simulator import Simulator

DL_KEY = "sk-test-LEAKMARK-faults-0123456789abcd"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def saved_whole(sim: Simulator, rec: TaskRecord | None) -> bool:
    """Saved under its final name, byte-identical to the server's clip, no .part beside it,
    and a sidecar naming its task."""
    if rec is None or rec.file_path is None:
        return False
    clip = Path(rec.file_path)
    return (clip.exists() and sha(clip) == sha(sim.clip_path(rec.task_id or ""))
            and not part_path(clip).exists()
            and (read_sidecar(clip) or {}).get("task_id") == rec.task_id)


def no_final_clip(folder: Path) -> bool:
    """Nothing under a final name below `folder`: no clip, no sidecar (a .part may stay)."""
    clips = list(folder.rglob("*.mp4")) if folder.exists() else []
    return clips == [] and not any(sidecar_path(p).exists() for p in folder.rglob("*.part"))


def _cap_every_connection(store: TaskStore, pages: int) -> None:
    """PRAGMA max_page_count on each of the store's connections, and on every one its threads
    open later: a full disk is full for all of them (the id is written in a worker thread)."""
    conns = store._conns  # the test reaches into the store's connections
    setup = getattr(conns, "_uncapped_setup", conns._setup)
    conns._uncapped_setup = setup  # type: ignore[attr-defined]

    def capped(conn: sqlite3.Connection) -> None:
        setup(conn)
        conn.execute(f"PRAGMA max_page_count = {pages}")

    conns._setup = capped  # type: ignore[method-assign]
    with conns._lock:
        opened = list(conns._conns)
    for conn in opened:
        conn.execute(f"PRAGMA max_page_count = {pages}")


def fill_store_page(store: TaskStore, local_id: str) -> None:
    """Make the next write that grows this task's record need a new page, and forbid new
    pages: SQLite then fails that write with its real SQLITE_FULL, "database or disk is full",
    as a full disk does, on whichever of the store's connections (threads) makes it.
    `lift_store_cap` undoes it."""
    conn = store._conn()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    _cap_every_connection(store, pages)

    def pad_to(n: int) -> bool:
        try:
            conn.execute("UPDATE tasks SET media_sources = ? WHERE local_id = ?",
                         (json.dumps({"u": "p" * n}, sort_keys=True), local_id))
        except sqlite3.OperationalError:
            return False
        return True

    # Grow a column that every later write keeps as it is, until the page is full.
    pad = 0
    for step in (256, 16, 1):
        while pad_to(pad + step):
            pad += step
    pad_to(pad - 4)


def lift_store_cap(store: TaskStore) -> None:
    _cap_every_connection(store, 1073741823)
