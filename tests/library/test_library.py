"""The library service: saved clips only, paged, searched, filtered and sorted in SQL."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.core.capabilities import MODELS, Mode
from app.services.clips.library import ClipLibrary, LibraryQuery, SortOrder
from tests.library.conftest import RECORDS, T0, fill_store, make_record


def test_counts_saved_clips_only(store_path: Path) -> None:
    lib = ClipLibrary(store_path)
    assert lib.count(LibraryQuery()) == RECORDS
    lib.close()


def test_pages_are_newest_first_and_do_not_overlap(store_path: Path) -> None:
    lib = ClipLibrary(store_path)
    first = lib.page(LibraryQuery(), 0, 100)
    second = lib.page(LibraryQuery(), 100, 100)
    assert len(first) == len(second) == 100
    assert first[0].created_at == T0 + RECORDS - 1
    times = [r.created_at for r in first + second]
    assert times == sorted(times, reverse=True) and len(set(times)) == 200
    oldest = lib.page(LibraryQuery(sort=SortOrder.OLDEST), 0, 3)
    assert [r.created_at for r in oldest] == [T0, T0 + 1, T0 + 2]
    assert lib.page(LibraryQuery(), RECORDS - 2, 100)[-1].created_at == T0
    lib.close()


def test_search_and_filters_narrow(store_path: Path) -> None:
    lib = ClipLibrary(store_path)
    river = LibraryQuery(text="RIVER")
    assert lib.count(river) == RECORDS // 8
    assert all("river" in r.request.prompt for r in lib.page(river, 0, 50))
    assert lib.count(LibraryQuery(text="Shot 9999:")) == 1
    assert lib.count(LibraryQuery(text="100%")) == 0  # LIKE wildcards are literal
    assert lib.count(LibraryQuery(text="shot_1")) == 0
    model = sorted(MODELS)[0]
    by_model = lib.page(LibraryQuery(model=model), 0, 20)
    assert by_model and {r.request.model for r in by_model} == {model}
    by_mode = lib.page(LibraryQuery(mode=Mode.IMAGE), 0, 200)
    assert {MODELS[r.request.model].mode for r in by_mode} == {Mode.IMAGE}
    q = LibraryQuery(quality="720p", aspect="16:9", mode=Mode.TEXT)
    rows = lib.page(q, 0, 10_000)
    assert rows and len(rows) == lib.count(q) < RECORDS // 10
    assert all(r.request.quality == "720p" and r.request.aspect_ratio == "16:9" for r in rows)
    lib.close()


def test_sees_what_the_store_writes_later(store_path: Path, tmp_path: Path) -> None:
    lib = ClipLibrary(store_path)
    assert lib.count(LibraryQuery(text="brand new")) == 0
    newest = make_record(RECORDS + 100, tmp_path)
    newest = replace(newest, request=newest.request.model_copy(
        update={"prompt": "a brand new clip"}))
    fill_store(store_path, [newest])  # another connection, as the downloader's would be
    assert lib.count(LibraryQuery(text="brand new")) == 1
    assert lib.page(LibraryQuery(), 0, 1)[0].request.prompt == "a brand new clip"
    lib.close()


def test_library_pages_use_the_library_index(studio_home: Path) -> None:
    import sqlite3

    from app.services.tasks.store import TaskStore

    store = TaskStore(studio_home / "index-check.sqlite3")
    store.close()
    conn = sqlite3.connect(studio_home / "index-check.sqlite3")
    plan = " ".join(str(row) for row in conn.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM tasks WHERE state = 'saved' "
        "ORDER BY created_at DESC LIMIT 100"))
    conn.close()
    assert "tasks_state_library" in plan
    assert "TEMP B-TREE" not in plan.upper()
