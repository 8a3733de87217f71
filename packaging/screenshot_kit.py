"""What both screenshot scripts need: a gradient image to drop on a slot, and the shown window.

Imported by packaging/take-screenshots.py and packaging/take-zh-screenshots.py from their own
folder (these scripts are run by path; packaging/ is not a package).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow


def image(path: Path, w: int, h: int, c1: str, c2: str) -> str:
    im = QImage(w, h, QImage.Format.Format_RGB32)
    painter = QPainter(im)
    gradient = QLinearGradient(0, 0, w, h)
    gradient.setColorAt(0, QColor(c1))
    gradient.setColorAt(1, QColor(c2))
    painter.fillRect(0, 0, w, h, gradient)
    painter.end()
    im.save(str(path))
    return str(path)


async def shown_main_window(width: int = 1440, height: int = 900) -> MainWindow:
    """The studio's window once it is on screen, moved to the corner at the screenshot size."""
    for _ in range(200):
        await asyncio.sleep(0.1)
        found = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()]
        if found:
            found[0].move(QPoint(0, 0))
            found[0].resize(width, height)
            return found[0]
    raise AssertionError("the main window never appeared")
