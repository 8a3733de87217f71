"""Two Players driven as one: the longer clip leads, the other follows it within a frame."""

from __future__ import annotations

import time
from typing import Final

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.services.playback import Player, frame_at, frame_ms

DRIFT_MS: Final = 40  # about one frame at 24–25 fps: more than this apart, the follower re-seeks
RESEEK_PAUSE_S: Final = 0.3  # a seek takes a few frames to land: do not chase it meanwhile
# A playing clip's reported position lags its picture now and then by a frame or two; only a
# drift that lasts this long is real (a seek while playing costs a visible hitch).
DRIFT_LASTS_S: Final = 0.12
LOOP_JUMP_MS: Final = 200  # the leader's position going back this far is a loop, not jitter
TICK_MS: Final = 10  # positions move in whole frames (~42 ms): a 10 ms check sees each one


def drift_ms(follower: Player, leader_ms: int) -> float:
    """How far the follower's picture is from the leader's moment. A clip without sound
    reports the start of the frame on show, so a follower is on time anywhere from that start
    to the frame's end; outside that span, the distance to it."""
    start = follower.position_ms()
    if leader_ms < start:
        return float(start - leader_ms)
    return max(0.0, leader_ms - start - 1000 / follower.fps)


class SyncedPair(QObject):
    """Plays two Players together. Once both have loaded (or failed), the one with the longer
    clip leads: the shared transport drives it, and the follower is re-seeked to it when they
    drift more than DRIFT_MS apart, or at once when the leader loops or is seeked.

    The shorter clip holds its last frame until the longer one loops (rather than looping
    itself): a side-by-side comparison is read from a common start, and a short clip that
    restarted mid-way would no longer line up with anything. The follower's own QMediaPlayer
    loops forever, because reaching EndOfMedia clears its picture; we pause it on its last
    frame ourselves.

    Signals: ready() — both sides have settled, `leader` is known (None if neither plays);
    positionChanged(int ms), durationChanged(int ms), playingChanged(bool) — the leader's.
    """

    ready = Signal()
    positionChanged = Signal(int)
    durationChanged = Signal(int)
    playingChanged = Signal(bool)

    def __init__(self, first: Player, second: Player, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.players = (first, second)
        self.leader: Player | None = None
        self.follower: Player | None = None
        self._settled: dict[Player, bool] = {}  # player -> it plays (False: it failed)
        self._loop = True
        self._last_leader_ms = 0
        self._quiet_until = 0.0
        self._drifting_since: float | None = None
        self.reseeks = 0  # how often the follower had to be pulled back: for tests and logs
        self._timer = QTimer(self)
        self._timer.setObjectName("compare-sync")
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        for player in self.players:
            player.mediaLoaded.connect(lambda p=player: self._settle(p, True))
            player.errorOccurred.connect(lambda _t, p=player: self._settle(p, False))
            player.positionChanged.connect(lambda ms, p=player: self._on_position(p, ms))
            player.durationChanged.connect(lambda ms, p=player: self._on_duration(p, ms))
            player.playingChanged.connect(lambda on, p=player: self._on_playing(p, on))

    # -- state -----------------------------------------------------------------------------

    def is_ready(self) -> bool:
        return len(self._settled) == len(self.players)

    def is_playing(self) -> bool:
        return self.leader is not None and self.leader.is_playing()

    def position_ms(self) -> int:
        return self.leader.position_ms() if self.leader else 0

    def duration_ms(self) -> int:
        return self.leader.duration_ms() if self.leader else 0

    def loop(self) -> bool:
        return self._loop

    # -- commands --------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget the leader: both players are about to open new clips."""
        self._timer.stop()
        self._settled.clear()
        self.leader = self.follower = None

    def play(self) -> None:
        if self.leader is None:
            return
        self.leader.play()
        self._follow(self.leader.position_ms(), force=True)

    def pause(self) -> None:
        for player in self._playable():
            player.pause()

    def toggle(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def seek_ms(self, position_ms: int) -> None:
        if self.leader is None:
            return
        self.leader.seek_ms(position_ms)
        self._follow(position_ms, force=True)

    def step_frames(self, count: int) -> None:
        """Pause both and move the leader `count` frames; the follower shows the same moment."""
        leader = self.leader
        if leader is None or not leader.is_loaded():
            return
        self.pause()
        target = max(0, min(leader.current_frame() + count, leader.frame_count() - 1))
        self.seek_ms(frame_ms(target, leader.fps))

    def set_loop(self, loop: bool) -> None:
        self._loop = loop
        if self.leader is not None:
            self.leader.set_loop(loop)
        if self.follower is not None:
            self.follower.set_loop(True)  # never EndOfMedia: see the class docstring

    def set_rate(self, rate: float) -> None:
        for player in self._playable():
            player.set_rate(rate)

    def rate(self) -> float:
        return self.leader.rate() if self.leader else 1.0

    # -- following -------------------------------------------------------------------------

    def _playable(self) -> list[Player]:
        return [p for p in (self.leader, self.follower) if p is not None]

    def _hold_ms(self, follower: Player) -> int:
        """Where the follower's last frame starts: from there on it holds that frame."""
        return int((follower.frame_count() - 1) * 1000 / follower.fps)

    def _follow(self, leader_ms: int, *, force: bool = False) -> None:
        """Bring the follower to the leader's moment: playing beside it, or held at its end."""
        follower, leader = self.follower, self.leader
        if follower is None or leader is None or not follower.is_loaded():
            return
        if leader_ms >= self._hold_ms(follower):
            if follower.is_playing():
                follower.pause()
            last = follower.frame_count() - 1
            if frame_at(follower.position_ms(), follower.fps) != last:
                follower.seek_ms(frame_ms(last, follower.fps))
            return
        now = time.monotonic()
        if leader.is_playing() and not follower.is_playing():
            follower.play()
            force = True
        elif not leader.is_playing() and follower.is_playing():
            follower.pause()
            force = True
        if drift_ms(follower, leader_ms) <= DRIFT_MS:
            self._drifting_since = None
        elif self._drifting_since is None:
            self._drifting_since = now
        drifted = (self._drifting_since is not None and now >= self._quiet_until
                   and now - self._drifting_since >= DRIFT_LASTS_S)
        if force or drifted:
            self.reseeks += int(not force)
            self._drifting_since = None
            follower.seek_ms(leader_ms)
            self._quiet_until = now + RESEEK_PAUSE_S

    # -- slots -----------------------------------------------------------------------------

    def _settle(self, player: Player, plays: bool) -> None:
        self._settled[player] = plays
        if not self.is_ready():
            return
        playing = [p for p in self.players if self._settled.get(p)]
        # The longer clip leads; on a tie the first (left) one does.
        playing.sort(key=lambda p: -p.duration_ms())
        self.leader = playing[0] if playing else None
        self.follower = playing[1] if len(playing) > 1 else None
        self.set_loop(self._loop)
        if self.leader is not None:
            self._last_leader_ms = self.leader.position_ms()
            self.durationChanged.emit(self.leader.duration_ms())
            self.positionChanged.emit(self._last_leader_ms)
        self.ready.emit()

    def _on_position(self, player: Player, position_ms: int) -> None:
        if player is self.leader:
            self.positionChanged.emit(position_ms)

    def _on_duration(self, player: Player, duration_ms: int) -> None:
        if player is self.leader:
            self.durationChanged.emit(duration_ms)

    def _on_playing(self, player: Player, playing: bool) -> None:
        if player is not self.leader:
            return
        if playing:
            self._last_leader_ms = player.position_ms()
            self._timer.start()
        else:
            self._timer.stop()
            if self.follower is not None and self.follower.is_playing():
                self.follower.pause()  # the leader stopped at its end, loop off
        self.playingChanged.emit(playing)

    def _on_timer_timeout(self) -> None:
        if self.leader is None:
            return
        now_ms = self.leader.position_ms()
        looped = now_ms < self._last_leader_ms - LOOP_JUMP_MS
        self._last_leader_ms = now_ms
        self._follow(now_ms, force=looped)
