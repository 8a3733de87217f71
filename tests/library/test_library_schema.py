"""Store migration 5: the request's fields as plain indexed columns, back-filled, kept in step."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from app.core.capabilities import MODELS, Mode
from app.core.models import GenerationRequest
from app.services.clips.library import ClipLibrary, LibraryQuery, _where
from app.services.tasks.store import TaskStore
from app.services.tasks.store_schema import MIGRATIONS, REQUEST_COLUMNS, SCHEMA_VERSION

MODEL_IDS = sorted(MODELS)
PROMPTS = ("A red fox in the snow", "一只红狐狸在雪地里奔跑", "Lantern over a RIVER",
           "城市夜景，霓虹灯")


def v4_database(path: Path, n: int = 40) -> None:
    """A file as version 4 of the studio left it: saved clips with their request as JSON only."""
    conn = sqlite3.connect(path, isolation_level=None)
    for statements in MIGRATIONS[:4]:
        for sql in statements:
            conn.execute(sql)
    for i in range(n):
        request = GenerationRequest(model=MODEL_IDS[i % len(MODEL_IDS)],
                                    prompt=f"{PROMPTS[i % len(PROMPTS)]} #{i}", duration=5,
                                    quality=("480p", "720p")[i % 2],
                                    aspect_ratio=("16:9", "9:16", "adaptive")[i % 3])
        conn.execute(
            "INSERT INTO tasks (local_id, task_id, state, request_json, idempotency_key, source, "
            "created_at, updated_at, progress, file_path, result_urls_json) "
            "VALUES (?, ?, 'saved', ?, ?, 'gui', ?, ?, 100, ?, '[]')",
            (f"id{i:04d}", f"t-{i}", request.model_dump_json(), f"ss-{i:016d}", 100.0 + i,
             200.0 + i, f"/clips/{i}.mp4"))
    conn.execute("PRAGMA user_version = 4")
    conn.close()


def plan(conn: sqlite3.Connection, query: LibraryQuery, select: str = "*") -> str:
    where, params = _where(query)
    return " ".join(str(row) for row in conn.execute(
        f"EXPLAIN QUERY PLAN SELECT {select} FROM tasks WHERE {where} "
        f"ORDER BY created_at DESC, rowid DESC LIMIT 100", params))


def test_version_4_is_back_filled_and_indexed(tmp_path: Path) -> None:
    path = tmp_path / "v4.sqlite3"
    v4_database(path)
    assert SCHEMA_VERSION >= 5
    TaskStore(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    rows = conn.execute(f"SELECT request_json, {', '.join(REQUEST_COLUMNS)} FROM tasks").fetchall()
    assert len(rows) == 40
    for request_json, *columns in rows:
        request = json.loads(request_json)
        assert columns == [request[c] for c in REQUEST_COLUMNS]
    indexes = {row[1] for row in conn.execute("PRAGMA index_list(tasks)")}
    assert {"tasks_state_model_created", "tasks_state_quality_created",
            "tasks_state_aspect_created", "tasks_state_library"} <= indexes
    assert "tasks_state_created" not in indexes  # the library index starts with its columns
    assert "tasks_state_model_created" in plan(conn, LibraryQuery(model=MODEL_IDS[0]))
    assert "tasks_state_quality_created" in plan(conn, LibraryQuery(quality="720p"))
    assert "tasks_state_aspect_created" in plan(conn, LibraryQuery(aspect="9:16"))
    assert "tasks_state_library" in plan(conn, LibraryQuery(text="fox"))
    assert "COVERING INDEX tasks_state_library" in plan(conn, LibraryQuery(text="x"), "count(*)")
    every = plan(conn, LibraryQuery(text="fox", mode=Mode.TEXT, quality="720p"))
    assert "json_extract" not in " ".join(_where(LibraryQuery(
        text="fox", model=MODEL_IDS[0], mode=Mode.TEXT, quality="720p", aspect="16:9"))[0])
    assert "SCAN tasks" not in every
    conn.close()


def test_search_keeps_substring_semantics_after_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "v4.sqlite3"
    v4_database(path)
    TaskStore(path).close()
    lib = ClipLibrary(path)
    assert lib.count(LibraryQuery(text="红狐")) == 10  # a Chinese substring, mid-word
    assert lib.count(LibraryQuery(text="霓虹")) == 10
    assert lib.count(LibraryQuery(text="river")) == 10  # ASCII: case-insensitive
    assert lib.count(LibraryQuery(text="ox in th")) == 10
    assert lib.count(LibraryQuery(text="#1")) == 11  # 1, 10-19
    assert lib.count(LibraryQuery(text="熊猫")) == 0
    by_model = lib.rows(LibraryQuery(model=MODEL_IDS[1]), None, 100)
    assert by_model and {r.model for r in by_model} == {MODEL_IDS[1]}
    lib.close()


def test_the_writer_keeps_the_columns_in_step(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    with TaskStore(path) as store:
        request = GenerationRequest(model=MODEL_IDS[2], prompt="海边的灯塔 at dusk",
                                    duration=6, quality="720p", aspect_ratio="21:9")
        rec = store.begin_submission(request, source="gui")
        store.note(rec.local_id, "an update rewrites every column")
        conn = sqlite3.connect(path)
        got = conn.execute(f"SELECT {', '.join(REQUEST_COLUMNS)} FROM tasks").fetchone()
        conn.close()
    assert got == ("海边的灯塔 at dusk", MODEL_IDS[2], "720p", "21:9")
