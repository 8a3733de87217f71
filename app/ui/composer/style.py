"""Semantic accents on top of the system palette: warning and error text, greyed media."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QWidget

from app.core.composer_rules import Level

# One spacing scale for the composer's rows and groups (the window's panels use the same).
SPACING = 10
SPACING_SMALL = 6
# Small semantic accents only; everything else comes from the system palette (light or dark).
_ACCENT = {Level.WARN: ("#b45309", "#f59e0b"), Level.ERROR: ("#b91c1c", "#f87171")}


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def accent(widget: QWidget, level: Level) -> QColor:
    light, dark = _ACCENT[level]
    return QColor(dark if is_dark(widget) else light)


def set_level(widget: QWidget, level: Level) -> None:
    """Colour a label's text for a warning or an error; the palette's own text otherwise."""
    widget.setProperty("level", level.value)
    if level is Level.OK:
        widget.setStyleSheet("")
    else:
        widget.setStyleSheet(f"color: {accent(widget, level).name()};")


def rule() -> QFrame:
    """A thin sunken line between the composer's groups."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
