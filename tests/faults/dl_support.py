"""Fixtures and helpers of the download, task-id and resume fault tests (all named dl_*): a
simulator on 127.0.0.1 whose faults are armed by each test, and a started task queue on it."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.clips.sidecar import read_sidecar, sidecar_path
from app.services.tasks.downloads import make_download_client, part_path
from app.services.tasks.store import TaskRecord, TaskStore
from app.simulator import Simulator
from tests.queue.conftest import running_queue

DL_KEY = "sk-test-LEAKMARK-faults-0123456789abcd"


@pytest.fixture(scope="session")
def dl_sim_clips(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("faults-sim-clips")  # each distinct clip encoded once


@pytest.fixture
async def dl_sim(dl_sim_clips: Path) -> AsyncIterator[Simulator]:
    s = Simulator(api_keys={DL_KEY}, generation_seconds=0.4, initial_credits=5000.0,
                  clips_dir=dl_sim_clips)
    await s.start()
    yield s
    await s.stop()


@pytest.fixture
async def dl_client(dl_sim: Simulator) -> AsyncIterator[EvolinkClient]:
    async with EvolinkClient(DL_KEY, resolve_endpoints(dl_sim.base_url), timeout_s=2.0,
                             attempts=2, backoff_max_s=0.02) as c:
        yield c


@pytest.fixture
async def dl_http() -> AsyncIterator[httpx.AsyncClient]:
    async with make_download_client() as h:
        yield h


@pytest.fixture
def dl_store(studio_home: Path) -> Iterator[TaskStore]:
    s = TaskStore(studio_home / "studio.sqlite3")
    yield s
    s.close()


@pytest.fixture
def dl_queue_for(dl_client: EvolinkClient, dl_http: httpx.AsyncClient, dl_store: TaskStore,
                 studio_home: Path) -> Callable[..., Any]:
    """`async with dl_queue_for() as queue:` inside the test body."""
    return lambda **options: running_queue(dl_client, dl_http, dl_store,
                                           studio_home / "clips", **options)


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


def fill_store_page(store: TaskStore, local_id: str) -> None:
    """Make the next write that grows this task's record need a new page, and forbid new
    pages: SQLite then fails that write with its real SQLITE_FULL, "database or disk is full",
    as a full disk does. `lift_store_cap` undoes it."""
    conn = store._conn()  # the store's own connection for this thread: the limit is its own
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")

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
    store._conn().execute("PRAGMA max_page_count = 1073741823")
