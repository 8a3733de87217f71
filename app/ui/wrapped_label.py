"""A word-wrapped label that asks its layout for the height its text needs at its width.

Layouts give a wrapped QLabel its height-for-width only when every parent passes it on; a
QTabWidget page does not, so a two-line note was given one line and clipped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Expanding: the row's whole width, not the width of the field above it.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.width() > 0:  # heightForWidth is -1 for an empty label: no minimum then
            self.setMinimumHeight(max(0, self.heightForWidth(self.width())))
