"""The Player facade on a real clip, offscreen: loading, frames on a sink, steps, plain errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtMultimedia import QMediaDevices, QVideoFrame, QVideoSink
from pytestqt.qtbot import QtBot

from app.services.clips.playback import Player, frame_at, frame_ms


def test_frame_arithmetic_lands_inside_each_frame() -> None:
    for fps in (24.0, 25.0, 30.0, 23.976):
        for frame in range(0, 500):
            assert frame_at(frame_ms(frame, fps), fps) == frame


def test_clip_loads_and_frames_arrive(qtbot: QtBot, player: Player, clip: Path) -> None:
    sink = QVideoSink()
    player.set_video_output(sink)
    with qtbot.waitSignal(player.mediaLoaded, timeout=10_000):
        player.open(clip)
    # mediaLoaded is emitted on LoadedMedia; the pause onto the first frame then buffers
    assert player.is_loaded()
    assert player.duration_ms() == 2000
    assert player.fps == 24.0
    assert player.frame_count() == 48
    assert player.loop()  # short clips loop by default
    frames: list[QVideoFrame] = []
    sink.videoFrameChanged.connect(frames.append)
    player.set_rate(2.0)
    with qtbot.waitSignal(player.playingChanged, timeout=5000):
        player.play()
    qtbot.waitUntil(lambda: len(frames) >= 3, timeout=10_000)
    assert frames[-1].isValid() and frames[-1].width() == 320
    assert player.is_playing()


def test_step_frames_is_frame_accurate(qtbot: QtBot, player: Player, clip: Path) -> None:
    sink = QVideoSink()
    player.set_video_output(sink)
    with qtbot.waitSignal(player.mediaLoaded, timeout=10_000):
        player.open(clip)
    for expected in (1, 2, 3):
        player.step_frames(1)
        start_us = expected * 1_000_000 / 24
        qtbot.waitUntil(lambda s=start_us: abs(sink.videoFrame().startTime() - s) < 2,
                        timeout=5000)
        assert player.current_frame() == expected
    player.step_frames(-2)
    qtbot.waitUntil(lambda: player.current_frame() == 1, timeout=5000)
    player.step_frames(-10)  # clamped to the first frame
    qtbot.waitUntil(lambda: player.current_frame() == 0, timeout=5000)
    player.step_frames(1000)  # clamped to the last
    qtbot.waitUntil(lambda: player.current_frame() == 47, timeout=5000)
    assert not player.is_playing()


def test_no_audio_device_is_said_plainly(qtbot: QtBot, player: Player, clip: Path) -> None:
    with qtbot.waitSignal(player.mediaLoaded, timeout=10_000):
        player.open(clip)
    if QMediaDevices.audioOutputs():
        assert player.audio_note() is None
    else:
        assert player.audio_note() == "No audio device: the clip plays without sound."


def test_unplayable_file_says_why(qtbot: QtBot, player: Player, broken: Path) -> None:
    with qtbot.waitSignal(player.errorOccurred, timeout=10_000) as blocker:
        player.open(broken)
    assert blocker.args == [f"The clip cannot be played: the format of {broken.name} is not "
                            "supported."]
    assert not player.is_loaded()
    player.play()  # harmless
    assert not player.is_playing()


def test_missing_file_says_why(qtbot: QtBot, player: Player, tmp_path: Path) -> None:
    missing = tmp_path / "gone.mp4"
    with qtbot.waitSignal(player.errorOccurred, timeout=1000) as blocker:
        player.open(missing)
    assert blocker.args == [f"The clip cannot be played: {missing} does not exist."]


def test_rate_mute_volume_loop(qtbot: QtBot, player: Player, clip: Path) -> None:
    with qtbot.waitSignal(player.mediaLoaded, timeout=10_000):
        player.open(clip)
    player.set_rate(8.0)
    assert player.rate() == 2.0
    assert player.next_rate(faster=True) == 2.0
    player.set_rate(1.0)
    assert player.next_rate(faster=False) == 0.75
    with qtbot.waitSignal(player.mutedChanged) as muted:
        player.set_muted(True)
    assert muted.args == [True] and player.muted()
    player.set_volume(0.3)
    assert abs(player.volume() - 0.3) < 1e-6
    with qtbot.waitSignal(player.loopChanged) as looped:
        player.set_loop(False)
    assert looped.args == [False]
