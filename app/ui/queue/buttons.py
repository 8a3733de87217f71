"""The queue's task buttons: words beside their icons when wide, icons alone when narrow."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from PySide6.QtWidgets import QGridLayout, QPushButton

from app.ui.icons import icon
from app.ui.labels import plain_label

# The panel's narrowest: four icons to a row (the queue gives way to the viewer at 1280 px).
NARROWEST_PX: Final = 190


class TaskButtons:
    """Lays the buttons out in a grid and keeps each one's words: its text when there is room,
    else its tooltip; always its accessible name, so a screen reader hears the same."""

    def __init__(self, grid: QGridLayout, buttons: Sequence[tuple[QPushButton, str]]) -> None:
        self.grid = grid
        self._buttons = [button for button, _glyph in buttons]
        self._labels: dict[QPushButton, str] = {}
        self._tips: dict[QPushButton, str] = {}
        self._wide: dict[QPushButton, int] = {}  # each button's width with its words
        self.compact: bool | None = None
        for button, glyph in buttons:
            button.setIcon(icon(glyph))
            self._labels[button] = button.text()
        self.set_compact(False)

    def wide_width(self) -> int:
        """The width the buttons need with their words, three to a row."""
        widest = max(self._wide.values(), default=0)
        return 3 * widest + 2 * max(0, self.grid.horizontalSpacing())

    def label(self, button: QPushButton) -> str:
        """The button's words (with their mnemonic), shown or not."""
        return self._labels[button]

    def set_label(self, button: QPushButton, text: str, glyph: str | None = None) -> None:
        self._labels[button] = text
        if glyph is not None:
            button.setIcon(icon(glyph))
        self._show(button)

    def set_tip(self, button: QPushButton, tip: str) -> None:
        self._tips[button] = tip
        self._show(button)

    def set_compact(self, compact: bool) -> None:
        if compact == self.compact:
            return
        self.compact = compact
        columns = 4 if compact else 3
        for button in self._buttons:
            self.grid.removeWidget(button)
        for i, button in enumerate(self._buttons):
            self.grid.addWidget(button, i // columns, i % columns)
            self._show(button)

    def _show(self, button: QPushButton) -> None:
        words = plain_label(self._labels[button])
        tip = self._tips.get(button, "")
        button.setText("" if self.compact else self._labels[button])
        if not self.compact:
            self._wide[button] = button.sizeHint().width()
        button.setAccessibleName(words.rstrip("…"))
        button.setToolTip(words + (" — " + tip if tip else "") if self.compact else tip)
