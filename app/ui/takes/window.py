"""The take grid in a window of its own; rejecting asks once (hide from the grid, or move to
the trash) and the studio does the moving."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from app.services.clips.playback import Player
from app.services.clips.sidecar import read_sidecar
from app.ui.takes.grid import ReadDetails, TakeGrid


class TakeGridWindow(QDialog):
    """Not modal: the studio stays usable.

    Signals: picked(object Path), trashRequested(list[Path]), openRequested(object Path) —
    forwarded for the studio, which owns the library and the player."""

    picked = Signal(object)
    trashRequested = Signal(list)
    openRequested = Signal(object)

    def __init__(self, players: Sequence[Player], parent: QWidget | None = None, *,
                 read_details: ReadDetails = read_sidecar) -> None:
        super().__init__(parent)
        self.grid = TakeGrid(players, self, read_details=read_details)
        self.question: QMessageBox | None = None
        self._setup_ui()
        self.grid.picked.connect(self.picked)
        self.grid.openRequested.connect(self.openRequested)
        self.grid.rejectRequested.connect(self._on_grid_reject_requested)

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Compare takes"))
        self.setModal(False)
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)
        self.resize(1200, 800)

    def open_clips(self, paths: Sequence[Path]) -> None:
        self.setWindowTitle(self.tr("Compare %n takes", "", len(paths)))
        self.grid.open_clips(paths)
        self.grid.setFocus()

    def _on_grid_reject_requested(self, paths: list[Path]) -> None:
        """Asked once for all of them: off the grid only, or into the trash too."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Reject the other takes"),
                          self.tr("Reject the %n other take(s)?", "", len(paths)),
                          QMessageBox.StandardButton.Cancel, self)
        trash = box.addButton(self.tr("Move to &trash"), QMessageBox.ButtonRole.DestructiveRole)
        hide = box.addButton(self.tr("&Hide from the grid"), QMessageBox.ButtonRole.AcceptRole)
        trash.setAccessibleName(self.tr("Move to trash"))
        hide.setAccessibleName(self.tr("Hide from the grid"))
        box.setInformativeText(self.tr("Clips moved to the trash can be restored from the "
                                       "system trash."))
        box.setDefaultButton(hide)

        def on_finished(_result: int) -> None:
            clicked = box.clickedButton()
            if clicked in (trash, hide):
                self.grid.hide_clips(paths)
            if clicked is trash:
                self.trashRequested.emit(paths)
            self.question = None
            box.deleteLater()

        box.finished.connect(on_finished)
        self.question = box
        box.open()

    def done(self, result: int) -> None:
        self.grid.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.grid.shutdown()
        super().closeEvent(event)


def open_take_grid(paths: Sequence[Path], parent: QWidget | None = None) -> TakeGridWindow:
    """`paths` (2–9 clips) in a new grid window, deleted when it is closed."""
    players = [Player() for _ in paths]
    window = TakeGridWindow(players, parent)
    for player in players:
        player.setParent(window)  # the players live and die with their window
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.open_clips(paths)
    window.show()
    return window
