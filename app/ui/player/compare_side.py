"""One side of the compare view: a clip's picture, its name and a one-line caption."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.services.clips.playback import Player
from app.ui.labels import request_summary
from app.ui.messages import render
from app.ui.player.picture import video_output
from app.ui.screen_reader import value_label


class CompareSide(QWidget):
    """The picture of one Player, a heading ("Left · name.mp4"), a caption from the clip's
    sidecar and, when the clip cannot be played, why. No controls: the view has one transport
    for both sides."""

    def __init__(self, player: Player, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.path: Path | None = None
        self.heading = QLabel()
        self.video: Any = video_output(player)
        self.caption = QLabel()
        self.notice = QLabel()
        self._side = ""
        self._prompt = ""
        self._details = ""
        self._setup_ui()
        player.errorOccurred.connect(self._on_player_error_occurred)
        player.mediaLoaded.connect(self._on_player_media_loaded)

    def _setup_ui(self) -> None:
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        if not isinstance(self.video, QLabel):
            self.player.set_video_output(self.video)
        self.video.setMinimumSize(240, 135)
        self.video.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # A long heading or caption must not widen its side: both sides get the same width,
        # and the texts are cut to it (in full in the tooltip).
        for label in (self.heading, self.caption):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.video, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.caption)

    def set_side(self, side: str) -> None:
        """Name this side ("Left", "Right", translated): the heading and accessible names."""
        self._side = side
        value_label(self.heading, side)
        self.video.setAccessibleName(self.tr("%1 video").replace("%1", side))
        value_label(self.caption, self.tr("%1 clip settings").replace("%1", side))
        value_label(self.notice, self.tr("%1 clip message").replace("%1", side))
        self._show_heading()

    def side_name(self) -> str:
        """ "Left" or "Right", translated."""
        return self._side

    def show_clip(self, path: Path, sidecar: dict[str, Any] | None) -> None:
        """Show what `sidecar` says about `path`; the player opens it separately."""
        self.path = path
        self.notice.clear()
        self.notice.setVisible(False)
        request = sidecar.get("request") if sidecar else None
        if isinstance(request, dict):
            self._prompt = " ".join(str(request.get("prompt") or "").split())
            self._details = self._details_of(request, sidecar or {})
        else:
            self._prompt, self._details = "", self.tr("No settings saved with this clip")
        self.caption.setToolTip("\n".join(t for t in (self._prompt, self._details) if t))
        self._show_caption()
        self._show_heading()

    def caption_text(self) -> str:
        """The whole caption: “prompt” — model · quality · aspect · duration (the label shows
        it cut to its width, the prompt shortened first)."""
        return self._caption(self._prompt)

    def _caption(self, prompt: str) -> str:
        if not prompt:
            return self._details
        return self.tr("“%1” — %2").replace("%1", prompt).replace("%2", self._details)

    def _details_of(self, request: dict[str, Any], sidecar: dict[str, Any]) -> str:
        return request_summary(str(request.get("model") or sidecar.get("model") or ""),
                               request.get("quality"), request.get("aspect_ratio"),
                               request.get("duration"))

    def _show_caption(self) -> None:
        """One line that fits: the prompt is shortened with “…” so the settings stay in view."""
        width = self.caption.width()
        metrics = self.caption.fontMetrics()
        text = self._caption(self._prompt)
        if self._prompt and metrics.horizontalAdvance(text) > width:
            room = (width - metrics.horizontalAdvance(self._caption("x"))
                    + metrics.horizontalAdvance("x"))  # what the quotes and settings leave
            prompt = metrics.elidedText(self._prompt, Qt.TextElideMode.ElideRight, max(room, 0))
            text = self._caption(prompt) if prompt else self._details
        self.caption.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_caption()
        self._show_heading()

    def _show_heading(self) -> None:
        name = self.path.name if self.path else ""
        full = f"{self._side} · {name}" if name else self._side
        self.heading.setToolTip(full if name else "")
        self.heading.setAccessibleDescription(full)  # whole, also when elided
        self.heading.setText(self.heading.fontMetrics().elidedText(
            full, Qt.TextElideMode.ElideMiddle, max(self.heading.width(), 0)))

    def _on_player_error_occurred(self, text: str) -> None:
        self.notice.setText(render(self.player.error or text))  # the signal's str lost the Message
        self.notice.setVisible(True)

    def _on_player_media_loaded(self) -> None:
        self.notice.setVisible(False)
