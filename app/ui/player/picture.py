"""Where a Player's frames are shown: a video widget, or a label saying why there is none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.services.clips.playback import Player
from app.ui.messages import render


def video_output(player: Player) -> QWidget:
    """A QVideoWidget, or, where multimedia is unavailable, a label that says why.

    Asking the player makes its media objects, and QtMultimediaWidgets is imported here: call
    it when a clip is first shown (the viewer does, app/ui/player/panel.py), not at start-up."""
    if player.available:
        try:
            from PySide6.QtMultimediaWidgets import QVideoWidget
        except ImportError:  # pragma: no cover - depends on the machine
            pass
        else:
            return QVideoWidget()
    label = QLabel(render(player.problem or ""))
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
