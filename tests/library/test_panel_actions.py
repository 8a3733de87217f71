"""The library panel's clip actions on real files: menu state, shortcuts, dialogs, drag out."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from app.core.catalog import ALL_IDS, ClipMsg
from app.services.clips.clip_actions import ClipActions
from app.services.clips.clip_files import ClipActionError
from app.services.clips.library import ClipLibrary
from app.services.clips.sidecar import read_sidecar, sidecar_path
from app.services.clips.thumbnails import ThumbnailCache
from app.services.media.media_worker import SyncExecutor
from app.services.tasks.store import TaskStore
from app.services.tasks.store_schema import TaskRecord
from app.ui.library.dialogs import RenameDialog
from app.ui.library.model import LibraryModel
from app.ui.library.panel import LibraryPanel
from app.ui.messages import render
from tests.library.clip_helpers import BLUE, close_to, saved_clip, store, trash_home

__all__ = ["store", "trash_home"]  # fixtures
CLIPS = 4
ONE = ("play", "reuse", "last_frame", "save_as", "reveal", "rename", "remake")
SOME = ("copy_path", "favourite", "trash")
CHANGING = ("last_frame", "save_as", "favourite", "rename", "trash")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def records(store: TaskStore, tmp_path: Path) -> list[TaskRecord]:
    """Newest first, as the panel lists them."""
    made = [saved_clip(store.path, tmp_path / "clips", i) for i in range(CLIPS)]
    return made[::-1]


@pytest.fixture
def library(store: TaskStore) -> Any:
    lib = ClipLibrary(store.path)
    yield lib
    lib.close()


def make_panel(qtbot: Any, library: ClipLibrary, tmp_path: Path,
               actions: ClipActions | None, clock: Callable[[], float] | None = None,
               ) -> LibraryPanel:
    thumbs = ThumbnailCache(tmp_path / "thumbs", SyncExecutor())
    extra: dict[str, Any] = {"clock": clock} if clock else {}
    panel = LibraryPanel(library, thumbs, actions=actions, **extra)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    return panel


@pytest.fixture
def actions(qapp: Any, store: TaskStore, tmp_path: Path) -> ClipActions:
    return ClipActions(store, drafts=tmp_path / "drafts", executor=SyncExecutor())


@pytest.fixture
def panel(qtbot: Any, library: ClipLibrary, tmp_path: Path, actions: ClipActions,
          records: list[TaskRecord]) -> LibraryPanel:
    return make_panel(qtbot, library, tmp_path, actions)


def select(panel: LibraryPanel, *rows: int) -> None:
    panel.view.clearSelection()
    for row in rows:
        panel.view.selectionModel().select(panel.model.index(row),
                                           panel.view.selectionModel().SelectionFlag.Select)
    if rows:
        panel.view.selectionModel().setCurrentIndex(
            panel.model.index(rows[0]), panel.view.selectionModel().SelectionFlag.NoUpdate)


def enabled(panel: LibraryPanel) -> set[str]:
    return {key for key, action in panel.commands.actions.items() if action.isEnabled()}


def answer_modal(kind: type[QWidget], act: Callable[[Any], None]) -> QWidget:
    """Act on the modal dialog of `kind` that the last step opened: dialogs open with `open()`,
    no nested event loop, so it is there as soon as the step returns."""
    widget = QApplication.activeModalWidget()
    assert isinstance(widget, kind) and widget.isVisible(), widget
    act(widget)
    return widget


def test_menu_actions_follow_the_selection(panel: LibraryPanel, qtbot: Any,
                                           library: ClipLibrary, tmp_path: Path) -> None:
    assert panel.model.rowCount() == CLIPS
    assert enabled(panel) == set()
    select(panel, 1)
    assert enabled(panel) == set(ONE) | set(SOME)
    select(panel, 0, 2)
    assert enabled(panel) == {"compare", "compare_takes", *SOME}
    select(panel, 0, 1, 2)
    assert enabled(panel) == {"compare_takes", *SOME}
    # The Actions button and the context menu hold the same actions.
    assert panel.actions_button.menu() is panel.commands.menu
    texts = [a.text() for a in panel.commands.menu.actions() if not a.isSeparator()]
    assert len(texts) == len(panel.commands.actions) and "&Rename…" in texts
    panel.show()
    qtbot.waitExposed(panel)
    rect = panel.view.visualRect(panel.model.index(3))
    panel.view.customContextMenuRequested.emit(rect.center())
    assert panel.commands.menu.isVisible()
    assert [i.row() for i in panel.view.selectionModel().selectedIndexes()] == [3]
    panel.commands.menu.close()
    # Without the service only what needs no store or file change is offered.
    bare = make_panel(qtbot, library, tmp_path, None)
    select(bare, 1)
    assert enabled(bare) == (set(ONE) | set(SOME)) - set(CHANGING)


def test_play_reuse_compare_copy_and_last_frame(panel: LibraryPanel, qtbot: Any,
                                                records: list[TaskRecord],
                                                tmp_path: Path) -> None:
    paths = [Path(str(r.file_path)) for r in records]
    select(panel, 2)
    a = panel.commands.actions
    with qtbot.waitSignal(panel.openClipRequested) as played:
        a["play"].trigger()
    assert played.args == [paths[2]]
    with qtbot.waitSignal(panel.reuseRequested) as reused:
        a["reuse"].trigger()
    assert reused.args[0].local_id == records[2].local_id
    with qtbot.waitSignal(panel.nextFrameReady) as framed:
        a["last_frame"].trigger()
    png, rec = framed.args
    assert rec.local_id == records[2].local_id and png.parent == tmp_path / "drafts"
    image = QImage(str(png))
    colour = image.pixelColor(image.width() // 2, image.height() // 2)
    assert close_to((colour.red(), colour.green(), colour.blue()), BLUE)
    select(panel, 3, 1)
    with qtbot.waitSignal(panel.compareRequested) as compared:
        a["compare"].trigger()
    assert compared.args == [paths[1], paths[3]]
    panel.show()
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    with qtbot.waitSignal(panel.message):
        qtbot.keyClick(panel.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == f"{paths[1]}\n{paths[3]}"


def test_favourite_toggles_paints_a_star_and_filters(panel: LibraryPanel, qtbot: Any,
                                                     store: TaskStore,
                                                     records: list[TaskRecord]) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    select(panel, 1)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    qtbot.keyClick(panel.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert store.get(records[1].local_id).favourite  # type: ignore[union-attr]
    assert panel.model.index(1).data(LibraryModel.FavouriteRole) is True
    assert [i.row() for i in panel.view.selectionModel().selectedIndexes()] == [1]
    assert panel.commands.actions["favourite"].isChecked()
    # The star is painted on the favourite's tile only, in the grid and in the list.
    for grid in (True, False):
        panel.set_grid(grid)
        panel.view.clearSelection()  # the selection highlight would tint the star
        shot = panel.view.viewport().grab().toImage()
        delegate = panel.view.itemDelegate()
        for row, starred in ((1, True), (2, False)):
            star = delegate.star_rect(panel.view.visualRect(panel.model.index(row)))
            pixels = [shot.pixelColor(x, y) for x in range(star.left(), star.right())
                      for y in range(star.top(), star.bottom())]
            gold = [c for c in pixels if c.red() > 200 and c.green() > 150 and c.blue() < 90]
            assert bool(gold) is starred, (grid, row)
    panel.favourites_button.click()
    assert panel.model.total == 1
    assert panel.model.record_at(0).local_id == records[1].local_id
    select(panel, 0)
    panel.commands.actions["favourite"].trigger()  # unstar
    assert not store.get(records[1].local_id).favourite  # type: ignore[union-attr]
    assert panel.model.total == 0
    panel.favourites_button.click()
    assert panel.model.total == CLIPS


def test_date_filter_uses_the_injected_clock(qtbot: Any, library: ClipLibrary, tmp_path: Path,
                                             actions: ClipActions,
                                             records: list[TaskRecord]) -> None:
    newest = records[0].created_at  # the records were made a second apart
    now = {"t": newest + 60}
    panel = make_panel(qtbot, library, tmp_path, actions, clock=lambda: now["t"])
    panel.date_combo.setCurrentIndex(panel.date_combo.findText("Today"))
    midnight = datetime.fromtimestamp(now["t"]).replace(hour=0, minute=0, second=0)
    expected = sum(1 for r in records if r.created_at >= midnight.timestamp())
    assert panel.model.total == expected > 0
    now["t"] = newest + 40 * 86400  # forty days later, the same clips are older than a month
    panel.refresh()  # the day moved on: "Today" is another day now
    assert panel.model.total == 0
    for text in ("Last 7 days", "Last 30 days"):
        panel.date_combo.setCurrentIndex(panel.date_combo.findText(text))
        assert panel.model.total == 0, text
    now["t"] = newest + 20 * 86400
    panel.refresh()
    assert panel.model.total == CLIPS
    panel.date_combo.setCurrentIndex(panel.date_combo.findText("Any time"))
    assert panel.model.total == CLIPS
    assert panel.date_combo.accessibleName() == "Date"


def test_rename_with_f2_shows_the_problem_on_the_field(panel: LibraryPanel, qtbot: Any,
                                                       store: TaskStore,
                                                       records: list[TaskRecord]) -> None:
    clip, other = Path(str(records[1].file_path)), Path(str(records[2].file_path))
    problems: list[str] = []

    def fill(dialog: RenameDialog) -> None:
        qtbot.keyClicks(dialog.name, "x")  # typing checks as it goes
        dialog.name.setText(other.stem)
        dialog._on_buttons_accepted()  # OK with a taken name: refused, the dialog stays
        problems.append(dialog.error.text())
        assert dialog.isVisible()
        dialog.name.setText("a/b")
        dialog.name.textEdited.emit("a/b")
        problems.append(dialog.error.text())
        assert not dialog.ok_button().isEnabled()
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "the keeper")
        assert dialog.ok_button().isEnabled() and not dialog.error.isVisible()
        dialog.ok_button().click()

    panel.show()
    qtbot.waitExposed(panel)
    select(panel, 1)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    seen = answer_modal(RenameDialog, fill)
    assert isinstance(seen, RenameDialog) and seen.name_label.buddy() is seen.name
    assert problems[0] == f"“{other.name}” already exists in {clip.parent}: choose another name."
    assert "cannot contain /" in problems[1]
    renamed = clip.with_name("the keeper.mp4")
    assert renamed.exists() and not clip.exists()
    assert read_sidecar(renamed)["clip"]["file"] == renamed.name  # type: ignore[index]
    assert store.get(records[1].local_id).file_path == str(renamed)  # type: ignore[union-attr]
    selected = panel.view.selectionModel().selectedIndexes()
    assert [i.data(LibraryModel.PathRole) for i in selected] == [renamed]
    # The name is the clip's title: on its tile, and found by a search for it.
    assert selected[0].data(Qt.ItemDataRole.DisplayRole) == "the keeper"
    assert "keeper" not in records[1].request.prompt
    panel.search.setText("KEEPER")
    panel.apply_query()
    assert panel.model.rowCount() == 1
    assert panel.model.index(0).data(LibraryModel.PathRole) == renamed


def test_delete_asks_first_then_trashes(panel: LibraryPanel, qtbot: Any, store: TaskStore,
                                        records: list[TaskRecord], trash_home: Path) -> None:
    clip = Path(str(records[1].file_path))
    content = sha(clip)
    panel.show()
    qtbot.waitExposed(panel)
    select(panel, 1)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    asked: list[str] = []

    def cancel(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    answer_modal(QMessageBox, cancel)
    assert asked and clip.name in asked[0]
    assert clip.exists() and panel.model.total == CLIPS

    def accept(box: QMessageBox) -> None:
        [yes] = [b for b in box.buttons()
                 if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole]
        yes.click()

    panel.activateWindow()  # back from the dialog
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    answer_modal(QMessageBox, accept)
    assert not clip.exists() and not sidecar_path(clip).exists()
    assert sha(trash_home / "files" / clip.name) == content
    assert (trash_home / "files" / sidecar_path(clip).name).exists()
    assert panel.model.total == CLIPS - 1
    assert store.get(records[1].local_id).trashed_at is not None  # type: ignore[union-attr]
    # The clip after the trashed one is selected, ready for the next key press.
    selected = panel.view.selectionModel().selectedIndexes()
    assert [i.data(LibraryModel.RecordRole).local_id for i in selected] == [records[2].local_id]


def test_save_as_through_the_file_dialog(panel: LibraryPanel, qtbot: Any, tmp_path: Path,
                                         records: list[TaskRecord]) -> None:
    clip = Path(str(records[0].file_path))
    target = tmp_path / "exports" / "chosen.mp4"
    target.parent.mkdir()
    suggested: list[str] = []

    def choose(dialog: QFileDialog) -> None:
        suggested.append(dialog.selectedFiles()[0])
        dialog.selectFile(str(target))
        dialog.accept()

    select(panel, 0)
    with qtbot.waitSignal(panel.message) as said:
        panel.commands.actions["save_as"].trigger()
        answer_modal(QFileDialog, choose)
    assert Path(suggested[0]).name.endswith(f"{records[0].task_id[-8:]}.mp4")  # type: ignore[index]
    assert sha(target) == sha(clip) and str(target) in said.args[0]
    assert read_sidecar(target)["clip"]["file"] == "chosen.mp4"  # type: ignore[index]


def test_clips_drag_out_as_file_urls(panel: LibraryPanel, records: list[TaskRecord]) -> None:
    model = panel.model
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.supportedDragActions() == Qt.DropAction.CopyAction
    for grid in (False, True):
        panel.set_grid(grid)
        assert panel.view.dragEnabled() and not panel.view.acceptDrops()
    mime = model.mimeData([model.index(2), model.index(0), model.index(2)])
    assert [u.toLocalFile() for u in mime.urls()] == [str(records[0].file_path),
                                                     str(records[2].file_path)]
    assert all(u.isLocalFile() for u in mime.urls()) and mime.hasUrls()
    assert "text/uri-list" in model.mimeTypes()


def test_failures_reach_the_status_bar(panel: LibraryPanel, qtbot: Any,
                                       records: list[TaskRecord]) -> None:
    clip = Path(str(records[0].file_path))
    clip.unlink()
    select(panel, 0)
    said: list[str] = []
    panel.message.connect(said.append)
    panel.commands.actions["last_frame"].trigger()
    assert said[-1] == (f"“{clip.name}” is no longer in {clip.parent}: it was moved or "
                        f"deleted outside the studio.")
    panel.commands.actions["rename"].setEnabled(True)
    with qtbot.assertNotEmitted(panel.nextFrameReady):
        panel.commands.actions["last_frame"].trigger()


def test_every_clip_message_renders_its_english_with_no_translator() -> None:
    params = {"name": "a.mp4", "folder": "/clips", "chars": "?", "limit": 180,
              "path": "/x/b.mp4", "reason": "Permission denied"}
    ids = [id for id in ALL_IDS if id.name.startswith("CLIP_")]
    assert len(ids) == 21
    for id in ids:
        error = ClipActionError(id, **params)
        assert render(error.message) == str(error) == error.message, id
        assert "{" not in str(error), id
    assert str(ClipActionError(ClipMsg.CLIP_NAME_EMPTY)) == "Type a name for the clip."


def test_constructor_stays_compatible(qtbot: Any, library: ClipLibrary, tmp_path: Path) -> None:
    panel = LibraryPanel(library, ThumbnailCache(tmp_path / "t", SyncExecutor()), None)
    qtbot.addWidget(panel)
    assert panel.view.selectionMode() is panel.view.SelectionMode.ExtendedSelection


def test_trash_confirmation_names_the_clips(qapp: Any) -> None:
    from app.ui.library.dialogs import NAMES_LISTED, TrashConfirmation

    one = TrashConfirmation(["dusk.mp4"])
    assert "“dusk.mp4”" in one.text()
    assert one.defaultButton() is one.button(QMessageBox.StandardButton.Cancel)
    names = [f"clip {i}.mp4" for i in range(NAMES_LISTED + 2)]
    many = TrashConfirmation(names)
    assert f"these {len(names)} clips" in many.text()
    assert all(name in many.text() for name in names[:NAMES_LISTED])
    assert names[-1] not in many.text() and "and 2 more" in many.text()
