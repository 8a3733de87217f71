"""A word-wrapped label that asks its layout for the height its text needs at its width.

Layouts give a wrapped QLabel its height-for-width only when every parent passes it on; a
QTabWidget page does not, so a two-line note was given one line and clipped.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

_KEPT_HEIGHTS = 16  # widths answered at once; a window settling asks for a handful


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._heights: dict[tuple[int, str], int] = {}
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Expanding: the row's whole width, not the width of the field above it.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        if self.isVisible():  # a hidden label's width is not yet its own: fitted when shown
            self._fit()

    def heightForWidth(self, width: int) -> int:
        """QLabel's answer, kept: while a window settles its layouts ask again and again for
        the same few widths (58 times, 6 widths, for the viewer's empty state at start-up), and
        each answer wraps the whole text anew."""
        key = (width, self.text())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= _KEPT_HEIGHTS:
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        self._heights.clear()  # a new font or style wraps differently
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.width() > 0:  # heightForWidth is -1 for an empty label: no minimum then
            self.setMinimumHeight(max(0, self.heightForWidth(self.width())))
