"""One facade over QMediaPlayer and QAudioOutput: typed signals, units in names, plain errors.

QtMultimedia is imported, and the media objects made, at the first clip (`Player.open`) or
when something needs them (`available`, `problem`, `set_video_output`): importing it costs tens
of milliseconds and its audio output connects to the sound server, which the studio's first
paint does without (its viewer shows no clip at start). Until then a Player keeps its
settings (loop, muted, volume, rate) as plain values; the media objects take them when made.
"""

from __future__ import annotations

import functools
import logging
import math
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt, QUrl, Signal

from app.core.catalog import PlayerMsg
from app.core.messages import Message

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QMediaPlayer

log = logging.getLogger(__name__)
# Qt's name of qint64: a signal of this type connects to QMediaPlayer's signal to signal
# (PySide takes the C++ name as a string; its stubs only know Python types).
QT_INT64: Any = "qlonglong"

DEFAULT_FPS: Final = 24.0
SHORT_CLIP_MS: Final = 30_000  # clips this short loop by default: they are watched many times
RATES: Final = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
MIN_RATE, MAX_RATE = RATES[0], RATES[-1]


@functools.cache
def _multimedia() -> ModuleType:
    """PySide6.QtMultimedia, imported on first use. ImportError where it cannot be loaded
    (no libpulse, say): the caller says so instead of crashing."""
    from PySide6 import QtMultimedia

    return QtMultimedia


def _import_problem() -> str | None:
    try:
        _multimedia()
    except ImportError as exc:  # pragma: no cover - depends on the machine
        return Message(PlayerMsg.PLAYER_NO_MULTIMEDIA, reason=str(exc))
    return None


