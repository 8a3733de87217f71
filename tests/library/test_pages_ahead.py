"""The library's next page is read ahead in a worker: the view's fetchMore inserts rows already
read, a page that lands after it was asked for is inserted then, a page of an older query is
dropped; a relayout of 10,000 rows calls into Python for none of them."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QListView

from app.services.clips.library import PAGE_SIZE, ClipLibrary, ClipRow, LibraryQuery
from app.services.clips.thumbnails import ThumbnailCache
from app.services.media.media_worker import SyncExecutor
from app.ui.library import model as model_module
from app.ui.library.model import LibraryModel
from tests.library.conftest import RECORDS, HeldExecutor


class FlakyLibrary(ClipLibrary):
    """The real library, whose page reads fail while `failing` (a locked store)."""

    failing = False

    def rows(self, query: LibraryQuery, after: ClipRow | None = None,
             limit: int = PAGE_SIZE) -> list[ClipRow]:
        if self.failing and after is not None:
            raise sqlite3.OperationalError("database is locked")
        return super().rows(query, after, limit)


@pytest.fixture
def library(store_path: Path) -> Any:
    lib = FlakyLibrary(store_path)
    yield lib
    lib.close()


@pytest.fixture
def pages() -> HeldExecutor:
    return HeldExecutor()


@pytest.fixture
def model(qapp: Any, library: FlakyLibrary, pages: HeldExecutor,
          tmp_path: Path) -> LibraryModel:
    return LibraryModel(library, ThumbnailCache(tmp_path / "thumbs", SyncExecutor()),
                        pages=pages)


def ids(model: LibraryModel) -> list[str]:
    return [model.clip_at(r).local_id for r in range(model.rowCount())]


def test_the_next_page_is_read_ahead_and_inserted_at_once(
        model: LibraryModel, library: FlakyLibrary, pages: HeldExecutor) -> None:
    model.set_query(LibraryQuery())
    assert model.rowCount() == PAGE_SIZE and len(pages.jobs) == 1  # page 2, in the worker
    pages.finish_first()
    assert model.rowCount() == PAGE_SIZE  # read, kept until the view asks
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.fetchMore(QModelIndex())
    assert inserted == [(PAGE_SIZE, 2 * PAGE_SIZE - 1)]  # no read in between
    assert ids(model) == [row.local_id for row in library.rows(LibraryQuery(), None,
                                                               2 * PAGE_SIZE)]
    assert len(pages.jobs) == 1 and model.page_pending()  # page 3 is being read already
    index = model.index(2 * PAGE_SIZE - 1)
    assert index.data(LibraryModel.PathRole) == Path(model.clip_at(2 * PAGE_SIZE - 1).file_path)


def test_a_page_asked_for_before_it_is_read_is_inserted_when_it_lands(
        model: LibraryModel, pages: HeldExecutor) -> None:
    model.set_query(LibraryQuery())
    model.fetchMore(QModelIndex())  # the view reached the end before page 2 was read
    assert model.rowCount() == PAGE_SIZE and model.page_pending() and len(pages.jobs) == 1
    pages.finish_first()
    assert model.rowCount() == 2 * PAGE_SIZE and model.canFetchMore(QModelIndex())
    while pages.jobs or model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        pages.finish_first()
    assert model.rowCount() == model.total == RECORDS
    assert len(set(ids(model))) == RECORDS and not model.page_pending()


def test_a_page_read_for_an_older_query_is_dropped(model: LibraryModel,
                                                   pages: HeldExecutor) -> None:
    model.set_query(LibraryQuery())
    model.fetchMore(QModelIndex())
    model.set_query(LibraryQuery(text="river"))  # the search changed while page 2 was read
    first = ids(model)
    pages.finish_first()  # the old query's page 2 lands: dropped
    assert ids(model) == first
    assert all("river" in model.clip_at(r).prompt for r in range(model.rowCount()))
    pages.finish_first()  # the search's own page 2: read ahead, inserted when asked for
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    assert all("river" in model.clip_at(r).prompt for r in range(model.rowCount()))


def test_a_failed_read_is_logged_and_tried_again(model: LibraryModel, library: FlakyLibrary,
                                                 pages: HeldExecutor,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    model.set_query(LibraryQuery())
    library.failing = True
    with caplog.at_level(logging.WARNING, logger=model_module.__name__):
        pages.finish_first()
    assert "could not be read" in caplog.text and not model.page_pending()
    library.failing = False
    model.fetchMore(QModelIndex())  # the view's next fetchMore reads it again
    pages.finish_first()
    assert model.rowCount() == 2 * PAGE_SIZE


def test_tiles_are_dragged_out_only(model: LibraryModel) -> None:
    model.set_query(LibraryQuery())
    flags = model.flags(model.index(0))
    assert flags & Qt.ItemFlag.ItemIsDragEnabled and flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEditable and not flags & Qt.ItemFlag.ItemIsDropEnabled
    assert not model.setData(model.index(0), "renamed")
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_a_relayout_of_every_row_calls_python_for_none(qtbot: Any, library: FlakyLibrary,
                                                 tmp_path: Path) -> None:
    """QListView lays out every row again after each page insert and asks the row count per
    row: kept in C++ (a Python rowCount made that 30-150 ms at 10,000 rows)."""
    assert "rowCount" not in vars(LibraryModel)
    model = LibraryModel(library, ThumbnailCache(tmp_path / "thumbs", SyncExecutor()),
                         page_size=1000)
    model.set_query(LibraryQuery())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    view = QListView()
    qtbot.addWidget(view)
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setUniformItemSizes(True)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    calls: list[str] = []

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and frame.f_code.co_filename == model_module.__file__:
            calls.append(frame.f_code.co_name)

    sys.setprofile(profile)
    try:
        view.doItemsLayout()
    finally:
        sys.setprofile(None)
    # One item's size hint asks for its roles (uniform sizes); nothing is asked per row.
    assert model.rowCount() == RECORDS and "rowCount" not in calls and len(calls) < 50
