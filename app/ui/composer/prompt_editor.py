"""The prompt: a multi-line editor, a live counter, and chips that insert media references."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.composer_rules import Level, prompt_count
from app.core.prompt_steps import PromptSteps
from app.core.rules import prompt_stats
from app.ui.composer.style import set_level
from app.ui.labels import plain_label
from app.ui.messages import render
from app.ui.screen_reader import value_label


class PromptEditor(QWidget):
    """Ctrl+Up / Ctrl+Down step through the prompts sent before (`set_history`).

    Signals: changed() — the text changed; historyRequested() — the History button."""

    changed = Signal()
    historyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("&Prompt"))
        self.edit = QPlainTextEdit()
        self.counter = QLabel()
        self.message = QLabel()
        self.chips_label = QLabel(self.tr("Insert:"))
        self.history_button = QToolButton()
        self.steps = PromptSteps()
        self._chips: list[QToolButton] = []
        self._chip_row = QHBoxLayout()
        self._setup_ui()
        self.edit.textChanged.connect(self._on_edit_textChanged)
        self.history_button.clicked.connect(self.historyRequested)
        self.edit.installEventFilter(self)  # Ctrl+Up / Ctrl+Down before the editor's own keys
        self._on_edit_textChanged()

    def _setup_ui(self) -> None:
        self.label.setBuddy(self.edit)
        font = self.label.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.label.setFont(font)
        self.edit.setAccessibleName(self.tr("Prompt"))
        self.edit.setPlaceholderText(self.tr(
            "Describe the clip: subject, action, setting, camera, light, mood…\n"
            "描述画面：主体、动作、场景、镜头、光线、氛围……"))
        self.edit.setTabChangesFocus(True)  # Tab leaves the editor; keyboard users can move on
        self.edit.setMinimumHeight(96)
        # Above the composer's scrolling part: tall enough for a long prompt, never taking the
        # column (the editor scrolls past it).
        self.edit.setMaximumHeight(130)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        value_label(self.counter, self.tr("Prompt length"))
        self.message.setWordWrap(True)
        self.message.hide()
        self.chips_label.hide()
        self._chip_row.setSpacing(4)
        self._chip_row.addWidget(self.chips_label)
        self._chip_row.addStretch(1)
        foot = QHBoxLayout()
        foot.addWidget(self.message, 1)
        foot.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.history_button.setText(self.tr("History && presets…"))
        self.history_button.setAccessibleName(plain_label(self.history_button.text()))
        self.history_button.setToolTip(self.tr("Prompts sent before and saved presets "
                                               "(Ctrl+Up / Ctrl+Down step through them here)"))
        self.history_button.setAutoRaise(True)
        head = QHBoxLayout()
        head.addWidget(self.label)
        head.addStretch(1)
        head.addWidget(self.history_button)
        layout.addLayout(head)
        layout.addWidget(self.edit, 1)
        layout.addLayout(self._chip_row)
        layout.addLayout(foot)

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)

    def set_history(self, prompts: Sequence[str]) -> None:
        """The prompts sent before, newest first: what Ctrl+Up steps back through."""
        self.steps.reset(prompts)

    def step_older(self) -> None:
        text = self.steps.older(self.text())
        if text is not None:
            self._show_step(text)

    def step_newer(self) -> None:
        text = self.steps.newer()
        if text is not None:
            self._show_step(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() in (QEvent.Type.KeyPress,
                                                     QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Up: self.step_older, Qt.Key.Key_Down: self.step_newer}.get(
                Qt.Key(event.key()))
            if step is not None and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
                if event.type() == QEvent.Type.KeyPress:
                    step()
                event.accept()
                return event.type() == QEvent.Type.KeyPress
        return super().eventFilter(watched, event)

    def _show_step(self, text: str) -> None:
        # Replaced as one edit: Ctrl+Z brings back what was there.
        cursor = self.edit.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)
        self.edit.setTextCursor(cursor)

    def set_error(self, message: str | None) -> None:
        """A problem of the prompt found by the rules (shown in place of the advice)."""
        count = prompt_count(self.text())
        shown = message or count.message
        level = Level.ERROR if message else count.level
        self.message.setText(render(shown or ""))
        self.message.setVisible(bool(shown))
        set_level(self.message, level)
        set_level(self.counter, level)

    def set_references(self, refs: Sequence[str]) -> None:
        """Chips for the filled reference slots ("image 1", "video 2", …), in slot order."""
        if [c.text() for c in self._chips] == list(refs):
            return
        for chip in self._chips:
            chip.deleteLater()
        self._chips = []
        for i, ref in enumerate(refs):
            chip = QToolButton(self)
            chip.setText(ref)
            chip.setAccessibleName(ref)
            chip.setToolTip(self.tr("Insert “%1” into the prompt at the cursor").replace("%1", ref))
            chip.clicked.connect(lambda _=False, r=ref: self.insert_reference(r))
            self._chip_row.insertWidget(1 + i, chip)
            self._chips.append(chip)
        self.chips_label.setVisible(bool(refs))

    def chips(self) -> list[QToolButton]:
        return list(self._chips)

    def insert_reference(self, ref: str) -> None:
        cursor = self.edit.textCursor()
        before = self.text()[: cursor.position()]
        pad = "" if not before or before[-1].isspace() else " "
        cursor.insertText(f"{pad}{ref} ")
        self.edit.setFocus()

    def _count_text(self, prompt: str) -> str:
        """composer_rules.prompt_count's counter, in the interface language."""
        cjk, words, _tokens = prompt_stats(prompt)
        parts = [self.tr("%1 characters").replace("%1", f"{len(prompt):,}")]
        if cjk:
            parts.append(self.tr("%1 Chinese").replace("%1", f"{cjk:,}"))
        if words:
            parts.append(self.tr("1 word") if words == 1
                         else self.tr("%1 words").replace("%1", f"{words:,}"))
        return " · ".join(parts)

    def _on_edit_textChanged(self) -> None:
        self.counter.setText(self._count_text(self.text()))
        self.set_error(None)
        self.changed.emit()
