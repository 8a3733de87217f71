"""First run: enter an API key, or try the demo on the built-in simulator (no credits)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import APP_NAME
from app.ui.dialogs.notice import Notice
from app.ui.messages import render


class WelcomeChoice(StrEnum):
    KEY = "key"
    DEMO = "demo"


class WelcomeDialog(QDialog):
    """Asks how to start. Closing it without a choice means the demo (nothing is spent).

    Signals:
        chosen(str) — a `WelcomeChoice` value: "key" or "demo"; emitted once, then it closes.
    """

    chosen = Signal(str)

    def __init__(self, keychain_problem: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: WelcomeChoice | None = None
        self.title = QLabel(self.tr("Welcome to %1").replace("%1", APP_NAME))
        self.body = QLabel(self.tr(
            "Write a prompt, pick a Seedance 2.0 model and get a short video clip, saved on your "
            "own disk. Real clips need an Evolink API key and cost credits."))
        self.demo_hint = QLabel(self.tr(
            "The demo runs a simulator on this computer: everything works, nothing is spent, and "
            "every clip is a placeholder marked “SIMULATED”. You can enter a key at any time."))
        self.problem = Notice(Notice.Kind.WARNING)
        self.key_button = QPushButton(self.tr("&Enter API key…"))
        self.demo_button = QPushButton(self.tr("Try the &demo (no credits)"))
        self._setup_ui(keychain_problem)
        self.key_button.clicked.connect(self._on_key_button_clicked)
        self.demo_button.clicked.connect(self._on_demo_button_clicked)

    def _setup_ui(self, keychain_problem: str | None) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.setMinimumWidth(520)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        for label in (self.body, self.demo_hint):
            label.setWordWrap(True)
        # A Message from the keychain service (str(KeychainUnavailable)): shown translated.
        self.problem.show_text(render(keychain_problem) if keychain_problem else "")
        self.key_button.setAccessibleName(self.tr("Enter API key…"))
        self.demo_button.setAccessibleName(self.tr("Try the demo (no credits)"))
        self.key_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.key_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _choose(self, choice: WelcomeChoice) -> None:
        if self.choice is None:
            self.choice = choice
            self.chosen.emit(choice.value)
        self.accept()

    def _on_key_button_clicked(self) -> None:
        self._choose(WelcomeChoice.KEY)

    def _on_demo_button_clicked(self) -> None:
        self._choose(WelcomeChoice.DEMO)

    def reject(self) -> None:
        # Escape or the close box: start the demo, the choice that costs nothing.
        if self.choice is None:
            self.choice = WelcomeChoice.DEMO
            self.chosen.emit(WelcomeChoice.DEMO.value)
        super().reject()
