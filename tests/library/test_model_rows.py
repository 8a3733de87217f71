"""The library model keeps light rows (ClipRow), reads full records on demand, and counts only
when the first page is full."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.services.clips.library import ClipLibrary, ClipRow, LibraryQuery
from app.services.clips.thumbnails import ThumbnailCache
from app.services.media.media_worker import SyncExecutor
from app.services.tasks.store_schema import TaskRecord
from app.ui.library.model import RECORDS_KEPT, LibraryModel
from tests.library.conftest import RECORDS


class CountingLibrary(ClipLibrary):
    """The real library, noting how often the model counts and reads full records."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.counts = 0
        self.reads = 0

    def count(self, query: LibraryQuery) -> int:
        self.counts += 1
        return super().count(query)

    def record(self, local_id: str) -> TaskRecord | None:
        self.reads += 1
        return super().record(local_id)


@pytest.fixture
def library(store_path: Path) -> Any:
    lib = CountingLibrary(store_path)
    yield lib
    lib.close()


@pytest.fixture
def model(qapp: Any, library: CountingLibrary, tmp_path: Path) -> LibraryModel:
    return LibraryModel(library, ThumbnailCache(tmp_path / "thumbs", SyncExecutor()),
                        page_size=1000)


def test_the_model_holds_light_rows_only(model: LibraryModel,
                                         library: CountingLibrary) -> None:
    model.set_query(LibraryQuery())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == model.total == RECORDS
    assert library.reads == 0  # listing read no full record
    rows = [model.clip_at(r) for r in range(model.rowCount())]
    assert all(type(row) is ClipRow for row in rows)
    # Nothing the model refers to (directly or through its containers) is a TaskRecord.
    held = gc.get_referents(*gc.get_referents(model.__dict__))
    assert not any(isinstance(obj, TaskRecord) for obj in held)
    assert len(set(r.local_id for r in rows)) == RECORDS


def test_record_at_reads_the_full_record(model: LibraryModel, library: CountingLibrary,
                                         store_path: Path) -> None:
    model.set_query(LibraryQuery(text="river"))
    direct = ClipLibrary(store_path)
    try:
        for row in (0, 5, model.rowCount() - 1):
            record = model.record_at(row)
            assert record == direct.record(model.clip_at(row).local_id)
            assert record.request.prompt == model.clip_at(row).prompt
            assert model.index(row).data(LibraryModel.RecordRole) == record
        reads = library.reads
        model.record_at(5)
        assert library.reads == reads  # the selection asks again: kept
        for row in range(RECORDS_KEPT + 10):
            model.record_at(row)
        assert len(model._records) == RECORDS_KEPT  # bounded
        wanted = list(range(0, model.rowCount(), 3))
        assert [r.local_id for r in model.records_at(wanted)] == [
            model.clip_at(r).local_id for r in wanted]
        assert model.row_of(model.clip_at(42).local_id) == 42
        assert model.row_of("no such clip") is None
    finally:
        direct.close()


def test_display_and_tooltip_come_from_the_light_row(model: LibraryModel,
                                                     library: CountingLibrary) -> None:
    model.set_query(LibraryQuery())
    index = model.index(3)
    clip = model.clip_at(3)
    assert clip.prompt.startswith(index.data(Qt.ItemDataRole.DisplayRole).rstrip("…"))
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert clip.prompt in tip and Path(clip.file_path).name in tip
    assert f"{clip.quality} · {clip.aspect_ratio} · {clip.duration} s" in tip
    assert library.reads == 0


def test_a_short_first_page_is_not_counted_again(model: LibraryModel,
                                                 library: CountingLibrary) -> None:
    model.set_query(LibraryQuery(text="Shot 9999:"))
    assert model.total == model.rowCount() == 1 and library.counts == 0
    model.set_query(LibraryQuery(text="no clip says this"))
    assert model.total == model.rowCount() == 0 and library.counts == 0
    model.set_query(LibraryQuery())  # a full first page: more may follow, so count
    assert model.total == RECORDS and library.counts == 1
