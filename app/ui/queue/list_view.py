"""The queue's list view: a change to one row repaints that row, or nothing when out of sight."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QListView

Index = QModelIndex | QPersistentModelIndex


class QueueListView(QListView):
    """A QListView whose one-row dataChanged updates that row's rectangle only.

    Qt's list view repaints its whole viewport for a change to any row, seen or not: with
    hundreds of tasks polled, every answer repainted every visible row (about a millisecond
    each). With a screen reader on, Qt's own handling stays (it tells the reader)."""

    def dataChanged(self, topLeft: Index, bottomRight: Index,
                    roles: Sequence[int] = ()) -> None:
        from PySide6.QtGui import QAccessible  # its enums: with the first change, not at start

        if topLeft == bottomRight and topLeft.isValid() and not QAccessible.isActive():
            rect = self.visualRect(topLeft)
            if rect.intersects(self.viewport().rect()):
                self.viewport().update(rect)
            return
        super().dataChanged(topLeft, bottomRight, list(roles))
