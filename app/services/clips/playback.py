"""One facade over QMediaPlayer and QAudioOutput: typed signals, units in names, plain errors."""

from __future__ import annotations

import logging
import math
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt, QUrl, Signal

from app.core.catalog import PlayerMsg
from app.core.messages import Message

log = logging.getLogger(__name__)
# Qt's name of qint64: a signal of this type connects to QMediaPlayer's signal to signal
# (PySide takes the C++ name as a string; its stubs only know Python types).
QT_INT64: Any = "qlonglong"

try:  # QtMultimedia cannot even be imported without libpulse: say so instead of crashing
    from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaMetaData, QMediaPlayer
    _IMPORT_ERROR: str | None = None
except ImportError as exc:  # pragma: no cover - depends on the machine
    _IMPORT_ERROR = str(exc)

DEFAULT_FPS: Final = 24.0
SHORT_CLIP_MS: Final = 30_000  # clips this short loop by default: they are watched many times
RATES: Final = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
MIN_RATE, MAX_RATE = RATES[0], RATES[-1]


def multimedia_problem() -> str | None:
    """Why no video can be played on this machine, or None when playback is possible."""
    if _IMPORT_ERROR is not None:
        return Message(PlayerMsg.PLAYER_NO_MULTIMEDIA, reason=_IMPORT_ERROR)
    if not QMediaPlayer().isAvailable():
        return Message(PlayerMsg.PLAYER_NO_BACKEND)
    return None


def frame_at(position_ms: int, fps: float) -> int:
    """The index of the frame on screen at `position_ms`."""
    return max(0, math.floor(position_ms * fps / 1000 + 1e-6))


def frame_ms(frame: int, fps: float) -> int:
    """A position inside `frame` (its middle, so that decoders rounding either way show it)."""
    return max(0, math.floor((frame + 0.5) * 1000 / fps))


