"""Empty views say what is missing and what to do, with the one button that does it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services.clips.library import ClipLibrary
from app.services.clips.thumbnails import ThumbnailCache
from app.services.media.media_worker import SyncExecutor
from app.services.tasks.store import TaskStore
from app.ui.library.panel import LibraryPanel


def _panel(qtbot: Any, library: ClipLibrary, tmp_path: Path) -> LibraryPanel:
    widget = LibraryPanel(library, ThumbnailCache(tmp_path / "thumbs", SyncExecutor()))
    qtbot.addWidget(widget)
    widget.resize(600, 600)
    widget.show()
    return widget


def test_an_empty_library_says_how_clips_get_there(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "studio.sqlite3"
    TaskStore(path).close()
    library = ClipLibrary(path)
    try:
        panel = _panel(qtbot, library, tmp_path)
        assert panel.pages.currentWidget() is panel.empty
        assert panel.empty.title.text() == "No clips yet"
        assert "Generate (Ctrl+Enter)" in panel.empty.text.text()
        assert not panel.empty.button.isVisibleTo(panel)  # nothing to clear
    finally:
        library.close()


def test_a_search_without_a_match_says_so_and_clears_in_one_click(
        qtbot: Any, store_path: Path, tmp_path: Path) -> None:
    library = ClipLibrary(store_path)
    try:
        panel = _panel(qtbot, library, tmp_path)
        assert panel.pages.currentWidget() is panel.view and panel.model.total > 0
        panel.favourites_button.setChecked(True)
        panel.search.setText("zzz-no-such-words")
        panel.apply_query()
        assert panel.pages.currentWidget() is panel.empty
        assert panel.empty.title.text() == "No clip matches"
        assert "“zzz-no-such-words”" in panel.empty.text.text()
        button = panel.empty.button
        assert button.isVisibleTo(panel) and button.accessibleName() == "Clear search and filters"
        button.click()
        assert panel.search.text() == "" and not panel.favourites_button.isChecked()
        assert panel.pages.currentWidget() is panel.view and panel.model.total > 0
        assert panel.count_label.accessibleName() == ""  # a reader hears the count itself
    finally:
        library.close()


def test_words_that_look_like_markup_show_as_typed(qtbot: Any) -> None:
    """A search for "<b>fox</b>" is quoted as typed, never drawn as bold "fox"."""
    from PySide6.QtCore import Qt

    from app.ui.empty_state import EmptyState

    empty = EmptyState()
    qtbot.addWidget(empty)
    empty.show_state("No clip matches", "No saved clip has “<b>fox</b>” in its name.")
    empty.show()
    assert empty.text.textFormat() == Qt.TextFormat.PlainText
    assert empty.title.textFormat() == Qt.TextFormat.PlainText
    assert "<b>fox</b>" in empty.text.text()
