"""The viewer's clip actions: what the buttons under the clip on show do (issue 19 item 2).

The same work as the gallery's menu (app/ui/library/commands.py), on the viewer's clip rather
than the gallery's selection; reuse, the next shot and compare go through the ClipFlow.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app.services.clips.clip_actions import ClipActions
from app.services.clips.clip_files import ClipActionError
from app.services.tasks.store import TaskStore
from app.services.tasks.store_schema import TaskRecord
from app.ui.actions import VIEWER_SPECS, ActionId, Actions
from app.ui.library.dialogs import RenameDialog, confirm_trash
from app.ui.library.reveal import reveal
from app.ui.messages import render
from app.ui.player.panel import PlayerPanel


class ViewerClip(QObject):
    """Follows the clip on show (its library record, the one viewed before it) and runs the
    registry's viewer actions on it; an action that does not apply is disabled.

    Signals: reuseRequested(object TaskRecord), compareRequested(Path, Path),
    message(str) — a sentence for the status bar, changed() — the library changed (a rename,
    the trash): the gallery refreshes.
    """

    reuseRequested = Signal(object)
    compareRequested = Signal(Path, Path)
    message = Signal(str)
    changed = Signal()

    def __init__(self, *, actions: Actions, panel: PlayerPanel, store: TaskStore,
                 service: ClipActions, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions, self._panel, self._store = actions, panel, store
        self._service, self._window = service, window
        self.record: TaskRecord | None = None
        self.previous: Path | None = None  # the clip viewed before this one (compare)
        self._shown: Path | None = None
        # The player's mediaLoaded and errorOccurred come through the studio (`update`): the
        # player is the session's and outlives this window.
        for spec in VIEWER_SPECS:
            actions[spec.id].triggered.connect(getattr(self, f"_on_{spec.id}"))
        self.update()

    def update(self, *_args: object) -> None:
        """Look up the clip on show and enable what applies to it."""
        path = self._panel.player.path
        if path != self._shown:
            if self._shown is not None and path is not None:
                self.previous = self._shown
            self._shown = path
        try:
            self.record = self._store.saved_at(path) if path is not None else None
        except Exception:  # the library's store unreadable: the buttons stay off
            self.record = None
        known = self.record is not None
        for spec in VIEWER_SPECS:
            self._actions[spec.id].setEnabled(known)
        self._actions[ActionId.CLIP_REVEAL].setEnabled(path is not None and path.is_file())
        self._actions[ActionId.CLIP_COMPARE].setEnabled(
            path is not None and self.previous is not None and self.previous.is_file())

    # -- slots ------------------------------------------------------------------------------

    def _on_clip_reuse(self) -> None:
        if self.record is not None:
            self.reuseRequested.emit(self.record)

    def _on_clip_next_shot(self) -> None:
        if self.record is not None:  # the library's commands take the frame on to the flow
            self.message.emit(self.tr("Taking the last frame of %1…").replace(
                "%1", Path(str(self.record.file_path)).name))
            self._service.extract_last_frame(self.record)

    def _on_clip_compare(self) -> None:
        path = self._panel.player.path
        if path is not None and self.previous is not None:
            self.compareRequested.emit(self.previous, path)

    def _on_clip_reveal(self) -> None:
        path = self._panel.player.path
        if path is not None and not reveal(path):
            self.message.emit(self.tr("No file manager could show the clip's folder."))

    def _on_clip_rename(self) -> None:
        rec, service = self.record, self._service
        if rec is None:
            return
        renamed: list[TaskRecord] = []

        def rename(text: str) -> object:
            renamed.append(service.rename(rec, text))
            return renamed[-1]

        dialog = RenameDialog(Path(str(rec.file_path)), lambda text: service.check_name(rec, text),
                              rename, self._window)
        dialog.setObjectName("rename-viewer-clip")
        if dialog.exec() != QDialog.DialogCode.Accepted or not renamed:
            return
        playing = self._panel.player.is_playing()
        self._panel.open_clip(Path(str(renamed[-1].file_path)), play=playing)
        self.changed.emit()

    def _on_clip_trash(self) -> None:
        rec = self.record
        if rec is not None:
            confirm_trash(self._window, [Path(str(rec.file_path)).name],
                          lambda: self._trash(rec))

    def _trash(self, rec: TaskRecord) -> None:
        try:
            self._service.trash(rec)
        except ClipActionError as exc:
            self.message.emit(render(exc.message))
            return
        self._panel.close_clip()
        self._shown = None
        self.update()
        self.changed.emit()
