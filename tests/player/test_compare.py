"""Two real clips side by side, offscreen: loading, playing in step, one scrubber, swap, refusal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QComboBox
from pytestqt.qtbot import QtBot

from app.services.clips.playback import Player, frame_ms
from app.simulator.clips import ClipSpec, render_clip
from app.ui.player.compare import CompareView, CompareWindow, open_compare
from app.ui.player.compare_sync import DRIFT_MS, drift_ms
from tests.player.conftest import PROMPT

# Two players on a busy two-core machine: a frame of lag, the drift allowed, and slack.
STEP_TOLERANCE_MS = 1000 / 24 + DRIFT_MS + 60


@pytest.fixture(scope="module")
def short_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1 s, no sound, another colour (the painter's hue comes from the prompt), no sidecar."""
    path = tmp_path_factory.mktemp("compare-clips") / "whale.mp4"
    render_clip(path, ClipSpec(320, 180, 1, False, "A blue whale turns under the ice"))
    return path


@pytest.fixture
def view(qtbot: QtBot, qapp: Any) -> Iterator[CompareView]:
    left, right = Player(), Player()
    assert left.available, left.problem
    widget = CompareView(left, right)
    qtbot.addWidget(widget)
    widget.resize(1000, 480)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def open_both(qtbot: QtBot, view: CompareView, left: Path, right: Path) -> None:
    with qtbot.waitSignal(view.pair.ready, timeout=10_000):
        view.open_clips(left, right)


def frames_seen(view: CompareView) -> list[list[Any]]:
    seen: list[list[Any]] = [[], []]
    for side, frames in zip(view.sides, seen, strict=True):
        side.video.videoSink().videoFrameChanged.connect(frames.append)
    return seen


def test_both_clips_load_with_their_captions_and_frames(
        qtbot: QtBot, view: CompareView, clip: Path, short_clip: Path) -> None:
    seen = frames_seen(view)
    open_both(qtbot, view, clip, short_clip)
    left, right = view.left.player, view.right.player
    assert left.duration_ms() == 2000 and right.duration_ms() == 1000
    assert view.pair.leader is left and view.pair.follower is right  # the longer one leads
    assert view.transport.is_playable() and view.transport.scrub.maximum() == 2000
    assert view.transport.total.text() == "0:02.00"
    assert view.transport.loop_button.isChecked() and left.loop()
    assert view.left.caption_text() == f"“{PROMPT}” — Text to video · Fast · 480p · 16:9 · 2 s"
    assert view.right.caption_text() == "No settings saved with this clip"
    assert view.right.caption.text() == "No settings saved with this clip"
    shown = view.left.caption.text()  # one line, cut to the side's width: the prompt gives way
    assert shown.endswith("” — Text to video · Fast · 480p · 16:9 · 2 s"), shown
    assert view.left.caption.fontMetrics().horizontalAdvance(shown) <= view.left.caption.width()
    view.resize(700, 480)
    qtbot.waitUntil(lambda: view.left.caption.text() != shown)
    assert "…" in view.left.caption.text()
    assert view.left.caption.text().endswith("· 2 s")
    assert view.left.heading.text() == "Left · lantern.mp4"
    assert view.right.heading.text() == "Right · whale.mp4"
    view.pair.play()
    qtbot.waitUntil(lambda: all(len(f) >= 2 for f in seen), timeout=10_000)
    assert seen[0][-1].width() == 320 and seen[1][-1].isValid()
    # Different clips, different pictures: the painter's colours come from each prompt.
    middle = [f[-1].toImage().pixelColor(160, 20).name() for f in seen]
    assert middle[0] != middle[1]


def test_playing_keeps_both_in_step_and_the_short_one_waits(
        qtbot: QtBot, view: CompareView, clip: Path, short_clip: Path) -> None:
    open_both(qtbot, view, clip, short_clip)
    pair, left, right = view.pair, view.left.player, view.right.player
    gaps: list[float] = []

    def sample(_ms: int) -> None:
        lead = left.position_ms()
        if right.is_playing() and 100 < lead < 850:  # both playing, away from the ends
            gaps.append(drift_ms(right, lead))

    pair.positionChanged.connect(sample)
    with qtbot.waitSignal(pair.playingChanged, timeout=5000) as started:
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert started.args == [True] and view.transport.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: left.position_ms() > 1300, timeout=10_000)
    assert len(gaps) >= 5, gaps
    assert max(gaps) <= STEP_TOLERANCE_MS, gaps
    # Past its end the short clip holds its last frame, paused...
    assert not right.is_playing()
    assert right.current_frame() == right.frame_count() - 1
    # ...until the long one loops: then both start again together.
    qtbot.waitUntil(lambda: 100 < left.position_ms() < 900 and right.is_playing(),
                    timeout=10_000)
    qtbot.waitUntil(lambda: drift_ms(right, left.position_ms()) <= STEP_TOLERANCE_MS,
                    timeout=2000)
    with qtbot.waitSignal(pair.playingChanged, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not left.is_playing()
    qtbot.waitUntil(lambda: not right.is_playing(), timeout=2000)


def test_a_follower_that_drifts_is_pulled_back(
        qtbot: QtBot, view: CompareView, clip: Path, short_clip: Path) -> None:
    open_both(qtbot, view, clip, clip)  # the same clip twice: they must show the same frame
    pair = view.pair
    assert pair.leader is view.left.player  # a tie: the left one leads
    follower = view.right.player
    pair.play()
    qtbot.waitUntil(lambda: pair.position_ms() > 100, timeout=5000)
    follower.seek_ms(1500)  # as if it had fallen far out of step
    qtbot.waitUntil(lambda: pair.reseeks >= 1, timeout=3000)
    qtbot.waitUntil(lambda: pair.position_ms() < 1400
                    and drift_ms(follower, pair.position_ms()) <= STEP_TOLERANCE_MS,
                    timeout=3000)


def test_one_scrubber_and_frame_keys_move_both(
        qtbot: QtBot, view: CompareView, clip: Path, short_clip: Path) -> None:
    open_both(qtbot, view, clip, short_clip)
    left, right = view.left.player, view.right.player
    view.transport.scrub.setValue(500)
    qtbot.waitUntil(lambda: left.current_frame() == 12 and right.current_frame() == 12,
                    timeout=5000)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: left.current_frame() == 13 and right.current_frame() == 13,
                    timeout=5000)
    qtbot.waitUntil(lambda: view.transport.frame.text() == "Frame 14 of 48", timeout=5000)
    qtbot.keyClick(view.transport.scrub, Qt.Key.Key_Left)  # from a child: still a frame
    qtbot.waitUntil(lambda: left.current_frame() == 12 and right.current_frame() == 12,
                    timeout=5000)
    view.transport.scrub.setValue(1600)  # past the short clip: it shows its last frame
    qtbot.waitUntil(lambda: left.current_frame() == 38 and right.current_frame() == 23,
                    timeout=5000)
    assert not left.is_playing() and not right.is_playing()
    view.transport.scrub.setValue(frame_ms(3, 24.0))
    qtbot.waitUntil(lambda: left.current_frame() == 3 and right.current_frame() == 3,
                    timeout=5000)


