"""Drop a clip (or its settings .json) on the composer to make the same request again.

An event filter rather than a change to each widget: it watches the composer and the prompt
editor, takes a drag of exactly one clip or .json that is not aimed at a media slot (slots take
videos as references themselves), and hands the path on. The lookup is a service's job.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from app.services.clips.clip_restore import can_restore


def restorable_path(mime: QMimeData) -> Path | None:
    """The one local clip or sidecar being dragged, else None (several files are media)."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if can_restore(path) else None


class ClipDropTarget(QObject):
    """Makes `widgets` accept a dropped clip or sidecar.

    Signals: clipDropped(Path) — restore the settings of this file.
    """

    clipDropped = Signal(Path)

    def __init__(self, widgets: list[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        for widget in widgets:
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
                event, (QDragEnterEvent, QDragMoveEvent)):
            if restorable_path(event.mimeData()) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = restorable_path(event.mimeData())
            if path is not None:
                event.acceptProposedAction()
                self.clipDropped.emit(path)
                return True
        return False
