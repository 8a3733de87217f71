"""Where each uploaded URL came from: kept by the queue, in the store (migration 6) and sidecar."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from app.core.media_limits import MediaKind
from app.core.states import TaskState
from app.services.clips.sidecar import read_sidecar
from app.services.media.inputs import MediaInput
from app.services.tasks.store import TaskRecord, TaskStore
from app.services.tasks.store_schema import MIGRATIONS, SCHEMA_VERSION
from app.simulator import Simulator
from tests.composer.conftest import MediaFactory
from tests.queue.conftest import request, until

THEIR_URL = "https://example.com/their-own.png"


def v5_database(path: Path) -> None:
    """A file as version 5 of the studio left it: one saved clip, no media_sources column."""
    conn = sqlite3.connect(path, isolation_level=None)
    for statements in MIGRATIONS[:5]:
        for sql in statements:
            conn.execute(sql)
    conn.execute(
        "INSERT INTO tasks (local_id, task_id, state, request_json, idempotency_key, source, "
        "created_at, updated_at, progress, file_path, result_urls_json) "
        "VALUES ('old', 't-old', 'saved', ?, 'ss-0000000000000001', 'gui', 1.0, 2.0, 100, "
        "'/clips/old.mp4', '[]')",
        (request(image_urls=["https://files.example.com/x.png"]).model_dump_json(),))
    conn.execute("PRAGMA user_version = 5")
    conn.close()


def test_version_5_upgrades_with_no_sources_and_keeps_new_ones(tmp_path: Path) -> None:
    path = tmp_path / "v5.sqlite3"
    v5_database(path)
    assert SCHEMA_VERSION >= 6
    with TaskStore(path) as store:
        old = store.get("old")
        assert old is not None and old.media_sources == {}
        assert old.request.image_urls == ["https://files.example.com/x.png"]
        sources = {"https://files.example.com/y.png": "/home/me/图片/y.png"}
        fresh = store.begin_submission(request(), source="gui", media_sources=sources)
    with TaskStore(path) as again:  # read back from the file, not from memory
        got = again.get(fresh.local_id)
        assert got is not None and got.media_sources == sources
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert json.loads(conn.execute("SELECT media_sources FROM tasks WHERE local_id = 'old'")
                      .fetchone()[0]) == {}
    conn.close()


def test_a_damaged_media_sources_value_reads_as_none(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    with TaskStore(path) as store:
        rec = store.begin_submission(request(), source="gui")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE tasks SET media_sources = '[1, 2' WHERE local_id = ?", (rec.local_id,))
    conn.commit()
    conn.close()
    with TaskStore(path) as store:
        got = store.get(rec.local_id)
        assert got is not None and got.media_sources == {}


async def test_a_submitted_local_image_is_kept_with_its_url(sim: Simulator, queue_for: Any,
                                                            store: TaskStore,
                                                            tmp_path: Path) -> None:
    image = MediaFactory(tmp_path / "media").image("still.png")
    req = request(model="seedance-2.0-fast-image-to-video",
                  image_urls=[f"https://upload.pending.invalid/{image.name}", THEIR_URL])
    media = {MediaKind.IMAGE: [MediaInput(MediaKind.IMAGE, str(image), image),
                               MediaInput(MediaKind.IMAGE, THEIR_URL, None)]}
    async with queue_for() as queue:
        finished: list[TaskRecord] = []
        queue.taskFinished.connect(finished.append)
        rec = await queue.submit(req, media)
        [uploaded, theirs] = rec.request.image_urls
        assert theirs == THEIR_URL and uploaded.startswith(str(sim.base_url))
        assert rec.media_sources == {uploaded: str(image)}  # the user's own URL is not a file
        stored = store.get(rec.local_id)  # what a restart reads back
        assert stored is not None and stored.media_sources == {uploaded: str(image)}
        await until(lambda: bool(finished))
    [done] = finished
    assert done.state is TaskState.SAVED and done.media_sources == {uploaded: str(image)}
    sidecar = read_sidecar(Path(done.file_path or ""))
    assert sidecar is not None and sidecar["media_sources"] == {uploaded: str(image)}
