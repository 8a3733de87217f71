"""The row of controls under the picture: play, frame steps, scrub, loop, sound, speed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Final, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.services.clips.playback import RATES
from app.ui.icons import icon
from app.ui.player.steady_label import SteadyLabel
from app.ui.screen_reader import value_label

if TYPE_CHECKING:
    from app.ui.player.compare_sync import SyncedGroup

JUMP_MS: Final = 1000  # J: one second back


def clock(ms: int) -> str:
    """A position as m:ss.cc (hundredths: frames at 24 fps are 4 hundredths apart)."""
    ms = max(0, ms)
    return f"{ms // 60_000}:{ms // 1000 % 60:02d}.{ms % 1000 // 10:02d}"


class Playable(Protocol):
    """What the transport drives: one Player, or two in sync (compare_sync.SyncedPair)."""

    def toggle(self) -> None: ...
    def step_frames(self, frames: int) -> None: ...
    def set_loop(self, loop: bool) -> None: ...
    def set_rate(self, rate: float) -> None: ...


def add_shortcuts(owner: QWidget, keys: Mapping[str, Callable[[], None]]) -> list[QShortcut]:
    """One shortcut per key, working anywhere inside `owner` (the picture included)."""
    shortcuts = []
    for key, action in keys.items():
        shortcut = QShortcut(QKeySequence(key), owner,
                             context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(action)
        shortcuts.append(shortcut)
    return shortcuts


class TransportBar(QWidget):
    """Buttons and sliders only; the inline player and compare connect them (`drive`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.play_button = QPushButton(self.tr("Play"))
        self.back_button = QPushButton(self.tr("Previous frame"))
        self.next_button = QPushButton(self.tr("Next frame"))
        self.loop_button = QPushButton(self.tr("Loop"))
        self.mute_button = QPushButton(self.tr("Mute"))
        self.full_button = QPushButton(self.tr("Full screen"))
        # The values a screen reader hears as they are shown; they never grey (set_playable).
        self.elapsed = SteadyLabel(clock(0))
        self.total = SteadyLabel(clock(0))
        self.frame = SteadyLabel()
        self.scrub = QSlider(Qt.Orientation.Horizontal)
        self.volume_label = QLabel(self.tr("Volume"))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.speed_label = QLabel(self.tr("Speed"))
        self.speed = QComboBox()
        self._buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._setup_ui()

    def _setup_ui(self) -> None:
        for button in (self.loop_button, self.mute_button):
            button.setCheckable(True)
        tips = {self.play_button: self.tr("Play or pause (Space, K; L plays faster)"),
                self.back_button: self.tr("One frame back (Left; J jumps one second back)"),
                self.next_button: self.tr("One frame forward (Right)"),
                self.loop_button: self.tr("Play the clip over and over"),
                self.mute_button: self.tr("Mute (M)"),
                self.full_button: self.tr("Full screen (F; Esc leaves)")}
        for button, tip in tips.items():
            button.setAccessibleName(button.text())
            button.setToolTip(tip)
        # Icons where space is tight: the centre can be narrow (1280 px with both docks). The
        # named buttons keep their words for the screen reader and the tooltip.
        for button, glyph in ((self.play_button, "play"),
                              (self.back_button, "previous-frame"),
                              (self.next_button, "next-frame"), (self.loop_button, "loop"),
                              (self.mute_button, "mute"), (self.full_button, "fullscreen")):
            button.setIcon(icon(glyph))
            if button is not self.play_button:
                button.setToolTip(button.text() + " — " + button.toolTip())
                button.setText("")
        self.scrub.setAccessibleName(self.tr("Position"))
        self.scrub.setSingleStep(42)
        self.scrub.setPageStep(1000)
        self.elapsed.setBuddy(self.scrub)
        value_label(self.elapsed, self.tr("Elapsed"))
        value_label(self.total, self.tr("Length"))
        value_label(self.frame, self.tr("Frame"))
        self.volume.setRange(0, 100)
        self.volume.setMinimumWidth(60)
        self.volume.setMaximumWidth(90)
        self.volume.setAccessibleName(self.volume_label.text())
        self.volume_label.setBuddy(self.volume)
        for rate in RATES:
            self.speed.addItem(self.tr("%1×").replace("%1", f"{rate:g}"), rate)
        self.speed.setAccessibleName(self.speed_label.text())
        self.speed_label.setBuddy(self.speed)
        time_row = QHBoxLayout()
        time_row.addWidget(self.elapsed)
        time_row.addWidget(self.scrub, 1)
        time_row.addWidget(self.total)
        time_row.addWidget(self.frame)
        # The picture's buttons, then sound and speed: one row, or two in a narrow centre.
        picture, sound = QHBoxLayout(), QHBoxLayout()
        for button in (self.play_button, self.back_button, self.next_button, self.loop_button):
            picture.addWidget(button)
        picture.addStretch(1)
        sound.addStretch(1)
        for widget in (self.mute_button, self.volume_label, self.volume, self.speed_label,
                       self.speed, self.full_button):
            sound.addWidget(widget)
        buttons = self._buttons
        buttons.addLayout(picture)
        buttons.addLayout(sound)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(time_row)
        layout.addLayout(buttons)

    def set_compact(self, compact: bool) -> None:
        """Two rows of buttons (a narrow centre) or one."""
        self._buttons.setDirection(QBoxLayout.Direction.TopToBottom if compact
                                   else QBoxLayout.Direction.LeftToRight)

    def controls(self) -> list[QWidget]:
        """What the user operates, with the captions of the sliders and the speed."""
        return [self.play_button, self.back_button, self.next_button, self.loop_button,
                self.mute_button, self.full_button, self.scrub, self.volume_label,
                self.volume, self.speed_label, self.speed]

    def set_playable(self, playable: bool) -> None:
        """Grey the controls while a clip loads or when it cannot be played. The times and
        the frame stay as they are: a greyed value would be one no longer true (`clear`)."""
        for widget in self.controls():
            widget.setEnabled(playable)

    def is_playable(self) -> bool:
        return self.play_button.isEnabled()

    def clear(self) -> None:
        """No clip shown yet (one is loading, or none could be): zero times, no frame.
        Their room is kept (the row does not move when the clip is in)."""
        self.scrub.blockSignals(True)  # not a seek: the clip to come starts where it starts
        self.scrub.setRange(0, 0)
        self.scrub.blockSignals(False)
        self.elapsed.setText(clock(0))
        self.total.setText(clock(0))
        self.frame.setText("")

    def show_length(self, duration_ms: int) -> None:
        """The clip's length: the scrubber's range, the length label, the times' room."""
        self.scrub.setRange(0, duration_ms)
        self.total.setText(clock(duration_ms))
        if duration_ms > 0:  # not the 0 of a clip being replaced: the row would move twice
            for label in (self.elapsed, self.total):
                label.reserve(clock(duration_ms))

    def show_frame(self, frame: int, count: int) -> None:
        """Frame `frame` (from 1) of `count`, with room for the widest frame number."""
        template = self.tr("Frame %1 of %2")
        self.frame.setText(template.replace("%1", str(frame)).replace("%2", str(count)))
        self.frame.reserve(template.replace("%1", str(count)).replace("%2", str(count)))

    def drive(self, target: Playable) -> None:
        """Play, the frame steps, loop and speed act on `target`; the sound controls, the
        scrubber and full screen are the owner's (they differ between its users)."""
        self.play_button.clicked.connect(target.toggle)
        self.back_button.clicked.connect(lambda: target.step_frames(-1))
        self.next_button.clicked.connect(lambda: target.step_frames(1))
        self.loop_button.toggled.connect(target.set_loop)
        self.speed.currentIndexChanged.connect(
            lambda i: target.set_rate(float(self.speed.itemData(i))))

    def show_playing(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setIcon(icon("pause" if playing else "play"))
        self.play_button.setAccessibleName(self.play_button.text())

    def show_rate(self, rate: float) -> None:
        index = self.speed.findData(rate)
        if index < 0:
            index = min(range(len(RATES)), key=lambda i: abs(RATES[i] - rate))
        self.speed.blockSignals(True)
        self.speed.setCurrentIndex(index)
        self.speed.blockSignals(False)


class SyncedTransport(QObject):
    """One TransportBar over a SyncedGroup: what the compare view and the take grid share.

    Play, frame steps, loop and speed act on the group (`TransportBar.drive`); the scrubber
    follows the leader and seeks the group; the bar's controls are enabled once the group is
    ready, with its loop and speed applied (its times are shown all along). The sound
    controls stay the owner's (who is heard differs).

    Signals: ready() — the group settled and the bar shows it (apply the sound now);
    positionShown(int ms) — the bar shows this position (the owner may add a frame number).
    """

    ready = Signal()
    positionShown = Signal(int)

    def __init__(self, bar: TransportBar, group: SyncedGroup,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar, self.group = bar, group
        self._seeking = False  # the slider is being set from the player, not by the user
        bar.drive(group)
        bar.scrub.valueChanged.connect(self._on_scrub_value_changed)
        group.ready.connect(self._on_group_ready)
        group.positionChanged.connect(self.show_position)
        group.durationChanged.connect(self._on_group_duration_changed)
        group.playingChanged.connect(bar.show_playing)

    def jump_back(self) -> None:
        self.group.seek_ms(self.group.position_ms() - JUMP_MS)

    def play_or_faster(self) -> None:
        """L: play; L again while playing: the next faster rate."""
        group = self.group
        if group.is_playing():
            group.set_rate(group.leader.next_rate(faster=True) if group.leader else 1.0)
            self.bar.show_rate(group.rate())
        else:
            group.play()

    def show_position(self, position_ms: int) -> None:
        bar = self.bar
        self._seeking = True
        bar.scrub.setValue(position_ms)
        self._seeking = False
        bar.elapsed.setText(clock(position_ms))
        self.positionShown.emit(position_ms)

    def _on_group_ready(self) -> None:
        group, bar = self.group, self.bar
        playable = group.leader is not None
        bar.set_playable(playable)
        group.set_loop(bar.loop_button.isChecked())
        group.set_rate(float(bar.speed.currentData() or 1.0))
        self.ready.emit()
        if playable:
            self.show_position(group.position_ms())

    def _on_group_duration_changed(self, duration_ms: int) -> None:
        self.bar.show_length(duration_ms)

    def _on_scrub_value_changed(self, position_ms: int) -> None:
        if not self._seeking:
            self.group.seek_ms(position_ms)
