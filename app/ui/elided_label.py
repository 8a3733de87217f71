"""A one-line label that ends in "…" when it must, with the whole text in its tooltip and for
screen readers: for names and sentences that must not push their panel wider or be clipped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """`set_full_text` instead of `setText`; `mode` says where the "…" goes (the middle keeps
    both ends of a file name)."""

    def __init__(self, parent: QWidget | None = None, *,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        # Ignored: the label takes what room there is and never pushes the window wider.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str, *, tooltip: str | None = None) -> None:
        """`tooltip`: what to show on hover instead of the text itself."""
        self._full = text
        self.setToolTip(text if tooltip is None else tooltip)
        self.setAccessibleDescription(text)  # the whole of it, also when elided
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        line = " ".join(self._full.split())
        self.setText(self.fontMetrics().elidedText(line, self._mode, max(0, self.width() - 4)))
