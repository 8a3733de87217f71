"""The library's clip actions as one set of QActions: for the context menu, the Actions button
and the view's shortcuts, enabled by what is selected."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QListView, QMenu, QWidget

from app.services.clips.clip_actions import ClipActions
from app.services.clips.clip_files import ClipActionError
from app.services.tasks.store_schema import TaskRecord
from app.ui.dialogs.modal import open_modal
from app.ui.labels import QT_TRANSLATE_NOOP
from app.ui.library.dialogs import RenameDialog, confirm_trash
from app.ui.library.model import LibraryModel
from app.ui.library.reveal import reveal
from app.ui.messages import render

MAX_TAKES_SHOWN: Final = 9  # the take grid's tiles (app/ui/takes/grid.py MAX_TILES)


class Needs(Enum):
    ONE = 1  # exactly one clip selected
    TWO = 2  # exactly two
    SOME = 3  # one or more
    IN_SET = 4  # one clip, of a take set
    TAKES = 5  # 2–9 clips, or one of a take set


@dataclass(frozen=True)
class CommandSpec:
    id: str
    text: str
    needs: Needs
    shortcut: QKeySequence.StandardKey | str | None = None
    service: bool = False  # needs the ClipActions service (the store, the disk)
    checkable: bool = False


# In menu order; None is a separator.
SPECS: Final[tuple[CommandSpec | None, ...]] = (
    CommandSpec("play", QT_TRANSLATE_NOOP("ClipCommands", "&Play"), Needs.ONE),
    CommandSpec("reuse", QT_TRANSLATE_NOOP("ClipCommands", "Reuse &settings"), Needs.ONE,
                "Ctrl+Shift+R"),
    CommandSpec("last_frame", QT_TRANSLATE_NOOP("ClipCommands",
                                                "Use &last frame as next first frame"),
                Needs.ONE, "Ctrl+Shift+F", service=True),
    CommandSpec("compare", QT_TRANSLATE_NOOP("ClipCommands", "&Compare two selected clips"),
                Needs.TWO),
    CommandSpec("compare_takes", QT_TRANSLATE_NOOP("ClipCommands", "Compare ta&kes"),
                Needs.TAKES, "Ctrl+Shift+K"),
    CommandSpec("show_set", QT_TRANSLATE_NOOP("ClipCommands", "Show t&his set"), Needs.IN_SET),
    CommandSpec("remake", QT_TRANSLATE_NOOP("ClipCommands", "&Make again at…"), Needs.ONE,
                "Ctrl+Shift+M"),
    None,
    CommandSpec("save_as", QT_TRANSLATE_NOOP("ClipCommands", "Save &as…"), Needs.ONE,
                QKeySequence.StandardKey.SaveAs, service=True),
    CommandSpec("reveal", QT_TRANSLATE_NOOP("ClipCommands", "Show in &file manager"),
                Needs.ONE),
    CommandSpec("copy_path", QT_TRANSLATE_NOOP("ClipCommands", "C&opy path"), Needs.SOME,
                QKeySequence.StandardKey.Copy),
    None,
    CommandSpec("favourite", QT_TRANSLATE_NOOP("ClipCommands", "&Favourite"), Needs.SOME,
                "Ctrl+D", service=True, checkable=True),
    CommandSpec("rename", QT_TRANSLATE_NOOP("ClipCommands", "&Rename…"), Needs.ONE, "F2",
                service=True),
    CommandSpec("trash", QT_TRANSLATE_NOOP("ClipCommands", "Move to &trash…"), Needs.SOME,
                QKeySequence.StandardKey.Delete, service=True),
)


class ClipCommands(QObject):
    """Runs the clip actions on the view's selection; without a ClipActions service the ones
    that change files or the store stay disabled.

    Signals: openClipRequested(Path), reuseRequested(object TaskRecord),
    nextFrameReady(Path png, object TaskRecord), compareRequested(Path, Path),
    compareTakesRequested(list[Path]) — 2–9 clips in the take grid, showSetRequested(str set
    id), remakeRequested(object TaskRecord) — "Make again at…",
    message(str) — a sentence for the status bar, changed(int row) — clips changed in the
    store: refresh, keeping the selection (else selecting near `row`).
    """

    openClipRequested = Signal(Path)
    reuseRequested = Signal(object)
    nextFrameReady = Signal(Path, object)
    compareRequested = Signal(Path, Path)
    compareTakesRequested = Signal(list)
    showSetRequested = Signal(str)
    remakeRequested = Signal(object)
    message = Signal(str)
    changed = Signal(int)

    def __init__(self, view: QListView, model: LibraryModel, service: ClipActions | None,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._view, self._model, self._service, self._window = view, model, service, parent
        self._specs = {spec.id: spec for spec in SPECS if spec is not None}
        self.actions: dict[str, QAction] = {}
        self.menu = QMenu(parent)
        self._export_dir: Path | None = None
        for spec in SPECS:
            if spec is None:
                self.menu.addSeparator()
                continue
            action = QAction(self.tr(spec.text), self)
            action.setObjectName(f"clip-{spec.id}")
            action.setCheckable(spec.checkable)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
                # Only while the clips have focus: Copy and Delete mean other things elsewhere.
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                view.addAction(action)
            self.menu.addAction(action)
            self.actions[spec.id] = action
        self.menu.setAccessibleName(self.tr("Clip actions"))
        for action_id, action in self.actions.items():
            action.triggered.connect(getattr(self, f"_on_{action_id}_triggered"))
        view.selectionModel().selectionChanged.connect(self.update)
        model.modelReset.connect(self.update)
        if service is not None:
            service.exported.connect(self._on_service_exported)
            service.lastFrameReady.connect(self.nextFrameReady)
            service.failed.connect(self._on_service_failed)
        self.update()

    # --- state -----------------------------------------------------------------------------

    def _rows(self) -> list[int]:
        rows = {i.row() for i in self._view.selectionModel().selectedIndexes()}
        return sorted(r for r in rows if r < self._model.rowCount())

    def selected(self) -> list[TaskRecord]:
        """The selected clips in row order (full records: read when an action runs)."""
        rows = self._rows()
        if len(rows) == 1:
            return [self._model.record_at(rows[0])]
        return self._model.records_at(rows)

    def update(self) -> None:
        # On every selection change: the light rows only, no query (a select-all of 10,000).
        clips = [self._model.clip_at(r) for r in self._rows()]
        n = len(clips)
        for action_id, action in self.actions.items():
            spec = self._specs[action_id]
            in_set = n == 1 and clips[0].set_id is not None
            fits = {Needs.ONE: n == 1, Needs.TWO: n == 2, Needs.SOME: n >= 1,
                    Needs.IN_SET: in_set,
                    Needs.TAKES: 2 <= n <= MAX_TAKES_SHOWN or in_set}[spec.needs]
            action.setEnabled(fits and (self._service is not None or not spec.service))
        self.actions["favourite"].setChecked(bool(clips) and all(c.favourite for c in clips))

    def _one(self) -> TaskRecord | None:
        records = self.selected()
        return records[0] if len(records) == 1 else None

    def _first_row(self) -> int:
        rows = [i.row() for i in self._view.selectionModel().selectedIndexes()]
        return min(rows, default=0)

    # --- slots -----------------------------------------------------------------------------

    def _on_play_triggered(self) -> None:
        if rec := self._one():
            self.openClipRequested.emit(Path(str(rec.file_path)))

    def _on_reuse_triggered(self) -> None:
        if rec := self._one():
            self.reuseRequested.emit(rec)

    def _on_last_frame_triggered(self) -> None:
        if (rec := self._one()) and self._service is not None:
            self.message.emit(self.tr("Taking the last frame of %1…").replace(
                "%1", Path(str(rec.file_path)).name))
            self._service.extract_last_frame(rec)

    def _on_compare_triggered(self) -> None:
        records = self.selected()
        if len(records) == 2:
            self.compareRequested.emit(Path(str(records[0].file_path)),
                                       Path(str(records[1].file_path)))

    def _on_compare_takes_triggered(self) -> None:
        rows = self._rows()
        if 2 <= len(rows) <= MAX_TAKES_SHOWN:
            self.compareTakesRequested.emit([Path(self._model.clip_at(r).file_path)
                                             for r in rows])
            return
        set_id = self._model.clip_at(rows[0]).set_id if len(rows) == 1 else None
        if set_id is None:
            return
        clips = self._model.set_clips(set_id)
        if len(clips) < 2:
            self.message.emit(self.tr("Only one take of this set is saved: nothing to compare "
                                      "it with yet."))
            return
        if len(clips) > MAX_TAKES_SHOWN:
            self.message.emit(self.tr("The grid shows the first %1 of the set's %2 clips.")
                              .replace("%1", str(MAX_TAKES_SHOWN)).replace("%2", str(len(clips))))
        self.compareTakesRequested.emit([Path(c.file_path) for c in clips[:MAX_TAKES_SHOWN]])

    def _on_show_set_triggered(self) -> None:
        rows = self._rows()
        set_id = self._model.clip_at(rows[0]).set_id if len(rows) == 1 else None
        if set_id:
            self.showSetRequested.emit(set_id)

    def _on_remake_triggered(self) -> None:
        if rec := self._one():
            self.remakeRequested.emit(rec)

    def _on_save_as_triggered(self) -> None:
        rec = self._one()
        if rec is None or self._service is None:
            return
        folder = self._export_dir or Path(str(rec.file_path)).parent
        dialog = QFileDialog(self._window, self.tr("Save a copy of the clip"),
                             str(folder / self._service.default_name(rec)),
                             self.tr("MP4 video (*.mp4)"))
        dialog.setObjectName("save-clip")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("mp4")
        service = self._service

        def save() -> None:
            if dialog.selectedFiles():
                target = Path(dialog.selectedFiles()[0])
                self._export_dir = target.parent
                service.export(rec, target)

        open_modal(dialog, on_accepted=save)

    def _on_reveal_triggered(self) -> None:
        if (rec := self._one()) and not reveal(Path(str(rec.file_path))):
            self.message.emit(self.tr("No file manager could show the clip's folder."))

    def _on_copy_path_triggered(self) -> None:
        paths = [str(r.file_path) for r in self.selected()]
        if paths:
            QGuiApplication.clipboard().setText("\n".join(paths))
            self.message.emit(self.tr("Copied the path") if len(paths) == 1 else
                              self.tr("Copied %1 paths").replace("%1", str(len(paths))))

    def _on_favourite_triggered(self, checked: bool) -> None:
        if self._service is None:
            return
        service, row = self._service, self._first_row()
        self._each(self.selected(), lambda rec: service.set_favourite(rec, checked))
        self.changed.emit(row)

    def _on_rename_triggered(self) -> None:
        rec, service = self._one(), self._service
        if rec is None or service is None:
            return
        row = self._first_row()
        dialog = RenameDialog(Path(str(rec.file_path)),
                              lambda text: service.check_name(rec, text),
                              lambda text: service.rename(rec, text), self._window)
        dialog.setObjectName("rename-clip")
        open_modal(dialog, on_accepted=lambda: self.changed.emit(row))

    def _on_trash_triggered(self) -> None:
        records, service = self.selected(), self._service
        if not records or service is None:
            return
        row = self._first_row()

        def trash() -> None:
            self._each(records, service.trash)
            self.changed.emit(row)

        confirm_trash(self._window, [Path(str(r.file_path)).name for r in records], trash)

    def _each(self, records: list[TaskRecord], act: Callable[[TaskRecord], object]) -> None:
        """Run `act` on every record; the first failure is reported, the rest still run."""
        failures: list[ClipActionError] = []
        for rec in records:
            try:
                act(rec)
            except ClipActionError as exc:
                failures.append(exc)
        if failures:
            self.message.emit(render(failures[0].message))

    def _on_service_exported(self, path: Path) -> None:
        self.message.emit(self.tr("Saved a copy as %1").replace("%1", str(path)))

    def _on_service_failed(self, error: ClipActionError) -> None:
        self.message.emit(render(error.message))
