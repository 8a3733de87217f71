"""Favourites, trashed clips and the date filter in the library; the store's migration 4."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.core.models import GenerationRequest
from app.services.clips.library import ClipLibrary, DateRange, LibraryQuery, date_since
from app.services.tasks.store import TaskStore
from app.services.tasks.store_schema import MIGRATIONS, SCHEMA_VERSION
from tests.library.conftest import fill_store, make_record

# Local noon, so "today" holds records from hours earlier whatever the time zone.
NOW = datetime(2026, 3, 20, 12, 0).timestamp()


def ago(days: float) -> float:
    return (datetime.fromtimestamp(NOW) - timedelta(days=days)).timestamp()


def test_date_since_is_whole_local_days() -> None:
    assert date_since(DateRange.ANY, NOW) is None
    assert date_since(DateRange.TODAY, NOW) == datetime(2026, 3, 20).timestamp()
    assert date_since(DateRange.LAST_7_DAYS, NOW) == datetime(2026, 3, 14).timestamp()
    assert date_since(DateRange.LAST_30_DAYS, NOW) == datetime(2026, 2, 19).timestamp()
    # Stable all day: a query made in the evening equals the morning's.
    evening = datetime(2026, 3, 20, 23, 59).timestamp()
    assert date_since(DateRange.LAST_7_DAYS, evening) == date_since(DateRange.LAST_7_DAYS, NOW)


def test_favourites_dates_and_trashed_clips(tmp_path: Path) -> None:
    path = tmp_path / "studio.sqlite3"
    with TaskStore(path) as store:
        made = {"hours": ago(0.2), "days3": ago(3), "days10": ago(10), "days40": ago(40)}
        records = {key: replace(make_record(i, tmp_path), created_at=when)
                   for i, (key, when) in enumerate(made.items())}
        fill_store(path, list(records.values()))
        store.set_favourite(records["days3"].local_id, True)
        store.set_favourite(records["days40"].local_id, True)
        lib = ClipLibrary(path)

        def created(query: LibraryQuery) -> set[float]:
            assert lib.count(query) == len(lib.page(query))
            return {r.created_at for r in lib.page(query)}

        assert created(LibraryQuery()) == set(made.values())
        assert created(LibraryQuery(since=date_since(DateRange.TODAY, NOW))) == {made["hours"]}
        assert created(LibraryQuery(since=date_since(DateRange.LAST_7_DAYS, NOW))) == {
            made["hours"], made["days3"]}
        assert created(LibraryQuery(since=date_since(DateRange.LAST_30_DAYS, NOW))) == {
            made["hours"], made["days3"], made["days10"]}
        assert created(LibraryQuery(favourites_only=True)) == {made["days3"], made["days40"]}
        both = LibraryQuery(favourites_only=True, since=date_since(DateRange.LAST_7_DAYS, NOW))
        assert created(both) == {made["days3"]}
        assert all(r.favourite for r in lib.page(LibraryQuery(favourites_only=True)))
        store.mark_trashed(records["days3"].local_id)
        assert created(both) == set()
        assert made["days3"] not in created(LibraryQuery())
        assert store.get(records["days3"].local_id) is not None  # kept in the store
        lib.close()


def test_relocate_follows_a_renamed_clip(tmp_path: Path) -> None:
    path = tmp_path / "studio.sqlite3"
    with TaskStore(path) as store:
        rec = make_record(3, tmp_path)
        fill_store(path, [rec])
        moved = store.relocate(rec.local_id, tmp_path / "renamed.mp4")
        assert moved.file_path == str(tmp_path / "renamed.mp4")
        assert store.get(rec.local_id) == moved and moved.state is rec.state


def v3_database(path: Path) -> None:
    """A file as version 3 of the studio left it, with one saved clip."""
    conn = sqlite3.connect(path, isolation_level=None)
    for statements in MIGRATIONS[:3]:
        for sql in statements:
            conn.execute(sql)
    request = GenerationRequest(model="seedance-2.0-text-to-video", prompt="an old clip",
                                duration=5, quality="720p", aspect_ratio="16:9")
    conn.execute(
        "INSERT INTO tasks (local_id, task_id, state, request_json, idempotency_key, source, "
        "created_at, updated_at, progress, file_path, result_urls_json) "
        "VALUES ('a' , 't-1', 'saved', ?, 'ss-aaaaaaaaaaaaaaaa', 'gui', 1.0, 2.0, 100, "
        "'/clips/old.mp4', '[]')", (request.model_dump_json(),))
    conn.execute("PRAGMA user_version = 3")
    conn.close()


def test_a_version_3_store_upgrades_to_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    v3_database(path)
    assert SCHEMA_VERSION >= 4
    with TaskStore(path) as store:
        rec = store.get("a")
        assert rec is not None and rec.favourite is False and rec.trashed_at is None
        assert rec.request.prompt == "an old clip" and rec.file_path == "/clips/old.mp4"
        assert store.set_favourite("a", True).favourite
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    columns = {row[1] for row in conn.execute("PRAGMA table_info(tasks)")}
    assert {"favourite", "trashed_at", "hidden", "untracked"} <= columns
    conn.close()
    lib = ClipLibrary(path)
    assert [r.local_id for r in lib.page(LibraryQuery(favourites_only=True))] == ["a"]
    lib.close()


def test_an_interrupted_migration_changes_nothing(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services.tasks import store_schema

    path = tmp_path / "old.sqlite3"
    v3_database(path)
    broken = (*MIGRATIONS[:3], (MIGRATIONS[3][0], "ALTER TABLE nowhere ADD COLUMN x"))
    monkeypatch.setattr(store_schema, "MIGRATIONS", broken)
    with pytest.raises(sqlite3.OperationalError):
        TaskStore(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert "favourite" not in {row[1] for row in conn.execute("PRAGMA table_info(tasks)")}
    conn.close()


def test_the_new_filters_keep_the_library_index(tmp_path: Path) -> None:
    from app.services.clips.library import _where

    path = tmp_path / "plan.sqlite3"
    TaskStore(path).close()
    where, params = _where(LibraryQuery(favourites_only=True, since=NOW))
    conn = sqlite3.connect(path)
    plan = " ".join(str(row) for row in conn.execute(
        f"EXPLAIN QUERY PLAN SELECT * FROM tasks WHERE {where} "
        f"ORDER BY created_at DESC, rowid DESC LIMIT 100", params))
    conn.close()
    assert "tasks_state_library" in plan
