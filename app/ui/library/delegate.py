"""Library tiles: a size that never asks for the thumbnail, so layout decodes nothing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem


class LibraryDelegate(QStyledItemDelegate):
    """Paints as the default delegate does. Its size comes from the view's icon size and the
    font, never from the item's data: QListView sizes uniform items from the *last* row, and
    asking that row for its decoration would make a thumbnail of a clip nobody sees."""

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
