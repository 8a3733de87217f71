"""A clip just saved comes to the viewer by itself, muted and looped, and never takes the place
of a clip the user opened."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services.clips.playback import Player
from tests.player.test_panel import make_panel


def test_a_new_clip_plays_muted_and_looped_in_an_empty_viewer(
        qtbot: QtBot, player: Player, clip: Path, tmp_path: Path) -> None:
    panel = make_panel(qtbot, player)
    with qtbot.waitSignal(player.mediaLoaded, timeout=10_000):
        assert panel.show_new_clip(clip)
    qtbot.waitUntil(player.is_playing, timeout=5000)
    assert player.path == clip and player.muted() and player.loop()
    assert panel.shows_new_clip()
    # The next new clip replaces it: it came by itself, nobody was watching it on purpose.
    newer = tmp_path / "newer.mp4"
    shutil.copy(clip, newer)
    with qtbot.waitSignal(player.mediaLoaded, timeout=10_000):
        assert panel.show_new_clip(newer)
    assert player.path == newer and player.muted()


def test_a_new_clip_never_interrupts_the_one_being_watched(
        qtbot: QtBot, player: Player, clip: Path, tmp_path: Path) -> None:
    panel = make_panel(qtbot, player)
    with qtbot.waitSignal(player.mediaLoaded, timeout=10_000):
        assert panel.show_new_clip(clip)
    watched = tmp_path / "watched.mp4"
    shutil.copy(clip, watched)
    with qtbot.waitSignal(player.mediaLoaded, timeout=10_000):
        panel.open_clip(watched, play=True)  # the user's choice: with its sound
    qtbot.waitUntil(player.is_playing, timeout=5000)
    assert not player.muted() and not panel.shows_new_clip()
    newest = tmp_path / "newest.mp4"
    shutil.copy(clip, newest)
    assert not panel.show_new_clip(newest)
    qtbot.wait(300)
    assert player.path == watched and player.is_playing() and not player.muted()
    # Paused is still being watched: the clip stays.
    player.pause()
    assert not panel.show_new_clip(newest) and player.path == watched
