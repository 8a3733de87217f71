"""Players driven as one (two in the compare view, up to nine in the take grid): the longest
clip leads, the others follow it within a frame."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.services.clips.playback import QT_INT64, Player, frame_at, frame_ms

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


class _Drift:
    """One follower's drift bookkeeping."""

    def __init__(self) -> None:
        self.since: float | None = None  # drifting past DRIFT_MS since then
        self.quiet_until = 0.0  # re-seeked: not chased again before then


class SyncedGroup(QObject):
    """Plays several Players together. Once all have loaded (or failed), the one with the
    longest clip leads: the shared transport drives it, and each follower is re-seeked to it
    when they drift more than DRIFT_MS apart, or at once when the leader loops or is seeked.

    A shorter clip holds its last frame until the longest one loops (rather than looping
    itself): a comparison is read from a common start, and a short clip that restarted mid-way
    would no longer line up with anything. A follower's own QMediaPlayer loops forever,
    because reaching EndOfMedia clears its picture; we pause it on its last frame ourselves.

    Signals: ready() — every player has settled, `leader` is known (None if none plays);
    positionChanged(int ms), durationChanged(int ms), playingChanged(bool) — the leader's.
    """

    ready = Signal()
    positionChanged = Signal(QT_INT64)  # the players' type: relayed signal to signal
    durationChanged = Signal(QT_INT64)
    playingChanged = Signal(bool)

    def __init__(self, players: Sequence[Player], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.players = tuple(players)
        self.leader: Player | None = None
        self.followers: tuple[Player, ...] = ()
        self._settled: dict[Player, bool] = {}  # player -> it plays (False: it failed)
        self._loop = True
        self._last_leader_ms = 0
        self._drift: dict[Player, _Drift] = {}
        self.reseeks = 0  # how often a follower had to be pulled back: for tests and logs
        self._timer = QTimer(self)
        self._timer.setObjectName("compare-sync")
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        for player in self.players:
            player.mediaLoaded.connect(lambda p=player: self._settle(p, True))
            player.errorOccurred.connect(lambda _t, p=player: self._settle(p, False))
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
        """Forget the leader: the players are about to open new clips."""
        self._timer.stop()
        self._settled.clear()
        self._relay(None)
        self.followers = ()

    def _relay(self, leader: Player | None) -> None:
        """The leader's position and length become the group's, signal to signal: the
        followers' own ticks (each player's, many a second) never reach Python here."""
        if self.leader is not None:
            self.leader.positionChanged.disconnect(self.positionChanged)
            self.leader.durationChanged.disconnect(self.durationChanged)
        self.leader = leader
        if leader is not None:
            leader.positionChanged.connect(self.positionChanged)
            leader.durationChanged.connect(self.durationChanged)

    def play(self) -> None:
        if self.leader is None:
            return
        self.leader.play()
        self._follow_all(self.leader.position_ms(), force=True)

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
        self._follow_all(position_ms, force=True)

    def step_frames(self, count: int) -> None:
        """Pause all and move the leader `count` frames; the others show the same moment."""
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
        for follower in self.followers:
            follower.set_loop(True)  # never EndOfMedia: see the class docstring

    def set_rate(self, rate: float) -> None:
        for player in self._playable():
            player.set_rate(rate)

    def rate(self) -> float:
        return self.leader.rate() if self.leader else 1.0

    # -- following -------------------------------------------------------------------------

    def _playable(self) -> list[Player]:
        return [p for p in (self.leader, *self.followers) if p is not None]

    def _hold_ms(self, follower: Player) -> int:
        """Where the follower's last frame starts: from there on it holds that frame."""
        return int((follower.frame_count() - 1) * 1000 / follower.fps)

    def _follow_all(self, leader_ms: int, *, force: bool = False) -> None:
        for follower in self.followers:
            self._follow(follower, leader_ms, force=force)

    def _follow(self, follower: Player, leader_ms: int, *, force: bool = False) -> None:
        """Bring a follower to the leader's moment: playing beside it, or held at its end."""
        leader = self.leader
        if leader is None or not follower.is_loaded():
            return
        if leader_ms >= self._hold_ms(follower):
            if follower.is_playing():
                follower.pause()
            last = follower.frame_count() - 1
            if frame_at(follower.position_ms(), follower.fps) != last:
                follower.seek_ms(frame_ms(last, follower.fps))
            return
        now = time.monotonic()
        drift = self._drift.setdefault(follower, _Drift())
        if leader.is_playing() and not follower.is_playing():
            follower.play()
            force = True
        elif not leader.is_playing() and follower.is_playing():
            follower.pause()
            force = True
        if drift_ms(follower, leader_ms) <= DRIFT_MS:
            drift.since = None
        elif drift.since is None:
            drift.since = now
        drifted = (drift.since is not None and now >= drift.quiet_until
                   and now - drift.since >= DRIFT_LASTS_S)
        if force or drifted:
            self.reseeks += int(not force)
            drift.since = None
            follower.seek_ms(leader_ms)
            drift.quiet_until = now + RESEEK_PAUSE_S

    # -- slots -----------------------------------------------------------------------------

    def _settle(self, player: Player, plays: bool) -> None:
        self._settled[player] = plays
        if not self.is_ready():
            return
        playing = [p for p in self.players if self._settled.get(p)]
        # The longest clip leads; on a tie the first (left, top) one does.
        playing.sort(key=lambda p: -p.duration_ms())
        self._relay(playing[0] if playing else None)
        self.followers = tuple(playing[1:])
        self.set_loop(self._loop)
        if self.leader is not None:
            self._last_leader_ms = self.leader.position_ms()
            self.durationChanged.emit(self.leader.duration_ms())
            self.positionChanged.emit(self._last_leader_ms)
        self.ready.emit()

    def _on_playing(self, player: Player, playing: bool) -> None:
        if player is not self.leader:
            return
        if playing:
            self._last_leader_ms = player.position_ms()
            self._timer.start()
        else:
            self._timer.stop()
            for follower in self.followers:
                if follower.is_playing():
                    follower.pause()  # the leader stopped at its end, loop off
        self.playingChanged.emit(playing)

    def _on_timer_timeout(self) -> None:
        if self.leader is None:
            return
        now_ms = self.leader.position_ms()
        looped = now_ms < self._last_leader_ms - LOOP_JUMP_MS
        self._last_leader_ms = now_ms
        for follower in self.followers:
            # A playing follower as long as the leader loops by itself at the same moment: a
            # forced seek there costs frames for nothing (the drift check still catches it).
            self._follow(follower, now_ms,
                         force=looped and not self._loops_along(follower))

    def _loops_along(self, follower: Player) -> bool:
        leader = self.leader
        return (leader is not None and follower.is_playing() and follower.loop()
                and abs(follower.duration_ms() - leader.duration_ms()) <= 1000 / leader.fps)


class SyncedPair(SyncedGroup):
    """The compare view's two players: `follower` is the other one (None if it cannot play)."""

    def __init__(self, first: Player, second: Player, parent: QObject | None = None) -> None:
        super().__init__((first, second), parent)

    @property
    def follower(self) -> Player | None:
        return self.followers[0] if self.followers else None
