"""What an empty view says: what is missing and what to do, with the one button that does it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.wrapped_label import WrappedLabel


class EmptyState(QWidget):
    """A title, a sentence and an optional action button, centred.

    Signals: actionTriggered() — the button was pressed."""

    actionTriggered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.text = WrappedLabel()
        self.button = QPushButton()
        self._setup_ui()
        self.button.clicked.connect(self.actionTriggered)

    def _setup_ui(self) -> None:
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        # Plain labels, not selectable: a selectable one lays its text out in a QTextDocument
        # at each of the many widths its layout tries (~1 % of the start-up, for the viewer's
        # empty state), and a hint of what to do has nothing worth copying.
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        muted = self.text.palette()  # the placeholder's muted colour, not a disabled look
        muted.setColor(QPalette.ColorRole.WindowText,
                       muted.color(QPalette.ColorRole.PlaceholderText))
        self.text.setPalette(muted)
        self.text.setMaximumWidth(420)
        # Centred, a wrapped label shrinks to its narrowest hint: a column of three words.
        self.text.setMinimumWidth(260)
        self.button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_state(self, title: str, text: str, action: str | None = None) -> None:
        """Say `title` and `text`; `action` labels the button (none when None)."""
        self.title.setText(title)
        self.text.setText(text)
        self.button.setVisible(action is not None)
        if action is not None:
            self.button.setText(action)
            self.button.setAccessibleName(action.replace("&", ""))
