"""The strip of shots: a list that reorders by drag and by keys, and takes dropped files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Final

from PySide6.QtCore import QByteArray, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

SHOT_ID_ROLE: Final = Qt.ItemDataRole.UserRole + 1
ICON_SIZE: Final = QSize(112, 63)
MIN_ICON_WIDTH: Final = 64
SHOT_MIME: Final = "application/x-seedance-shot-id"  # a dragged row's shot id (UTF-8)
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        # In a narrow dock the picture gives way to the text (a name, its times, its link).
        width = max(MIN_ICON_WIDTH, min(ICON_SIZE.width(), int(self.viewport().width() * 0.4)))
        self.setIconSize(QSize(width, width * 9 // 16))
        super().resizeEvent(event)

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

    def _row_of(self, shot_id: str) -> int | None:
        return next((row for row in range(self.count())
                     if self.item(row).data(SHOT_ID_ROLE) == shot_id), None)

    def mimeTypes(self) -> list[str]:
        return [*super().mimeTypes(), SHOT_MIME, "text/uri-list"]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        """What a drag carries: the rows as Qt's list does, and the first row's shot id."""
        data = super().mimeData(items)
        if items:
            data.setData(SHOT_MIME, QByteArray(str(items[0].data(SHOT_ID_ROLE)).encode()))
        return data

    def dropMimeData(self, index: int, data: QMimeData, action: Qt.DropAction) -> bool:
        """A shot of this strip dropped before row `index` asks to move there; clips or a
        sequence file dropped there ask to be added. True when something was asked."""
        if data.hasFormat(SHOT_MIME):
            shot_id = bytes(data.data(SHOT_MIME).data()).decode()
            current = self._row_of(shot_id)
            if current is None:  # another strip's shot
                return False
            # Dropped below itself: the row it leaves no longer counts.
            self.moveRequested.emit(shot_id, index - 1 if index > current else index)
            return True
        paths = [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]
        if paths:
            self.filesDropped.emit(paths, index)
        return bool(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(SHOT_MIME):
            super().dragEnterEvent(event)  # the drop indicator between rows
        elif event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(SHOT_MIME):
            super().dragMoveEvent(event)
        elif event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        moved = event.mimeData().hasFormat(SHOT_MIME)
        if not self.dropMimeData(self._drop_row(event), event.mimeData(), event.dropAction()):
            event.ignore()
        elif moved:  # the panel rebuilds the rows: Qt must not remove the dragged one
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
        else:
            event.acceptProposedAction()

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
