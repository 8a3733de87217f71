"""A row of exclusive choices drawn as joined segments, whose options can be disabled.

The segments are radio buttons (a screen reader announces exclusive choices, not check boxes):
the arrow keys pick the next or previous choice, and only the chosen one is a Tab stop, so Tab
moves on to the next control.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from app.core.composer_rules import Choice
from app.ui.messages import render

# Palette roles only, so light and dark themes both hold; the checked segment is highlighted.
# The radio indicator is not drawn: the highlighted segment shows the choice.
_STYLE = """
QRadioButton { padding: 4px 12px; border: 1px solid palette(mid); margin-left: -1px;
               background: palette(button); color: palette(button-text); spacing: 0; }
QRadioButton::indicator { width: 0; height: 0; }
QRadioButton[pos="first"] { border-top-left-radius: 5px; border-bottom-left-radius: 5px;
                            margin-left: 0; }
QRadioButton[pos="last"] { border-top-right-radius: 5px; border-bottom-right-radius: 5px; }
QRadioButton:hover { background: palette(midlight); }
QRadioButton:checked { background: palette(highlight); color: palette(highlighted-text);
                       border-color: palette(highlight); }
QRadioButton:disabled { color: palette(mid); background: palette(window); }
QRadioButton:focus { border: 1px solid palette(highlight); }
"""


class Segmented(QWidget):
    """Signals: changed(object) — the user picked another value (a click, an arrow key, or a
    screen reader's "toggle" action, which checks the button without clicking it)."""

    changed = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[Any, QRadioButton] = {}
        self._layout = QHBoxLayout(self)
        self._quiet = False  # set_value: the program's change, not the user's
        self._setup_ui()
        self._group.buttonToggled.connect(self._on_group_buttonToggled)

    def _setup_ui(self) -> None:
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)  # touching buttons read as one control
        self.setStyleSheet(_STYLE)

    def set_choices(self, choices: Sequence[Choice[Any]]) -> None:
        """Build the buttons once, then only update their enabled state and tooltips."""
        if list(self._buttons) != [c.value for c in choices]:
            for button in self._buttons.values():
                self._group.removeButton(button)
                button.deleteLater()
            self._buttons.clear()
            for choice in choices:
                button = QRadioButton(choice.label, self)
                button.setAccessibleName(choice.label)
                button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
                self._group.addButton(button)
                self._layout.addWidget(button)
                self._buttons[choice.value] = button
            for i, button in enumerate(self._buttons.values()):
                last = len(self._buttons) - 1
                button.setProperty("pos", "first" if i == 0 else "last" if i == last else "mid")
        for choice in choices:
            button = self._buttons[choice.value]
            button.setEnabled(choice.enabled)
            button.setToolTip(render(choice.reason or ""))
        self._update_tab_stop()

    def button(self, value: Any) -> QRadioButton:
        return self._buttons[value]

    def value(self) -> Any:
        for value, button in self._buttons.items():
            if button.isChecked():
                return value
        return None

    def set_value(self, value: Any) -> None:
        self._quiet = True
        try:
            self._buttons[value].setChecked(True)
        finally:
            self._quiet = False

    def _update_tab_stop(self, *_: object) -> None:
        """Only the chosen segment (or the first enabled one) is a Tab stop; the arrow keys
        move within the row (Qt's QAbstractButton does that for exclusive groups)."""
        buttons = list(self._buttons.values())
        stop = next((b for b in buttons if b.isChecked() and b.isEnabled()),
                    next((b for b in buttons if b.isEnabled()), None))
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is stop
                                  else Qt.FocusPolicy.ClickFocus)
        if stop is not None:
            self.setFocusProxy(stop)

    def _on_group_buttonToggled(self, toggled: QAbstractButton, checked: bool) -> None:
        self._update_tab_stop()
        if not checked or self._quiet:
            return
        for value, button in self._buttons.items():
            if button is toggled:
                self.changed.emit(value)
