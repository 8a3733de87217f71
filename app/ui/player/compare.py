"""Compare two clips side by side, playing in sync under one transport, in a window of its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.clips.playback import Player
from app.services.clips.sidecar import read_sidecar
from app.ui.player.compare_side import CompareSide
from app.ui.player.compare_sync import SyncedPair
from app.ui.player.transport import SyncedTransport, TransportBar, add_shortcuts
from app.ui.screen_reader import name_size_grips

ReadDetails = Callable[[Path], dict[str, Any] | None]
LEFT, RIGHT = 0, 1


class CompareView(QWidget):
    """Two clips side by side under one transport. The longer clip leads (see SyncedPair);
    sound comes from one side only, the left by default (two soundtracks at once are noise).

    Keys: Space play/pause, Left/Right one frame, J one second back, K pause, L play (again:
    faster), M mute, F full screen.
    Signals: message(str) — a sentence for a status bar (which clip cannot be played, why).
    """

    message = Signal(str)

    def __init__(self, left: Player, right: Player, parent: QWidget | None = None, *,
                 read_details: ReadDetails = read_sidecar) -> None:
        super().__init__(parent)
        self._read_details = read_details
        self.pair = SyncedPair(left, right, self)
        self.sides = [CompareSide(left), CompareSide(right)]  # in screen order, left first
        self.transport = TransportBar()
        self.sound_label = QLabel(self.tr("&Sound from"))
        self.sound = QComboBox()
        self.swap_button = QPushButton(self.tr("S&wap sides"))
        self._pictures = QHBoxLayout()
        self.link = SyncedTransport(self.transport, self.pair, self)
        pair = self.pair
        self._keys: dict[str, Callable[[], None]] = {
            "Space": pair.toggle, "Left": lambda: pair.step_frames(-1),
            "Right": lambda: pair.step_frames(1), "J": self.link.jump_back, "K": pair.pause,
            "L": self.link.play_or_faster, "M": self.transport.mute_button.toggle,
            "F": self.toggle_fullscreen}
        self._setup_ui()
        self.shortcuts = add_shortcuts(self, self._keys)
        t = self.transport
        t.mute_button.toggled.connect(lambda _m: self._apply_sound())
        t.volume.valueChanged.connect(lambda _v: self._apply_sound())
        t.full_button.clicked.connect(self.toggle_fullscreen)
        self.sound.currentIndexChanged.connect(lambda _i: self._apply_sound())
        self.swap_button.clicked.connect(self.swap)
        self.link.ready.connect(self._on_link_ready)
        self.link.positionShown.connect(self._on_link_position_shown)
        for side in self.sides:
            side.player.errorOccurred.connect(
                lambda text, s=side: self._on_side_error_occurred(s, text))

    def _setup_ui(self) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        t = self.transport
        t.loop_button.setChecked(True)
        t.loop_button.setToolTip(self.tr("Play both clips over and over; the shorter one "
                                         "waits on its last frame for the longer one"))
        t.volume.setValue(100)
        t.show_rate(1.0)
        t.set_playable(False)
        self.sound.addItem(self.tr("Left clip"), LEFT)
        self.sound.addItem(self.tr("Right clip"), RIGHT)
        self.sound_label.setBuddy(self.sound)
        self.sound.setAccessibleName(self.tr("Sound from"))
        self.swap_button.setAccessibleName(self.tr("Swap sides"))
        self.swap_button.setToolTip(self.tr("Put the left clip on the right and the right "
                                            "clip on the left"))
        for side in self.sides:
            self._pictures.addWidget(side, 1)
        self._name_sides()
        row = QHBoxLayout()
        row.addWidget(self.swap_button)
        row.addStretch(1)
        row.addWidget(self.sound_label)
        row.addWidget(self.sound)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._pictures, 1)
        layout.addWidget(t)
        layout.addLayout(row)

    # -- commands --------------------------------------------------------------------------

    @property
    def left(self) -> CompareSide:
        return self.sides[LEFT]

    @property
    def right(self) -> CompareSide:
        return self.sides[RIGHT]

    def open_clips(self, left: Path, right: Path) -> None:
        """Show `left` and `right`, both paused on their first frame."""
        self.pair.pause()
        self.pair.reset()
        self.transport.set_playable(False)
        self.transport.clear()
        for side, path in zip(self.sides, (left, right), strict=True):
            side.show_clip(path, self._read_details(path))
        for side in self.sides:
            side.player.open(side.path or Path())

    def swap(self) -> None:
        """Exchange the two pictures on screen; playback goes on where it was."""
        self.sides.reverse()
        for side in self.sides:
            self._pictures.removeWidget(side)
        for side in self.sides:
            self._pictures.addWidget(side, 1)
        self._name_sides()
        self._apply_sound()

    def set_fullscreen(self, on: bool) -> None:
        window = self.window()
        if window.isFullScreen() != on:
            if on:
                window.showFullScreen()
            else:
                window.showNormal()

    def toggle_fullscreen(self) -> None:
        self.set_fullscreen(not self.window().isFullScreen())

    def shutdown(self) -> None:
        """Stop following and let go of both files (their decoders stop now, not whenever the
        players are deleted)."""
        self.pair.pause()
        self.pair.reset()
        for player in self.pair.players:
            player.close()

    # -- slots -----------------------------------------------------------------------------

    def _name_sides(self) -> None:
        self.left.set_side(self.tr("Left"))
        self.right.set_side(self.tr("Right"))

    def _apply_sound(self) -> None:
        """One side audible (the chosen one), the other muted; the mute button silences all."""
        t = self.transport
        audible = self.sides[int(self.sound.currentData() or LEFT)]
        for side in self.sides:
            side.player.set_volume(t.volume.value() / 100)
            side.player.set_muted(side is not audible or t.mute_button.isChecked())

    def _on_link_ready(self) -> None:
        self.swap_button.setEnabled(True)
        self._apply_sound()

    def _on_side_error_occurred(self, side: CompareSide, text: str) -> None:
        self.message.emit(self.tr("%1 clip: %2").replace("%1", side.side_name())
                          .replace("%2", text))

    def _on_link_position_shown(self, _position_ms: int) -> None:
        leader = self.pair.leader
        if leader is not None:
            self.transport.show_frame(leader.current_frame() + 1, leader.frame_count())


class CompareWindow(QDialog):
    """A window of its own (not modal: the studio stays usable) holding one CompareView."""

    def __init__(self, left: Player, right: Player, parent: QWidget | None = None, *,
                 read_details: ReadDetails = read_sidecar) -> None:
        super().__init__(parent)
        self.view = CompareView(left, right, self, read_details=read_details)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Compare clips"))
        self.setModal(False)
        self.setSizeGripEnabled(True)
        name_size_grips(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(1100, 560)

    def open_clips(self, left: Path, right: Path) -> None:
        self.setWindowTitle(self.tr("Compare %1 and %2").replace("%1", left.name)
                            .replace("%2", right.name))
        self.view.open_clips(left, right)
        self.view.setFocus()

    def done(self, result: int) -> None:  # Esc, or the window's close button
        self.view.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view.shutdown()
        super().closeEvent(event)


def open_compare(left: Path, right: Path, parent: QWidget | None = None) -> CompareWindow:
    """Show `left` and `right` side by side in a new window, deleted when it is closed."""
    players = (Player(), Player())
    window = CompareWindow(*players, parent)
    for player in players:
        player.setParent(window)  # the players live and die with their window
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.open_clips(left, right)
    window.show()
    return window
