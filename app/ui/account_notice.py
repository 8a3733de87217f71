"""An account refusal in its own words, with an "Open account page" button when the gateway
gave a link (already vetted: https on the account site)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.composer_rules import Level
from app.ui.composer.style import set_level

OpenUrl = Callable[[QUrl], bool]


class AccountNotice(QWidget):
    """Hidden until `show_refusal`; the button opens the link in the system's browser.

    No signals: the link is the whole action."""

    def __init__(self, parent: QWidget | None = None, *,
                 open_url: OpenUrl = QDesktopServices.openUrl) -> None:
        super().__init__(parent)
        self._open_url = open_url
        self._url: QUrl | None = None
        self.text = QLabel()
        self.open_button = QPushButton(self.tr("Open account page"))
        self._setup_ui()
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.hide()

    def _setup_ui(self) -> None:
        self.text.setWordWrap(True)
        set_level(self.text, Level.ERROR)
        self.open_button.setAccessibleName(self.tr("Open account page"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)

    def show_refusal(self, message: str, url: str | None) -> None:
        """`message` (already in the interface language), and the button when `url` is an
        https link; anything else is never offered."""
        qurl = QUrl(url) if url else None
        self._url = qurl if qurl is not None and qurl.isValid() and qurl.scheme() == "https" \
            else None
        self.text.setText(message)
        self.text.setAccessibleName(message)  # it changes with each refusal: name = content
        self.open_button.setVisible(self._url is not None)
        self.open_button.setToolTip(self._url.toString() if self._url else "")
        self.show()

    def clear(self) -> None:
        self._url = None
        self.text.clear()
        self.text.setAccessibleName("")
        self.hide()

    def _on_open_button_clicked(self) -> None:
        if self._url is not None:
            self._open_url(self._url)
