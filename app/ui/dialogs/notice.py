"""A word-wrapped message line with a small semantic accent; hidden while it has no text."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

# Accents only (a left rule); the text keeps the palette's colour, so light and dark both read.
_ACCENT = {"info": "#1e88e5", "warning": "#f59e0b", "error": "#e53935"}


class Notice(QLabel):
    """Shows a message about the field or dialog next to it; no signals."""

    class Kind(StrEnum):
        INFO = "info"
        WARNING = "warning"
        ERROR = "error"

    def __init__(self, kind: Notice.Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(f"QLabel {{ border: 0px; border-left: 3px solid {_ACCENT[kind]}; "
                           "padding: 2px 0px 2px 6px; }")
        self.setVisible(False)

    def show_text(self, text: str) -> None:
        """Set the message; an empty one hides the line."""
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))
