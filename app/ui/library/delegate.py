"""Library tiles: a size that never asks for the thumbnail, so layout decodes nothing; a star
on favourites."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.library.model import LibraryModel

STAR: Final = "★"
STAR_COLOUR: Final = QColor("#f5c518")
STAR_SHADOW: Final = QColor(0, 0, 0, 160)  # keeps the star readable on a light thumbnail


class LibraryDelegate(QStyledItemDelegate):
    """Paints as the default delegate does, plus a star on favourites (over the thumbnail's
    corner in the grid, at the row's end in the list). Its size comes from the view's icon size
    and the font, never from the item's data: QListView sizes uniform items from the *last*
    row, and asking that row for its decoration would make a thumbnail of a clip nobody sees."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        icon = self._view.iconSize()
        line = option.fontMetrics.height()
        if self._view.viewMode() is QListView.ViewMode.IconMode:
            return QSize(icon.width() + 16, icon.height() + 2 * line + 12)
        return QSize(max(icon.width() + 200, self._view.viewport().width() - 4),
                     max(icon.height(), line) + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        if index.data(LibraryModel.FavouriteRole):
            self._paint_star(painter, self.star_rect(option.rect))

    def star_rect(self, item: QRect) -> QRect:
        """Where the star goes in an item's rectangle."""
        side = max(14, self._view.fontMetrics().height() + 4)
        if self._view.viewMode() is QListView.ViewMode.IconMode:
            icon = self._view.iconSize()
            left = item.center().x() + icon.width() // 2 - side - 2
            return QRect(left, item.top() + 4, side, side)
        return QRect(item.right() - side - 6, item.center().y() - side // 2, side, side)

    @staticmethod
    def _paint_star(painter: QPainter, rect: QRect) -> None:
        painter.save()
        font = painter.font()
        font.setPixelSize(rect.height())
        painter.setFont(font)
        painter.setPen(STAR_SHADOW)
        painter.drawText(rect.translated(1, 1), Qt.AlignmentFlag.AlignCenter, STAR)
        painter.setPen(STAR_COLOUR)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, STAR)
        painter.restore()