class Player(QObject):
    """Plays one clip at a time.

    Signals: mediaLoaded() — the clip is open, duration and frame rate known;
    positionChanged(int ms); durationChanged(int ms); playingChanged(bool);
    loopChanged(bool); mutedChanged(bool); volumeChanged(float 0–1); rateChanged(float);
    audioAvailableChanged(bool) — an audio output device exists;
    errorOccurred(str) — a plain sentence saying why the clip cannot be played.
    """

    mediaLoaded = Signal()
    # QMediaPlayer's own type (qint64), so its signals connect to these with no Python call
    # per tick: a take grid has nine players ticking many times a second.
    positionChanged = Signal(QT_INT64)
    durationChanged = Signal(QT_INT64)
    playingChanged = Signal(bool)
    loopChanged = Signal(bool)
    mutedChanged = Signal(bool)
    volumeChanged = Signal(float)
    rateChanged = Signal(float)
    audioAvailableChanged = Signal(bool)
    errorOccurred = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problem = multimedia_problem()
        self._path: Path | None = None
        self._fps = DEFAULT_FPS
        self._loop = False
        self._error: str | None = None
        self._loaded = False  # LoadedMedia comes back after every seek while paused
        self._autoplay = False  # play once loaded (Play, a double-click) rather than pause
        if self.problem is not None:
            self._player: Any = None
            return
        self._player = QMediaPlayer(self)
        self._audio = QAudioOutput(self)
        self._player.setAudioOutput(self._audio)
        self._devices = QMediaDevices(self)
        self._player.positionChanged.connect(self.positionChanged)
        self._player.durationChanged.connect(self.durationChanged)
        self._player.playbackStateChanged.connect(self._on_player_state_changed)
        # Queued: the handler pauses the player, and calling into the FFmpeg back-end from
        # inside its own mediaStatusChanged can deadlock it (seen: pause() blocking on a mutex
        # the back-end holds while it emits). The handler reads the status of the moment.
        self._player.mediaStatusChanged.connect(self._on_player_media_status_changed,
                                                Qt.ConnectionType.QueuedConnection)
        self._player.errorOccurred.connect(self._on_player_error_occurred)
        self._player.playbackRateChanged.connect(lambda r: self.rateChanged.emit(float(r)))
        self._audio.mutedChanged.connect(lambda m: self.mutedChanged.emit(bool(m)))
        self._audio.volumeChanged.connect(lambda v: self.volumeChanged.emit(float(v)))
        self._devices.audioOutputsChanged.connect(self._on_devices_audio_outputs_changed)

    # -- state -----------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self._player is not None

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def error(self) -> str | None:
        return self._error

    @property
    def fps(self) -> float:
        return self._fps

    @property
    def audio_available(self) -> bool:
        return bool(QMediaDevices.audioOutputs()) if self.available else False

    def audio_note(self) -> str | None:
        """A sentence for the user when the clip will play without sound, else None."""
        if self.available and not self.audio_available:
            return Message(PlayerMsg.PLAYER_NO_AUDIO)
        return None

    def position_ms(self) -> int:
        return int(self._player.position()) if self.available else 0

    def duration_ms(self) -> int:
        return int(self._player.duration()) if self.available else 0

    def frame_count(self) -> int:
        return max(1, math.ceil(self.duration_ms() * self._fps / 1000 - 1e-6))

    def current_frame(self) -> int:
        return frame_at(self.position_ms(), self._fps)

    def is_playing(self) -> bool:
        return self.available and (self._player.playbackState()
                                   == QMediaPlayer.PlaybackState.PlayingState)

    def is_loaded(self) -> bool:
        return self.available and self._player.mediaStatus() in (
            QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia,
            QMediaPlayer.MediaStatus.BufferingMedia, QMediaPlayer.MediaStatus.EndOfMedia)

    def media_status(self) -> Any:
        return self._player.mediaStatus() if self.available else None

    def loop(self) -> bool:
        return self._loop

    def muted(self) -> bool:
        return bool(self._audio.isMuted()) if self.available else False

    def volume(self) -> float:
        return float(self._audio.volume()) if self.available else 0.0

    def rate(self) -> float:
        return float(self._player.playbackRate()) if self.available else 1.0

    # -- commands --------------------------------------------------------------------------

    def _command(self, slot: str, *args: Any) -> None:
        """Call a slot of the QMediaPlayer without holding Python's lock (the GIL).

        A plain call from Python holds the GIL for the whole C++ call. Stopping, or replacing
        the source, waits for FFmpeg's render threads, and the audio renderer, destroying an
        object connected to our QAudioOutput, asks for the GIL to call into its Python
        wrapper: a deadlock (gdb: the GUI thread in QObject::disconnect under stop(), the
        audio renderer in PyGILState_Ensure under ~QObject; ~1 in 100 closes while playing).
        QMetaObject.invokeMethod lets the GIL go; a direct connection keeps the call
        synchronous. `args` are Q_ARG values."""
        QMetaObject.invokeMethod(self._player, slot, Qt.ConnectionType.DirectConnection, *args)

    def _set_source(self, url: QUrl) -> None:
        self._command("setSource", Q_ARG(QUrl, url))

    def _set_position(self, position_ms: int) -> None:
        self._command("setPosition", Q_ARG("qint64", int(position_ms)))

    def set_video_output(self, output: QObject | None) -> None:
        """A QVideoWidget, QGraphicsVideoItem or QVideoSink that shows the frames."""
        if self.available:
            self._player.setVideoOutput(output)

    def open(self, path: Path, *, autoplay: bool = False) -> None:
        """Load `path`, paused on its first frame (playing from it with `autoplay`);
        mediaLoaded or errorOccurred follows."""
        self._path, self._error, self._fps, self._loaded = path, None, DEFAULT_FPS, False
        self._autoplay = autoplay
        if not self.available:
            self._fail(self.problem or "")
            return
        if not path.is_file():
            self._set_source(QUrl())
            self._fail(Message(PlayerMsg.PLAYER_MISSING, path=str(path)))
            return
        url = QUrl.fromLocalFile(str(path))
        self._loaded = True  # the old source may report LoadedMedia while it is replaced
        if self._player.source() == url:
            # The same clip again (a double-click on the clip on show): Qt keeps it as it is,
            # and no LoadedMedia would follow (the player's controls would stay greyed).
            self._set_source(QUrl())
        self._set_source(url)
        self._loaded = False

    def close(self) -> None:
        self._path, self._loaded = None, False
        if self.available:
            self._command("stop")
            self._set_source(QUrl())

    def play(self) -> None:
        if self.is_loaded():
            if self._player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
                self._set_position(0)
            self._command("play")

    def pause(self) -> None:
        if self.available:
            self._command("pause")

    def toggle(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def seek_ms(self, position_ms: int) -> None:
        if self.available:
            self._set_position(max(0, min(position_ms, self.duration_ms())))

    def step_frames(self, count: int) -> None:
        """Pause and move `count` frames (negative: back), landing exactly on a frame."""
        if not self.is_loaded():
            return
        self.pause()
        target = max(0, min(self.current_frame() + count, self.frame_count() - 1))
        self._set_position(frame_ms(target, self._fps))

    def set_loop(self, loop: bool) -> None:
        if self.available:
            self._player.setLoops(QMediaPlayer.Loops.Infinite if loop else 1)
        if loop != self._loop:
            self._loop = loop
            self.loopChanged.emit(loop)

    def set_muted(self, muted: bool) -> None:
        if self.available:
            self._audio.setMuted(muted)

    def set_volume(self, volume: float) -> None:
        """Volume from 0 to 1, linear."""
        if self.available:
            self._audio.setVolume(max(0.0, min(volume, 1.0)))

    def set_rate(self, rate: float) -> None:
        if self.available:
            self._command("setPlaybackRate", Q_ARG(float, max(MIN_RATE, min(rate, MAX_RATE))))

    def next_rate(self, faster: bool) -> float:
        """The next step of RATES up or down from the current rate (stays at the ends)."""
        now = self.rate()
        if faster:
            return next((r for r in RATES if r > now + 1e-6), MAX_RATE)
        return next((r for r in reversed(RATES) if r < now - 1e-6), MIN_RATE)

    # -- slots -----------------------------------------------------------------------------

    def _fail(self, message: str) -> None:
        self._error = message
        log.info("cannot play %s: %s", self._path, message)
        self.errorOccurred.emit(message)

    def _on_player_state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        self.playingChanged.emit(state == QMediaPlayer.PlaybackState.PlayingState)

    def _on_player_media_status_changed(self, _queued: QMediaPlayer.MediaStatus) -> None:
        if self._player is None or self._path is None:
            return  # closed since
        status = self._player.mediaStatus()
        if (status == QMediaPlayer.MediaStatus.LoadedMedia and self._error is None
                and not self._loaded):
            self._loaded = True
            rate = self._player.metaData().value(QMediaMetaData.Key.VideoFrameRate)
            self._fps = float(rate) if isinstance(rate, int | float) and rate > 0 else DEFAULT_FPS
            self.set_loop(self.duration_ms() <= SHORT_CLIP_MS)
            # Stopped, nothing is drawn: pausing shows the first frame.
            self._command("play" if self._autoplay else "pause")
            self.mediaLoaded.emit()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia and self._error is None:
            self._fail(Message(PlayerMsg.PLAYER_UNREADABLE,
                               name=self._path.name if self._path else ""))

    def _on_player_error_occurred(self, error: QMediaPlayer.Error, detail: str) -> None:
        if error == QMediaPlayer.Error.NoError or self._error is not None:
            return
        name = self._path.name if self._path else ""
        if error == QMediaPlayer.Error.FormatError:
            why = PlayerMsg.PLAYER_FORMAT
        elif error == QMediaPlayer.Error.AccessDeniedError:
            why = PlayerMsg.PLAYER_DENIED
        else:
            why = PlayerMsg.PLAYER_DAMAGED
        log.debug("media error %s: %s", error, detail)
        self._fail(Message(why, name=name))

    def _on_devices_audio_outputs_changed(self) -> None:
        self._audio.setDevice(QMediaDevices.defaultAudioOutput())
        self.audioAvailableChanged.emit(self.audio_available)
