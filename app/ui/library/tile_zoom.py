"""The gallery's tile size: a slider, and Ctrl+wheel over the tiles."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QSlider

TILE_MIN: Final = 120
TILE_MAX: Final = 400
TILE_DEFAULT: Final = 220  # px wide: four to a row in the centre of a 1920 px window
TILE_STEP: Final = 20


class TileZoom(QObject):
    """Owns the slider; Ctrl+wheel on `view` moves it. Signals: widthChanged(int px), also
    when the view moves to a screen of another device pixel ratio (its thumbnails' size)."""

    widthChanged = Signal(int)

    def __init__(self, view: QAbstractItemView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(TILE_MIN, TILE_MAX)
        self.slider.setSingleStep(TILE_STEP)
        self.slider.setPageStep(TILE_STEP * 2)
        self.slider.setValue(TILE_DEFAULT)
        self.slider.setMaximumWidth(140)
        self.slider.setAccessibleName(self.tr("Tile size"))
        self.slider.setToolTip(self.tr("Tile size (Ctrl+wheel over the tiles)"))
        view.viewport().installEventFilter(self)
        self.slider.valueChanged.connect(self.widthChanged)

    def width(self) -> int:
        return self.slider.value()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            steps = event.angleDelta().y() // 120 or (1 if event.angleDelta().y() > 0 else -1)
            self.slider.setValue(self.slider.value() + steps * TILE_STEP)
            return True
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self.widthChanged.emit(self.slider.value())
        return super().eventFilter(watched, event)