def multimedia_problem() -> str | None:
    """Why no video can be played on this machine, or None when playback is possible.

    Imports QtMultimedia and asks a throwaway QMediaPlayer; a Player asks its own (`problem`)."""
    problem = _import_problem()
    if problem is None and not _multimedia().QMediaPlayer().isAvailable():
        problem = Message(PlayerMsg.PLAYER_NO_BACKEND)
    return problem


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

    The media objects are made at the first clip (see the module's docstring): before, the
    questions are answered from the settings kept, and a setting changed says so itself.
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
        self._path: Path | None = None
        self._fps = DEFAULT_FPS
        self._loop = False
        self._muted, self._volume, self._rate = False, 1.0, 1.0  # until the media objects
        self._error: str | None = None
        self._loaded = False  # LoadedMedia comes back after every seek while paused
        self._autoplay = False  # play once loaded (Play, a double-click) rather than pause
        self._built = False  # the media objects were made, or found impossible (`_problem`)
        self._problem: str | None = None
        self._player: Any = None
        self._audio: Any = None
        self._devices: Any = None

    def _build(self) -> bool:
        """Make the media objects (once), with the settings kept so far. False when this
        machine cannot play video (`problem` says why)."""
        if self._built:
            return self._player is not None
        self._built = True
        self._problem = _import_problem()
        if self._problem is not None:
            return False
        qtmm = _multimedia()
        player = qtmm.QMediaPlayer(self)
        if not player.isAvailable():  # no media back-end (the FFmpeg plugin missing)
            self._problem = Message(PlayerMsg.PLAYER_NO_BACKEND)
            player.deleteLater()
            return False
        self._player, self._audio = player, qtmm.QAudioOutput(self)
        self._audio.setMuted(self._muted)
        self._audio.setVolume(self._volume)
        player.setAudioOutput(self._audio)
        player.setLoops(qtmm.QMediaPlayer.Loops.Infinite if self._loop else 1)
        player.setPlaybackRate(self._rate)
        self._devices = qtmm.QMediaDevices(self)
        player.positionChanged.connect(self.positionChanged)
        player.durationChanged.connect(self.durationChanged)
        player.playbackStateChanged.connect(self._on_player_state_changed)
        # Queued: the handler pauses the player, and calling into the FFmpeg back-end from
        # inside its own mediaStatusChanged can deadlock it (seen: pause() blocking on a mutex
        # the back-end holds while it emits). The handler reads the status of the moment.
        player.mediaStatusChanged.connect(self._on_player_media_status_changed,
                                          Qt.ConnectionType.QueuedConnection)
        player.errorOccurred.connect(self._on_player_error_occurred)
        player.playbackRateChanged.connect(lambda r: self.rateChanged.emit(float(r)))
        self._audio.mutedChanged.connect(lambda m: self.mutedChanged.emit(bool(m)))
        self._audio.volumeChanged.connect(lambda v: self.volumeChanged.emit(float(v)))
        self._devices.audioOutputsChanged.connect(self._on_devices_audio_outputs_changed)
        return True

    # -- state -----------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """This machine can play video. Asking makes the media objects."""
        return self._build()

    @property
    def problem(self) -> str | None:
        """Why this machine cannot play video, or None. Asking makes the media objects."""
        self._build()
        return self._problem

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
        return self._player is not None and bool(_multimedia().QMediaDevices.audioOutputs())

    def audio_note(self) -> str | None:
        """A sentence for the user when the clip will play without sound, else None."""
        if self._player is not None and not self.audio_available:
            return Message(PlayerMsg.PLAYER_NO_AUDIO)
        return None

    def position_ms(self) -> int:
        return int(self._player.position()) if self._player is not None else 0

    def duration_ms(self) -> int:
        return int(self._player.duration()) if self._player is not None else 0

    def frame_count(self) -> int:
        return max(1, math.ceil(self.duration_ms() * self._fps / 1000 - 1e-6))

    def current_frame(self) -> int:
        return frame_at(self.position_ms(), self._fps)

    def is_playing(self) -> bool:
        return self._player is not None and (
            self._player.playbackState() == _multimedia().QMediaPlayer.PlaybackState.PlayingState)

    def is_loaded(self) -> bool:
        if self._player is None:
            return False
        status = _multimedia().QMediaPlayer.MediaStatus
        return self._player.mediaStatus() in (status.LoadedMedia, status.BufferedMedia,
                                              status.BufferingMedia, status.EndOfMedia)

    def media_status(self) -> Any:
        return self._player.mediaStatus() if self._player is not None else None

    def loop(self) -> bool:
        return self._loop

    def muted(self) -> bool:
        return bool(self._audio.isMuted()) if self._audio is not None else self._muted

    def volume(self) -> float:
        return float(self._audio.volume()) if self._audio is not None else self._volume

    def rate(self) -> float:
        return float(self._player.playbackRate()) if self._player is not None else self._rate

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
        """A QVideoWidget, QGraphicsVideoItem or QVideoSink that shows the frames (one given
        makes the media objects)."""
        if (output is not None or self._player is not None) and self._build():
            self._player.setVideoOutput(output)

    def open(self, path: Path, *, autoplay: bool = False) -> None:
        """Load `path`, paused on its first frame (playing from it with `autoplay`);
        mediaLoaded or errorOccurred follows. The first clip makes the media objects."""
        self._path, self._error, self._fps, self._loaded = path, None, DEFAULT_FPS, False
        self._autoplay = autoplay
        if not self._build():
            self._fail(self._problem or "")
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
        if self._player is not None:
            self._command("stop")
            self._set_source(QUrl())

    def play(self) -> None:
        if self.is_loaded():
            if self._player.mediaStatus() == _multimedia().QMediaPlayer.MediaStatus.EndOfMedia:
                self._set_position(0)
            self._command("play")

    def pause(self) -> None:
        if self._player is not None:
            self._command("pause")

    def toggle(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def seek_ms(self, position_ms: int) -> None:
        if self._player is not None:
            self._set_position(max(0, min(position_ms, self.duration_ms())))

    def step_frames(self, count: int) -> None:
        """Pause and move `count` frames (negative: back), landing exactly on a frame."""
        if not self.is_loaded():
            return
        self.pause()
        target = max(0, min(self.current_frame() + count, self.frame_count() - 1))
        self._set_position(frame_ms(target, self._fps))

    def set_loop(self, loop: bool) -> None:
        if self._player is not None:
            self._player.setLoops(_multimedia().QMediaPlayer.Loops.Infinite if loop else 1)
        if loop != self._loop:
            self._loop = loop
            self.loopChanged.emit(loop)

    def set_muted(self, muted: bool) -> None:
        if self._audio is not None:
            self._audio.setMuted(muted)  # its mutedChanged is ours
        elif muted != self._muted:
            self._muted = muted
            self.mutedChanged.emit(muted)

    def set_volume(self, volume: float) -> None:
        """Volume from 0 to 1, linear."""
        volume = max(0.0, min(volume, 1.0))
        if self._audio is not None:
            self._audio.setVolume(volume)
        elif volume != self._volume:
            self._volume = volume
            self.volumeChanged.emit(volume)

    def set_rate(self, rate: float) -> None:
        rate = max(MIN_RATE, min(rate, MAX_RATE))
        if self._player is not None:
            self._command("setPlaybackRate", Q_ARG(float, rate))
        elif rate != self._rate:
            self._rate = rate
            self.rateChanged.emit(rate)

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
        self.playingChanged.emit(state == _multimedia().QMediaPlayer.PlaybackState.PlayingState)

    def _on_player_media_status_changed(self, _queued: QMediaPlayer.MediaStatus) -> None:
        if self._player is None or self._path is None:
            return  # closed since
        qtmm = _multimedia()
        status = self._player.mediaStatus()
        if (status == qtmm.QMediaPlayer.MediaStatus.LoadedMedia and self._error is None
                and not self._loaded):
            self._loaded = True
            rate = self._player.metaData().value(qtmm.QMediaMetaData.Key.VideoFrameRate)
            self._fps = float(rate) if isinstance(rate, int | float) and rate > 0 else DEFAULT_FPS
            self.set_loop(self.duration_ms() <= SHORT_CLIP_MS)
            # Stopped, nothing is drawn: pausing shows the first frame.
            self._command("play" if self._autoplay else "pause")
            self.mediaLoaded.emit()
        elif status == qtmm.QMediaPlayer.MediaStatus.InvalidMedia and self._error is None:
            self._fail(Message(PlayerMsg.PLAYER_UNREADABLE,
                               name=self._path.name if self._path else ""))

    def _on_player_error_occurred(self, error: QMediaPlayer.Error, detail: str) -> None:
        errors = _multimedia().QMediaPlayer.Error
        if error == errors.NoError or self._error is not None:
            return
        name = self._path.name if self._path else ""
        if error == errors.FormatError:
            why = PlayerMsg.PLAYER_FORMAT
        elif error == errors.AccessDeniedError:
            why = PlayerMsg.PLAYER_DENIED
        else:
            why = PlayerMsg.PLAYER_DAMAGED
        log.debug("media error %s: %s", error, detail)
        self._fail(Message(why, name=name))

    def _on_devices_audio_outputs_changed(self) -> None:
        self._audio.setDevice(_multimedia().QMediaDevices.defaultAudioOutput())
        self.audioAvailableChanged.emit(self.audio_available)
