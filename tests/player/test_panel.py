"""The player panel: a real clip, its keys, its sidecar beside the picture, a plain refusal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.clips.playback import Player, frame_ms
from app.ui.player.panel import PlayerPanel
from tests.player.conftest import PROMPT


def make_panel(qtbot: QtBot, player: Player) -> PlayerPanel:
    panel = PlayerPanel(player)
    qtbot.addWidget(panel)
    panel.resize(900, 420)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_open_clip_shows_its_sidecar(qtbot: QtBot, player: Player, clip: Path) -> None:
    panel = make_panel(qtbot, player)
    with qtbot.waitSignal(player.mediaLoaded, timeout=10_000):
        panel.open_clip(clip)
    d = panel.details
    assert d.prompt.text() == PROMPT
    assert d.values["model"].text() == "Text to video · Fast"
    assert d.values["quality"].text() == "480p"
    assert d.values["aspect"].text() == "16:9"
    assert d.values["duration"].text() == "2 s"
    assert d.values["credits"].text() == "12.5 charged"
    t = panel.transport
    assert t.is_playable() and t.total.text() == "0:02.00"
    assert t.loop_button.isChecked()  # a short clip loops by default
    assert t.scrub.maximum() == 2000


def test_keys(qtbot: QtBot, player: Player, clip: Path) -> None:
    panel = make_panel(qtbot, player)
    with qtbot.waitSignal(player.mediaLoaded, timeout=10_000):
        panel.open_clip(clip)
    panel.setFocus()
    with qtbot.waitSignal(player.playingChanged, timeout=5000) as started:
        qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert started.args == [True] and panel.transport.play_button.text() == "Pause"
    with qtbot.waitSignal(player.playingChanged, timeout=5000) as stopped:
        qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert stopped.args == [False]
    player.seek_ms(0)
    qtbot.waitUntil(lambda: player.current_frame() == 0, timeout=5000)
    qtbot.keyClick(panel.transport.scrub, Qt.Key.Key_Right)  # from a child: still a frame step
    qtbot.waitUntil(lambda: player.current_frame() == 1, timeout=5000)
    qtbot.waitUntil(lambda: panel.transport.frame.text() == "Frame 2 of 48", timeout=5000)
    qtbot.keyClick(panel, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: player.current_frame() == 0, timeout=5000)
    with qtbot.waitSignal(player.mutedChanged):
        qtbot.keyClick(panel, Qt.Key.Key_M)
    assert panel.transport.mute_button.isChecked()
    with qtbot.waitSignal(player.playingChanged, timeout=5000):
        qtbot.keyClick(panel, Qt.Key.Key_L)
    with qtbot.waitSignal(player.rateChanged):
        qtbot.keyClick(panel, Qt.Key.Key_L)  # again: faster
    assert player.rate() == 1.25 and panel.transport.speed.currentText() == "1.25×"
    with qtbot.waitSignal(player.playingChanged, timeout=5000):
        qtbot.keyClick(panel, Qt.Key.Key_K)


def test_unplayable_file_is_explained(qtbot: QtBot, player: Player, broken: Path) -> None:
    panel = make_panel(qtbot, player)
    with qtbot.waitSignal(panel.message, timeout=10_000) as said:
        panel.open_clip(broken)
    text = f"The clip cannot be played: the format of {broken.name} is not supported."
    assert said.args == [text]
    assert panel.notice.text() == text and panel.notice.isVisible()
    assert not panel.transport.is_playable()
    assert panel.transport.total.isEnabled() and panel.transport.total.text() == "0:00.00"
    assert panel.details.note.text().startswith("No record of how this clip was made")


def test_accessible_names_match_labels(qtbot: QtBot, player: Player) -> None:
    panel = make_panel(qtbot, player)
    t = panel.transport
    assert t.play_button.accessibleName() == t.play_button.text() == "Play"
    for button in (t.back_button, t.next_button, t.loop_button, t.mute_button, t.full_button):
        # Icon only: the name is the tooltip's first words, as a sighted user reads them.
        assert not button.text() and not button.icon().isNull()
        assert button.accessibleName() and button.toolTip().startswith(button.accessibleName())
    assert t.volume_label.buddy() is t.volume and t.speed_label.buddy() is t.speed


def test_play_opens_the_clip_playing_from_its_start(qtbot: QtBot, player: Player,
                                                    clip: Path) -> None:
    panel = make_panel(qtbot, player)
    with qtbot.waitSignal(player.mediaLoaded, timeout=10_000):
        panel.open_clip(clip, play=True)
    qtbot.waitUntil(player.is_playing, timeout=5000)
    qtbot.waitUntil(lambda: player.position_ms() > 0, timeout=5000)
    assert panel.transport.play_button.text() == "Pause"
    # Opened for a look (a selection, a saved clip shown beside the composer): paused.
    with qtbot.waitSignal(player.mediaLoaded, timeout=10_000):
        panel.open_clip(clip)
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=5000)


def test_before_a_clip_the_player_says_how_to_open_one(qtbot: QtBot, player: Player,
                                                       clip: Path) -> None:
    panel = make_panel(qtbot, player)
    assert panel.stage.currentWidget() is panel.empty
    assert panel.empty.title.text() == "No clip open"
    with qtbot.waitSignal(player.mediaLoaded, timeout=10_000):
        panel.open_clip(clip)
    assert panel.stage.currentWidget() is panel.video


def test_the_times_keep_their_place_and_never_grey(qtbot: QtBot, player: Player,
                                                   clip: Path) -> None:
    """A frame number that grows ("Frame 1" → "Frame 21") moves neither the scrubber nor the
    length beside it; while a clip loads, only the controls grey and the times say zero."""
    panel = make_panel(qtbot, player)
    with qtbot.waitSignal(player.mediaLoaded, timeout=10_000):
        panel.open_clip(clip)
    t = panel.transport
    qtbot.waitUntil(lambda: t.frame.text() == "Frame 1 of 48", timeout=5000)
    qtbot.wait(50)  # the row laid out
    places = [w.geometry() for w in (t.elapsed, t.scrub, t.total, t.frame)]
    player.seek_ms(frame_ms(20, player.fps))
    qtbot.waitUntil(lambda: t.frame.text() == "Frame 21 of 48", timeout=5000)
    qtbot.wait(50)
    assert [w.geometry() for w in (t.elapsed, t.scrub, t.total, t.frame)] == places
    panel.open_clip(clip)  # loading again: the controls grey, the times show zero
    assert not t.is_playable() and not t.scrub.isEnabled()
    assert all(label.isEnabled() for label in (t.elapsed, t.total, t.frame))
    assert (t.elapsed.text(), t.total.text(), t.frame.text()) == ("0:00.00", "0:00.00", "")
    qtbot.waitUntil(lambda: t.is_playable() and t.total.text() == "0:02.00", timeout=10_000)
