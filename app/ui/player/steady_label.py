"""A value label as wide as the widest value it will show, so that nothing beside it moves."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget

_DIGIT = re.compile(r"\d")


class SteadyLabel(QLabel):
    """A QLabel that keeps the width of `reserve(widest)` while it shows shorter values (each
    digit of `widest` counts as the font's widest digit).

    A player's times and frame number change many times a second: were the label as wide as
    its text, "Frame 99" becoming "Frame 100" would push the scrubber and the length beside
    it, and where a screen reader is told a label is would not be where it is drawn.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._widest = text

    def reserve(self, widest: str) -> None:
        """Keep room for `widest` (and for any value of its shape)."""
        if widest != self._widest:
            self._widest = widest
            self.updateGeometry()

    def _reserved_width(self) -> int:
        if not self._widest:
            return 0
        metrics = self.fontMetrics()
        digit = max("0123456789", key=metrics.horizontalAdvance)
        margins = self.contentsMargins()
        return (metrics.horizontalAdvance(_DIGIT.sub(digit, self._widest)) + 1
                + margins.left() + margins.right() + 2 * self.margin() + max(0, self.indent()))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._reserved_width()), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._reserved_width()), hint.height())
