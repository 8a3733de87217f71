"""The Advanced section: model_params as a small JSON field, and the callback URL."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.composer_rules import Level
from app.ui.composer.style import set_level
from app.ui.messages import render
from app.ui.screen_reader import name_clear_button


class AdvancedSection(QWidget):
    """A collapsible section. Signals: changed() — either field was edited."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.body = QWidget()
        self.params = QPlainTextEdit()
        self.params_label = QLabel(self.tr("Model param&eters"))
        self.params_message = QLabel()
        self.callback = QLineEdit()
        self.callback_label = QLabel(self.tr("&Callback URL"))
        self.callback_message = QLabel()
        self._setup_ui()
        self.toggle.toggled.connect(self._on_toggle_toggled)
        self.params.textChanged.connect(self.changed)
        self.callback.textChanged.connect(self.changed)

    def _setup_ui(self) -> None:
        self.toggle.setText(self.tr("Ad&vanced"))
        self.toggle.setAccessibleName(self.tr("Advanced"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.params_label.setBuddy(self.params)
        self.params.setAccessibleName(self.tr("Model parameters"))
        self.params.setPlaceholderText(
            self.tr('{"key": "value"}  — a JSON object, sent as model_params'))
        self.params.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.params.setTabChangesFocus(True)
        self.params.setFixedHeight(64)
        self.callback_label.setBuddy(self.callback)
        self.callback.setAccessibleName(self.tr("Callback URL"))
        self.callback.setPlaceholderText("https://your-domain.com/webhooks/video-done")
        self.callback.setClearButtonEnabled(True)
        name_clear_button(self.callback)
        for msg in (self.params_message, self.callback_message):
            msg.setWordWrap(True)
            msg.hide()
        form = QFormLayout(self.body)
        form.setContentsMargins(20, 0, 0, 0)
        form.addRow(self.params_label, self.params)
        form.addRow("", self.params_message)
        form.addRow(self.callback_label, self.callback)
        form.addRow("", self.callback_message)
        self.body.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)

    def set_open(self, open_: bool) -> None:
        self.toggle.setChecked(open_)

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_params_allowed(self, reason: str | None) -> None:
        """Disable the field (its text is kept, not sent) when the model takes no parameters."""
        self.params.setEnabled(reason is None)
        self.params_label.setEnabled(reason is None)
        self.params.setToolTip(render(reason or ""))

    def show_problems(self, params: str | None, callback: str | None) -> None:
        for label, text in ((self.params_message, params), (self.callback_message, callback)):
            label.setText(render(text or ""))
            label.setVisible(bool(text))
            set_level(label, Level.WARN if label is self.params_message and
                      not self.params.isEnabled() else Level.ERROR)
        if params or callback:
            self.set_open(True)  # a problem is never hidden in a closed section

    def _on_toggle_toggled(self, open_: bool) -> None:
        self.body.setVisible(open_)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_
                                 else Qt.ArrowType.RightArrow)
