"""The inline player panel: the picture, its controls and keys, and the clip's prompt beside it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.clips.playback import Player
from app.services.clips.sidecar import read_sidecar
from app.ui.empty_state import EmptyState
from app.ui.messages import render
from app.ui.player.details import ClipDetails
from app.ui.player.picture import video_output
from app.ui.player.transport import TransportBar, add_shortcuts, clock

ReadDetails = Callable[[Path], dict[str, Any] | None]
JUMP_MS = 1000
WIDE_PX = 900  # from this width on, the clip's details sit beside the picture
QWIDGETSIZE_MAX = 16777215
COMPACT_PX = 640  # below this width the transport's buttons take two rows


class PlayerPanel(QWidget):
    """Plays one clip with its prompt and parameters beside it.

    Keys (anywhere in the panel): Space play/pause, Left/Right one frame, J one second back,
    K pause, L play (again: faster), M mute, F full screen, Esc leaves full screen.
    Signals: message(str) — a sentence for the status bar (why a clip cannot be played);
    remakeRequested(Path), compareTakesRequested(Path) — the open clip's next steps.
    """

    message = Signal(str)
    remakeRequested = Signal(Path)
    compareTakesRequested = Signal(Path)

    def __init__(self, player: Player, parent: QWidget | None = None, *,
                 read_details: ReadDetails = read_sidecar) -> None:
        super().__init__(parent)
        self.player = player
        self._read_details = read_details
        # The picture is made at the first clip (`_show_picture`): a video widget needs
        # QtMultimedia, which the studio's first paint does without. Until then an empty
        # widget holds its place (the same size and stretch).
        self.video: Any = None
        self._picture_room = QWidget()
        self.notice = QLabel()
        self.empty = EmptyState()
        self.stage = QStackedWidget()  # what is said before a clip is open, then the video
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._shown_by_itself = False  # the open clip came by itself (a new clip), not asked
        self.transport = TransportBar()
        self.details = ClipDetails()
        self._seeking = False  # the slider is being set from the player, not by the user
        self._keys: dict[str, Callable[[], None]] = {
            "Space": player.toggle, "Left": lambda: player.step_frames(-1),
            "Right": lambda: player.step_frames(1), "J": self._jump_back, "K": player.pause,
            "L": self._play_or_faster, "M": lambda: player.set_muted(not player.muted()),
            "F": self.toggle_fullscreen, "Esc": lambda: self.set_fullscreen(False)}
        self._setup_ui()
        self.shortcuts = add_shortcuts(self, self._keys)
        t = self.transport
        t.drive(player)
        t.mute_button.toggled.connect(player.set_muted)
        t.volume.valueChanged.connect(lambda v: player.set_volume(v / 100))
        t.full_button.clicked.connect(self.toggle_fullscreen)
        t.scrub.valueChanged.connect(self._on_scrub_value_changed)
        player.positionChanged.connect(self._on_player_position_changed)
        player.durationChanged.connect(self._on_player_duration_changed)
        player.playingChanged.connect(t.show_playing)
        player.loopChanged.connect(self._on_player_loop_changed)
        player.mutedChanged.connect(self._on_player_muted_changed)
        player.volumeChanged.connect(lambda v: self._set_quietly(t.volume, round(v * 100)))
        player.rateChanged.connect(t.show_rate)
        player.audioAvailableChanged.connect(lambda _a: self._show_audio_note())
        player.mediaLoaded.connect(self._on_player_media_loaded)
        player.errorOccurred.connect(self._on_player_error_occurred)
        self.details.remakeRequested.connect(lambda: self._ask_for(self.remakeRequested))
        self.details.compareTakesRequested.connect(
            lambda: self._ask_for(self.compareTakesRequested))

    def _setup_ui(self) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fit_picture(self._picture_room)
        self.notice.setWordWrap(True)  # no fixed accessible name: a reader hears the message
        self.empty.show_state(self.tr("No clip open"),
                              self.tr("Double-click a clip in the Gallery (Ctrl+G) or the "
                                      "Queue, or choose Play in its menu, to play it here. "
                                      "A new clip shows here by itself."))
        self.stage.setMinimumSize(320, 180)
        self.stage.addWidget(self.empty)
        self.stage.addWidget(self._picture_room)
        self.notice.setVisible(False)
        self.details.setMinimumWidth(220)
        self.details.setVisible(False)  # empty rows until a clip is open
        self.transport.volume.setValue(round(self.player.volume() * 100))
        self.transport.show_rate(self.player.rate())
        self.transport.set_playable(False)
        self._left = left = QVBoxLayout()
        left.addWidget(self.stage, 1)
        left.addWidget(self.notice)
        left.addWidget(self.transport)
        # The picture reaches the centre's edges (every pixel of width is height for a 16:9
        # clip); the words and controls around it keep the panels' margin.
        for widget in (self.notice, self.transport, self.details):
            widget.setContentsMargins(8, 0, 8, 0)
        self._layout.setContentsMargins(0, 0, 0, 8)
        self._layout.setSpacing(8)
        self._layout.addLayout(left, 1)
        self._layout.addWidget(self.details)
        self._place_details()

    def _fit_picture(self, picture: QWidget) -> None:
        picture.setMinimumSize(320, 180)
        picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _show_picture(self) -> None:
        """The video widget (or the label saying why there is none) in the picture's place,
        made at the first clip with the player's media objects."""
        if self.video is None:
            self.video = video_output(self.player)
            if not isinstance(self.video, QLabel):
                self.player.set_video_output(self.video)
                self.video.installEventFilter(self)  # full screen, the keys reach it alone
            self.video.setAccessibleName(self.tr("Video"))
            self._fit_picture(self.video)
            self.stage.insertWidget(self.stage.indexOf(self._picture_room), self.video)
            self.stage.removeWidget(self._picture_room)
            self._picture_room.deleteLater()
        self.stage.setCurrentWidget(self.video)

    def _has_video_widget(self) -> bool:
        """A clip was opened on a machine that plays video (before: no picture to enlarge)."""
        return self.video is not None and not isinstance(self.video, QLabel)

    def add_bar(self, widget: QWidget) -> None:
        """A bar under the transport (the sequence's frame marks, app/ui/player/frame_marks)."""
        self._left.addWidget(widget)

    # -- commands --------------------------------------------------------------------------

    def open_clip(self, path: Path, *, play: bool = False) -> None:
        """Show `path` with what its sidecar says about it: playing from the start with
        `play` (Play, a double-click), else paused on its first frame."""
        if self._shown_by_itself:
            self._shown_by_itself = False
            self.player.set_muted(False)  # the sound was off only for the clip shown by itself
        self._open(path, play)

    def show_new_clip(self, path: Path) -> bool:
        """A clip just saved: shown playing, muted and looped, unless the user has a clip of
        their own open here (it is never taken from them). True if it was shown."""
        if self.player.path is not None and not self._shown_by_itself:
            return False
        self._shown_by_itself = True
        self.player.set_muted(True)
        self._open(path, True)
        return True

    def add_below_transport(self, widget: QWidget) -> None:
        """A row under the transport (the clip's action buttons), with the panel's margin."""
        widget.setContentsMargins(8, 0, 8, 0)
        self._left.addWidget(widget)

    def close_clip(self) -> None:
        """Nothing on show any more (the clip went to the trash): the empty state again."""
        self._shown_by_itself = False
        self.player.close()
        self.stage.setCurrentWidget(self.empty)
        self.transport.set_playable(False)
        self.transport.clear()
        self.notice.setVisible(False)
        self.details.show_sidecar(None)
        self.details.setVisible(False)

    def shows_new_clip(self) -> bool:
        """The open clip came by itself (a new clip), not by the user's choice."""
        return self._shown_by_itself

    def _open(self, path: Path, play: bool) -> None:
        self.details.show_sidecar(self._read_details(path))
        self.details.setVisible(True)
        self._show_picture()
        self.transport.set_playable(False)  # its times say 0 until the clip is in
        self.transport.clear()
        self.notice.setVisible(False)
        self.player.open(path, autoplay=play)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_details()

    def _place_details(self) -> None:
        """Beside the picture when the centre is wide, below it when narrow: the picture keeps
        the width (a 16:9 clip is as tall as the width allows)."""
        wide = self.width() >= WIDE_PX
        self._layout.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                  else QBoxLayout.Direction.TopToBottom)
        self.details.setMaximumWidth(340 if wide else QWIDGETSIZE_MAX)
        self.transport.set_compact(self.width() < COMPACT_PX)

    def set_fullscreen(self, on: bool) -> None:
        if self._has_video_widget() and self.video.isFullScreen() != on:
            self.video.setFullScreen(on)
            (self.video if on else self).setFocus()

    def toggle_fullscreen(self) -> None:
        if self._has_video_widget():
            self.set_fullscreen(not self.video.isFullScreen())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        full = self._has_video_widget() and self.video.isFullScreen()
        if (full and watched is self.video and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            action = self._keys.get(QKeySequence(event.keyCombination()).toString())
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    # -- slots -----------------------------------------------------------------------------

    def _ask_for(self, signal: SignalInstance) -> None:
        if self.player.path is not None:
            signal.emit(self.player.path)

    def _jump_back(self) -> None:
        self.player.seek_ms(self.player.position_ms() - JUMP_MS)

    def _play_or_faster(self) -> None:
        if self.player.is_playing():
            self.player.set_rate(self.player.next_rate(faster=True))
        else:
            self.player.play()

    def _set_quietly(self, widget: Any, value: Any) -> None:
        widget.blockSignals(True)
        if isinstance(value, bool):
            widget.setChecked(value)
        else:
            widget.setValue(value)
        widget.blockSignals(False)

    def _show_audio_note(self) -> None:
        note = self.player.audio_note() if self.player.error is None else None
        self.notice.setText(render(note) if note else "")
        self.notice.setVisible(bool(note))

    def _on_player_media_loaded(self) -> None:
        if self._shown_by_itself:
            self.player.set_loop(True)  # loaded sets the loop by length: a new clip always loops
        self.transport.set_playable(True)
        self.transport.show_length(self.player.duration_ms())  # the same clip again: no signal
        self._show_audio_note()
        self._show_position(self.player.position_ms())

    def _on_player_error_occurred(self, text: str) -> None:
        text = render(self.player.error or text)  # the signal's str lost the Message
        self.transport.set_playable(False)
        self.transport.clear()  # nothing of the clip is shown
        self.notice.setText(text)
        self.notice.setVisible(True)
        self.message.emit(text)

    def _on_player_position_changed(self, position_ms: int) -> None:
        if self.transport.is_playable():  # loading: the old clip's frame count, not this one's
            self._show_position(position_ms)

    def _show_position(self, position_ms: int) -> None:
        t = self.transport
        self._seeking = True
        t.scrub.setValue(position_ms)
        self._seeking = False
        t.elapsed.setText(clock(position_ms))
        t.show_frame(self.player.current_frame() + 1, self.player.frame_count())

    def _on_player_duration_changed(self, duration_ms: int) -> None:
        self.transport.show_length(duration_ms)

    def _on_player_loop_changed(self, loop: bool) -> None:
        self._set_quietly(self.transport.loop_button, loop)

    def _on_player_muted_changed(self, muted: bool) -> None:
        self._set_quietly(self.transport.mute_button, muted)

    def _on_scrub_value_changed(self, position_ms: int) -> None:
        if not self._seeking:
            self.player.seek_ms(position_ms)
