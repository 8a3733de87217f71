"""The strip of shots: a list that reorders by drag and by keys, and takes dropped files."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget

SHOT_ID_ROLE: Final = Qt.ItemDataRole.UserRole + 1
ICON_SIZE: Final = QSize(112, 63)
# Keys that move the selected shot by one place (both pairs: a vertical strip and the issue's).
MOVE_KEYS: Final = {
    (Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier): -1,
    (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier): 1,
    (Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier): -1,
    (Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier): 1,
}


class ShotStrip(QListWidget):
    """Rows are shots (the shot id in SHOT_ID_ROLE); the panel rebuilds them from the sequence,
    so a drag only asks for the move and never moves a row itself.

    Signals: moveRequested(str shot_id, int to_row); filesDropped(list[Path], int row);
    removeRequested(); duplicateRequested().
    """

    moveRequested = Signal(str, int)
    filesDropped = Signal(list, int)
    removeRequested = Signal()
    duplicateRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIconSize(ICON_SIZE)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setAcceptDrops(True)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def selected_id(self) -> str | None:
        item = self.currentItem()
        return str(item.data(SHOT_ID_ROLE)) if item is not None else None

    def _drop_row(self, event: QDropEvent | QDragMoveEvent) -> int:
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() > rect.center().y() else 0)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.source() is self:
            super().dragEnterEvent(event)
        elif event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.source() is self:
            super().dragMoveEvent(event)
        elif event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        row = self._drop_row(event)
        if event.source() is self:
            shot_id = self.selected_id()
            current = self.currentRow()
            if shot_id is not None:
                # Dropped below itself: the row it leaves no longer counts.
                self.moveRequested.emit(shot_id, row - 1 if row > current else row)
            event.setDropAction(Qt.DropAction.IgnoreAction)  # the panel rebuilds the rows
            event.accept()
            return
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.filesDropped.emit(paths, row)
            event.acceptProposedAction()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        step = MOVE_KEYS.get((Qt.Key(event.key()), modifiers))
        shot_id = self.selected_id()
        if step is not None and shot_id is not None:
            self.moveRequested.emit(shot_id, max(0, self.currentRow() + step))
            event.accept()
            return
        if (event.key() == Qt.Key.Key_D
                and modifiers == Qt.KeyboardModifier.ControlModifier):
            self.duplicateRequested.emit()
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self.removeRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
