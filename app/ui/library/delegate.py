"""Library tiles: a size that never asks for the thumbnail, so layout decodes nothing; a star
on favourites, a "Take 2/4" badge on the clips of a take set."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.library.model import LibraryModel

STAR: Final = "★"
STAR_COLOUR: Final = QColor("#f5c518")
STAR_SHADOW: Final = QColor(0, 0, 0, 160)  # keeps the star readable on a light thumbnail
BADGE_BACK: Final = QColor(0, 0, 0, 170)  # the badge reads on any thumbnail
BADGE_TEXT: Final = QColor("#ffffff")


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
        badge = index.data(LibraryModel.BadgeRole)
        if badge:
            self._paint_badge(painter, self.badge_rect(option.rect, str(badge)), str(badge))

    def badge_rect(self, item: QRect, text: str) -> QRect:
        """Top left of the thumbnail in the grid; before the star at the row's end in the list."""
        metrics = self._view.fontMetrics()
        width, height = metrics.horizontalAdvance(text) + 10, metrics.height() + 2
        if self._view.viewMode() is QListView.ViewMode.IconMode:
            icon = self._view.iconSize()
            left = item.center().x() - icon.width() // 2 + 2
            return QRect(left, item.top() + 4, width, height)
        star = self.star_rect(item)
        return QRect(star.left() - width - 6, item.center().y() - height // 2, width, height)

    def star_rect(self, item: QRect) -> QRect:
        """Where the star goes in an item's rectangle."""
        side = max(14, self._view.fontMetrics().height() + 4)
        if self._view.viewMode() is QListView.ViewMode.IconMode:
            icon = self._view.iconSize()
            left = item.center().x() + icon.width() // 2 - side - 2
            return QRect(left, item.top() + 4, side, side)
        return QRect(item.right() - side - 6, item.center().y() - side // 2, side, side)

    @staticmethod
    def _paint_badge(painter: QPainter, rect: QRect, text: str) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BADGE_BACK)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(BADGE_TEXT)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

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
