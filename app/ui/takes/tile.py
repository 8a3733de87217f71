"""One tile of the take grid: a clip's picture, its number and name, and what sets it apart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.services.clips.playback import Player
from app.ui.elided_label import ElidedLabel
from app.ui.player.picture import video_output


class TakeTile(QFrame):
    """No controls of its own: the grid has one transport. The current tile is framed and
    gives the sound; a picked one shows a star in its heading."""

    def __init__(self, player: Player, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.number = number
        self.path: Path | None = None
        # A clip's file name keeps both ends: its date and what tells it apart.
        self.heading = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)
        self.video: Any = video_output(player)
        self.caption = ElidedLabel()
        self.notice = QLabel()
        self.picked = False
        self._setup_ui()
        player.errorOccurred.connect(self._on_player_error_occurred)

    def _setup_ui(self) -> None:
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        self.set_current(False)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        if not isinstance(self.video, QLabel):
            self.player.set_video_output(self.video)
        self.video.setMinimumSize(160, 90)
        self.video.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.video.setAccessibleName(self.tr("Take %1 video").replace("%1", str(self.number)))
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.video, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.caption)

    def show_clip(self, path: Path, differs: list[tuple[str, str]]) -> None:
        self.path = path
        text = " · ".join(value for _key, value in differs)
        self.caption.set_full_text(text or self.tr("Same settings"), tooltip=text)
        self._show_heading()

    def set_current(self, current: bool) -> None:
        """The tile the keys act on: framed in the highlight colour."""
        role = "highlight" if current else "mid"
        self.setStyleSheet(f"TakeTile {{ border: 2px solid palette({role}); }}")

    def set_picked(self, picked: bool) -> None:
        self.picked = picked
        self._show_heading()

    def _show_heading(self) -> None:
        star = "★ " if self.picked else ""
        name = self.path.name if self.path else ""
        text = f"{star}{self.number} · {name}" if name else f"{star}{self.number}"
        self.heading.set_full_text(text, tooltip=name)

    def _on_player_error_occurred(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(True)
