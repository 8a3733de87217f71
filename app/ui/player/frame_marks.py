"""Frame marks in the viewer for a sequence's shot: I and O set its in and out points on the
frame shown, "Use this frame" starts the next shot from it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.clips.playback import Player
from app.ui.player.panel import PlayerPanel
from app.ui.player.transport import add_shortcuts
from app.ui.screen_reader import value_label


class FrameMarks(QObject):
    """Active while the viewer shows the clip of the shot it was attached to.

    Signals: inMarked(str shot_id, float seconds) — the in point, at the start of the frame
    shown; outMarked(str shot_id, float seconds) — the out point, after the frame shown (it is
    kept); frameChosen(str shot_id, float seconds) — the frame shown, for the next shot's start.
    """

    inMarked = Signal(str, float)
    outMarked = Signal(str, float)
    frameChosen = Signal(str, float)

    def __init__(self, panel: PlayerPanel, parent: QObject | None = None) -> None:
        super().__init__(parent or panel)
        self._player: Player = panel.player
        self._shot: str | None = None
        self._path: Path | None = None
        self.bar = QWidget()
        self.caption = value_label(QLabel(), self.tr("Sequence shot"))
        self.in_button = QPushButton(self.tr("Set in (I)"))
        self.out_button = QPushButton(self.tr("Set out (O)"))
        self.use_button = QPushButton(self.tr("Use this frame"))
        self.use_button.setToolTip(self.tr("Start the next shot of the sequence from the frame "
                                           "shown"))
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.caption, 1)
        for button in (self.in_button, self.out_button, self.use_button):
            row.addWidget(button)
        self.bar.setVisible(False)
        panel.add_bar(self.bar)
        self.shortcuts = add_shortcuts(panel, {"I": self.mark_in, "O": self.mark_out})
        self.in_button.clicked.connect(self.mark_in)
        self.out_button.clicked.connect(self.mark_out)
        self.use_button.clicked.connect(self.use_frame)
        self._player.mediaLoaded.connect(self._on_player_media_loaded)

    @property
    def shot_id(self) -> str | None:
        return self._shot

    def attach(self, shot_id: str, clip: Path, caption: str, *, has_next: bool) -> None:
        """The viewer now shows `clip`, the clip of shot `shot_id`."""
        self._shot, self._path = shot_id, clip
        self.caption.setText(caption)
        self.use_button.setEnabled(has_next)
        self.bar.setVisible(True)

    def detach(self) -> None:
        self._shot = self._path = None
        self.bar.setVisible(False)

    def _frame(self) -> tuple[int, float] | None:
        if self._shot is None or self._player.path != self._path:
            return None
        fps = self._player.fps or 24.0
        return self._player.current_frame(), fps

    def mark_in(self) -> None:
        if self._shot is not None and (found := self._frame()) is not None:
            frame, fps = found
            self.inMarked.emit(self._shot, frame / fps)

    def mark_out(self) -> None:
        if self._shot is not None and (found := self._frame()) is not None:
            frame, fps = found
            self.outMarked.emit(self._shot, (frame + 1) / fps)

    def use_frame(self) -> None:
        if self._shot is not None and (found := self._frame()) is not None:
            frame, fps = found
            self.frameChosen.emit(self._shot, frame / fps)

    def _on_player_media_loaded(self) -> None:
        if self._path is not None and self._player.path != self._path:
            self.detach()  # another clip in the viewer: the marks are not for it
