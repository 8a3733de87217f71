"""Keyset paging: the same rows, in the same order, as paging by position (ties included)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app.core.capabilities import MODELS
from app.services.clips.library import ClipLibrary, LibraryQuery, SortOrder
from app.services.tasks.store import TaskStore
from tests.library.conftest import T0, fill_store, make_record

N = 500


@pytest.fixture(scope="module")
def tied_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Records in shuffled insert order, many sharing a created_at (only rowid tells them
    apart), so a page boundary falls inside a run of ties."""
    path = tmp_path_factory.mktemp("paging") / "studio.sqlite3"
    TaskStore(path).close()
    clips = path.parent
    order = sorted(range(N), key=lambda i: (i * 7919) % N)
    fill_store(path, [replace(make_record(i, clips), created_at=T0 + i // 25)
                      for i in order])
    return path


def keyset_ids(lib: ClipLibrary, query: LibraryQuery, size: int) -> list[str]:
    ids: list[str] = []
    page = lib.rows(query, None, size)
    while page:
        ids += [row.local_id for row in page]
        page = lib.rows(query, page[-1], size)
    return ids


@pytest.mark.parametrize("sort", list(SortOrder))
@pytest.mark.parametrize("query", [LibraryQuery(), LibraryQuery(text="river"),
                                   LibraryQuery(model=sorted(MODELS)[3]),
                                   LibraryQuery(quality="720p", aspect="16:9")])
def test_keyset_pages_equal_offset_pages(tied_store: Path, query: LibraryQuery,
                                         sort: SortOrder) -> None:
    lib = ClipLibrary(tied_store)
    query = replace(query, sort=sort)
    expected = [r.local_id for r in lib.page(query, 0, N + 10)]
    assert len(expected) == lib.count(query) > 10
    times = [r.created_at for r in lib.page(query, 0, N + 10)]
    assert len(set(times)) < len(times)  # ties exist in what is paged
    for size in (1, 7, 13, 100):
        assert keyset_ids(lib, query, size) == expected
    lib.close()


def test_light_rows_carry_what_the_list_shows(tied_store: Path) -> None:
    lib = ClipLibrary(tied_store)
    for row in lib.rows(LibraryQuery(), None, 50):
        record = lib.record(row.local_id)
        assert record is not None
        req = record.request
        assert (row.file_path, row.prompt, row.model, row.quality, row.aspect_ratio,
                row.duration, row.created_at, row.favourite) == (
            record.file_path, req.prompt, req.model, req.quality, req.aspect_ratio,
            req.duration, record.created_at, record.favourite)
    assert lib.record("no such clip") is None
    wanted = [r.local_id for r in lib.rows(LibraryQuery(), None, 30)]
    found = lib.records([*wanted, "no such clip", wanted[0]])
    assert sorted(found) == sorted(wanted)
    assert all(found[i].local_id == i for i in wanted)
    lib.close()
