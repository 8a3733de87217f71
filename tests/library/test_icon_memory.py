"""The library model keeps the icons of the tiles painted last only: flat memory in a scroll."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage

from app.ui.library.model import ICONS_KEPT, LibraryModel


class Thumbnails(QObject):
    """Stands in for ThumbnailCache: every clip's thumbnail is ready at once."""

    thumbnailReady = Signal(str, QImage)

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def request(self, clip: Path, size: QSize | None = None) -> QImage:
        self.asked += 1
        image = QImage(32, 18, QImage.Format.Format_RGB32)
        image.fill(0x336699)
        return image


def test_icons_kept_are_the_last_painted_and_bounded(qapp: Any) -> None:
    thumbs = Thumbnails()
    model = LibraryModel(library=None, thumbnails=thumbs)  # type: ignore[arg-type]
    first = model._icon("/clips/0.mp4")
    for n in range(1, ICONS_KEPT * 3):
        model._icon(f"/clips/{n}.mp4")
        if n % 50 == 0:
            model._icon("/clips/0.mp4")  # still on screen: painted again and again
    assert len(model._icons) == ICONS_KEPT
    asked = thumbs.asked
    assert model._icon("/clips/0.mp4").cacheKey() == first.cacheKey()
    assert model._icon(f"/clips/{ICONS_KEPT * 3 - 1}.mp4") is not None
    assert thumbs.asked == asked  # both kept: not asked for again
    model._icon("/clips/1.mp4")  # scrolled past long ago: made again
    assert thumbs.asked == asked + 1
