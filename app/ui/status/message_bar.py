"""The status bar's message: elided to the room the permanent widgets leave, whole in its tooltip.

QStatusBar draws a temporary message clipped under its permanent widgets (the demo badge, the
balance), so a long sentence lost its end. Here the message is a label that shrinks with the
window, ends in "…" when it must, and keeps the whole text for the tooltip and screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QStatusBar, QWidget

from app.ui.elided_label import ElidedLabel
from app.ui.screen_reader import name_size_grips


class MessageBar(QStatusBar):
    """A status bar whose `showMessage` text stays readable beside permanent widgets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = ElidedLabel(self)
        self.addWidget(self.label, 1)
        name_size_grips(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clearMessage)

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        self.label.set_full_text(text)
        if timeout:
            self._timer.start(timeout)
        else:
            self._timer.stop()

    def clearMessage(self) -> None:
        self._timer.stop()
        self.label.set_full_text("")

    def currentMessage(self) -> str:
        return self.label.full_text()
