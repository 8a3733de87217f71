"""The status bar's message: elided to the room the permanent widgets leave, whole in its tooltip.

QStatusBar draws a temporary message clipped under its permanent widgets (the demo badge, the
balance), so a long sentence lost its end. Here the message is a label that shrinks with the
window, ends in "…" when it must, and keeps the whole text for the tooltip and screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from app.ui.screen_reader import name_size_grips


class _ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        # Ignored: the label takes what room there is and never pushes the window wider.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)  # the whole sentence, also when elided
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        line = " ".join(self._full.split())
        self.setText(self.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight,
                                                   max(0, self.width() - 4)))


class MessageBar(QStatusBar):
    """A status bar whose `showMessage` text stays readable beside permanent widgets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = _ElidedLabel(self)
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