def test_swap_exchanges_the_sides_and_sound_stays_left(
        qtbot: QtBot, view: CompareView, clip: Path, short_clip: Path) -> None:
    open_both(qtbot, view, clip, short_clip)
    long_player, short_player = view.left.player, view.right.player
    assert not long_player.muted() and short_player.muted()  # sound from the left
    view.swap_button.click()
    assert view.left.player is short_player and view.right.player is long_player
    assert view.left.path == short_clip and view.right.path == clip
    assert view.left.heading.text() == "Left · whale.mp4"
    assert view.left.video.accessibleName() == "Left video"
    qtbot.waitUntil(lambda: view.left.x() < view.right.x())
    assert short_player.muted() is False and long_player.muted() is True
    assert view.pair.leader is long_player  # the longer clip still leads
    view.sound.setCurrentIndex(view.sound.findText("Right clip"))
    assert long_player.muted() is False and short_player.muted() is True
    view.transport.mute_button.click()
    assert long_player.muted() and short_player.muted()


def test_a_broken_clip_is_named_and_the_other_still_plays(
        qtbot: QtBot, view: CompareView, clip: Path, broken: Path) -> None:
    with qtbot.waitSignal(view.message, timeout=10_000) as said:
        view.open_clips(broken, clip)
    expected = f"The clip cannot be played: the format of {broken.name} is not supported."
    assert said.args == [f"Left clip: {expected}"]
    qtbot.waitUntil(view.pair.is_ready, timeout=10_000)
    assert view.left.notice.isVisible() and view.left.notice.text() == expected
    assert not view.right.notice.isVisible()
    assert view.pair.leader is view.right.player and view.pair.follower is None
    assert view.transport.is_playable()
    view.transport.play_button.click()
    qtbot.waitUntil(lambda: view.right.player.position_ms() > 200, timeout=10_000)
    assert view.transport.scrub.value() > 0


def test_open_compare_window_is_labelled_and_closes_cleanly(
        qtbot: QtBot, qapp: Any, clip: Path, short_clip: Path) -> None:
    window = open_compare(clip, short_clip)
    assert isinstance(window, CompareWindow)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.view.pair.is_ready, timeout=10_000)
    assert window.windowTitle() == "Compare lantern.mp4 and whale.mp4"
    assert not window.isModal()
    controls = [c for c in (*window.findChildren(QAbstractButton),
                            *window.findChildren(QComboBox), *window.findChildren(QAbstractSlider))
                if c.isVisibleTo(window)]  # not the combos' hidden pop-up scroll bars
    assert len(controls) >= 10
    for control in controls:
        assert control.accessibleName(), control
        assert control.focusPolicy() != Qt.FocusPolicy.NoFocus, control.accessibleName()
    players = window.view.pair.players
    window.view.pair.play()
    qtbot.waitUntil(lambda: players[0].is_playing(), timeout=5000)
    after: list[bool] = []
    window.finished.connect(lambda _r: after.extend(p.is_playing() for p in players))
    gone: list[str] = []
    window.destroyed.connect(lambda: gone.append("window"))
    for player in players:  # deleting a player closes its file
        player.destroyed.connect(lambda: gone.append("player"))
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # a dialog: Esc closes it...
    qtbot.waitUntil(lambda: len(gone) == 3, timeout=5000)  # ...and it is deleted, players too
    assert after == [False, False]


def test_a_long_file_name_does_not_widen_its_side(qtbot: QtBot, view: CompareView,
                                                   clip: Path, short_clip: Path,
                                                   tmp_path: Path) -> None:
    long_name = tmp_path / ("2026-11-25_093000_seedance-2.0-fast-text-to-video_"
                            "a-very-long-prompt-slug-about-a-lantern_ab12cd34.mp4")
    long_name.write_bytes(clip.read_bytes())
    open_both(qtbot, view, long_name, short_clip)
    qtbot.wait(50)
    left, right = view.sides
    assert abs(left.width() - right.width()) <= 2
    assert left.heading.text() != left.heading.toolTip()  # cut to fit, in full in the tooltip
    assert left.heading.toolTip().endswith(long_name.name)
