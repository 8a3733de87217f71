"""The library model and panel over 10,000 saved clips: lazy pages, lazy thumbnails, opening."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt
from PySide6.QtWidgets import QApplication, QListView

from app.core.capabilities import Mode
from app.services.clips.library import PAGE_SIZE, ClipLibrary, LibraryQuery
from app.services.clips.thumbnails import ThumbnailCache
from app.services.media.media_worker import SyncExecutor
from app.ui.library.model import LibraryModel
from app.ui.library.panel import LIST_ICON, LibraryPanel
from tests.library.conftest import REAL_CLIPS, RECORDS


class RecordingThumbnails(ThumbnailCache):
    """The real cache, noting which clips were asked for."""

    def __init__(self, root: Path) -> None:
        super().__init__(root, SyncExecutor())
        self.asked: list[Path] = []

    def request(self, clip: Path, size: QSize | None = None) -> Any:
        self.asked.append(clip)
        return super().request(clip, size)


@pytest.fixture
def library(store_path: Path) -> Any:
    lib = ClipLibrary(store_path)
    yield lib
    lib.close()


@pytest.fixture
def thumbs(tmp_path: Path) -> RecordingThumbnails:
    return RecordingThumbnails(tmp_path / "thumbs")


@pytest.fixture
def panel(qtbot: Any, library: ClipLibrary, thumbs: RecordingThumbnails) -> LibraryPanel:
    widget = LibraryPanel(library, thumbs)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    return widget


def test_model_opens_with_the_first_page_only(qapp: Any, library: ClipLibrary,
                                              thumbs: RecordingThumbnails) -> None:
    model = LibraryModel(library, thumbs)
    model.set_query(LibraryQuery())
    assert model.rowCount() == PAGE_SIZE and model.total == RECORDS
    assert model.canFetchMore(QModelIndex())
    assert thumbs.asked == []  # nothing painted, nothing decoded
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    assert model.rowCount(model.index(0)) == 0
    first = model.index(0)
    assert first.data(LibraryModel.PathRole).name == f"clip-{RECORDS - 1:05d}.mp4"
    assert "Shot 9999" in first.data(Qt.ItemDataRole.DisplayRole)
    assert "720p" in first.data(Qt.ItemDataRole.ToolTipRole) or "480p" in first.data(
        Qt.ItemDataRole.ToolTipRole)


def test_scrolling_fetches_pages(qtbot: Any, panel: LibraryPanel) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.model.rowCount() == PAGE_SIZE
    panel.view.scrollToBottom()
    qtbot.waitUntil(lambda: panel.model.rowCount() > PAGE_SIZE)
    assert panel.model.rowCount() < RECORDS


def test_thumbnails_arrive_for_visible_rows_only(qtbot: Any, panel: LibraryPanel,
                                                 thumbs: RecordingThumbnails) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: len(thumbs.asked) > 0)
    asked = set(thumbs.asked)
    visible = {panel.model.index(r).data(LibraryModel.PathRole)
               for r in range(panel.model.rowCount())
               if panel.view.viewport().rect().intersects(
                   panel.view.visualRect(panel.model.index(r)))}
    assert asked == visible  # only the painted rows, and every one of them
    assert 0 < len(asked) <= REAL_CLIPS  # the newest rows fill the first screen
    size = panel.model.thumbnail_size()
    ratio = panel.view.devicePixelRatioF()
    assert size == QSize(round(panel.view.iconSize().width() * ratio),
                         round(panel.view.iconSize().height() * ratio))
    for path in asked:  # made at the tile's size in device pixels, off the UI thread
        image = thumbs.cached(path, size)
        assert image is not None, path.name
        assert image.size() == QSize(320, 180).scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
    first = panel.model.index(0)
    icon = first.data(Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()
    # The icon holds that one image: the paint draws it as it is, never scales it.
    assert icon.availableSizes() == [thumbs.cached(first.data(LibraryModel.PathRole),
                                                   size).size()]
    pixmap = icon.pixmap(panel.view.iconSize())
    middle = pixmap.toImage().pixelColor(pixmap.width() // 2, pixmap.height() // 2)
    assert middle.name() != "#3a3a3a"  # the clip's colour, not the placeholder


def test_search_and_filters_narrow_the_rows(qtbot: Any, panel: LibraryPanel) -> None:
    panel.search.setText("shot 42:")
    qtbot.waitUntil(lambda: panel.model.total == 1)
    assert panel.model.rowCount() == 1
    assert "1" in panel.count_label.text()
    panel.search.clear()
    panel.apply_query()
    assert panel.model.total == RECORDS
    panel.mode_combo.setCurrentIndex(panel.mode_combo.findData(Mode.REFERENCE.value))
    panel.quality_combo.setCurrentIndex(panel.quality_combo.findData("480p"))
    narrowed = panel.model.total
    assert 0 < narrowed < RECORDS // 3
    for row in range(panel.model.rowCount()):
        rec = panel.model.record_at(row)
        assert rec.request.quality == "480p" and "reference" in rec.request.model
    panel.sort_combo.setCurrentIndex(1)
    assert panel.model.total == narrowed
    times = [panel.model.record_at(r).created_at for r in range(panel.model.rowCount())]
    assert times == sorted(times)


def test_grid_and_list(panel: LibraryPanel) -> None:
    assert panel.is_grid() and panel.grid_button.isChecked()
    panel.list_button.click()
    assert not panel.is_grid()
    assert panel.view.viewMode() is QListView.ViewMode.ListMode
    panel.grid_button.click()
    assert panel.is_grid()
    assert panel.grid_button.accessibleName() == panel.grid_button.text()


def test_double_click_and_enter_open_the_clip(qtbot: Any, panel: LibraryPanel) -> None:
    panel.list_button.click()
    panel.show()
    qtbot.waitExposed(panel)
    index = panel.model.index(2)
    rect = panel.view.visualRect(index)
    expected = index.data(LibraryModel.PathRole)
    with qtbot.waitSignal(panel.openClipRequested) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert blocker.args == [expected]
    panel.view.setCurrentIndex(panel.model.index(5))
    panel.view.setFocus()
    with qtbot.waitSignal(panel.openClipRequested) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert blocker.args == [panel.model.index(5).data(LibraryModel.PathRole)]


def test_a_tile_size_change_makes_thumbnails_at_the_new_size(
        qtbot: Any, panel: LibraryPanel, thumbs: RecordingThumbnails) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    first = panel.model.index(0)
    path = first.data(LibraryModel.PathRole)
    qtbot.waitUntil(lambda: thumbs.cached(path, panel.model.thumbnail_size()) is not None)
    before = panel.model.thumbnail_size()
    assert before is not None
    panel.zoom.slider.setValue(panel.zoom.width() + 80)  # as Ctrl+wheel does
    after = panel.model.thumbnail_size()
    assert after is not None and after.width() > before.width()
    qtbot.waitUntil(lambda: thumbs.cached(path, after) is not None)  # repainted, made again
    icon = first.data(Qt.ItemDataRole.DecorationRole)
    assert icon.availableSizes() == [thumbs.cached(path, after).size()]
    assert thumbs.cached(path, after).width() > thumbs.cached(path, before).width()
    panel.list_button.click()  # the list's small icons: their own size
    assert panel.model.thumbnail_size() == LIST_ICON * panel.view.devicePixelRatioF()
    with qtbot.waitSignal(panel.zoom.widthChanged):  # moved to another screen: sizes again
        QApplication.sendEvent(panel.view.viewport(),
                               QEvent(QEvent.Type.DevicePixelRatioChange))
