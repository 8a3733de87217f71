"""The take grid with real clips, offscreen: differing settings under each tile, one transport
playing all in step, sound from the current tile only, pick / reject / open by keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services.clips.playback import Player
from app.services.clips.sidecar import write_sidecar
from app.simulator.clips import ClipSpec, render_clip
from app.ui.player.compare_sync import DRIFT_MS, drift_ms
from app.ui.takes.grid import TakeGrid, columns_for
from app.ui.takes.window import TakeGridWindow

TOLERANCE_MS = 1000 / 24 + DRIFT_MS + 80  # three players on a busy two-core machine


def _clip(folder: Path, name: str, seconds: int, prompt: str, model: str) -> Path:
    path = folder / name
    render_clip(path, ClipSpec(256, 144, seconds, True, prompt))
    request = {"model": model, "prompt": prompt, "duration": seconds, "quality": "480p",
               "aspect_ratio": "16:9"}
    write_sidecar(path, {"schema": 1, "model": model, "request": request})
    return path


@pytest.fixture(scope="module")
def takes(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("takes")
    return [_clip(folder, "rain-mini.mp4", 2, "a kite in rain", "seedance-2.0-mini-text-to-video"),
            _clip(folder, "snow-mini.mp4", 2, "a kite in snow", "seedance-2.0-mini-text-to-video"),
            _clip(folder, "rain-std.mp4", 2, "a kite in rain", "seedance-2.0-text-to-video")]


@pytest.fixture
def grid(qtbot: QtBot, qapp: Any, takes: list[Path]) -> Iterator[TakeGrid]:
    players = [Player() for _ in takes]
    assert players[0].available, players[0].problem
    widget = TakeGrid(players)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.group.ready, timeout=10_000):
        widget.open_clips(takes)
    yield widget
    widget.shutdown()


def test_columns() -> None:
    assert [columns_for(n) for n in (2, 3, 4, 5, 6, 7, 9)] == [2, 2, 2, 3, 3, 3, 3]


def test_each_tile_says_what_sets_it_apart(grid: TakeGrid) -> None:
    captions = [t.caption.full_text() for t in grid.tiles]
    assert captions == ["Text to video · Mini · rain", "Text to video · Mini · snow",
                        "Text to video · Standard · rain"]
    assert [t.heading.full_text() for t in grid.tiles] == [
        "1 · rain-mini.mp4", "2 · snow-mini.mp4", "3 · rain-std.mp4"]
    assert grid.transport.is_playable() and grid.transport.total.text() == "0:02.00"
    assert grid.tiles[2].video.accessibleName() == "Take 3 video"


def test_all_play_in_step_under_one_transport(qtbot: QtBot, grid: TakeGrid) -> None:
    group = grid.group
    assert group.leader is grid.tiles[0].player and len(group.followers) == 2
    gaps: list[float] = []

    def sample(_ms: int) -> None:
        lead = group.position_ms()
        if 150 < lead < 1700:
            gaps.extend(drift_ms(f, lead) for f in group.followers if f.is_playing())

    group.positionChanged.connect(sample)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: group.position_ms() > 1500, timeout=10_000)
    assert len(gaps) >= 6 and max(gaps) <= TOLERANCE_MS, gaps
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not any(t.player.is_playing() for t in grid.tiles), timeout=3000)


def test_takes_of_one_length_loop_together_without_a_seek(qtbot: QtBot, grid: TakeGrid) -> None:
    """Each follower as long as the leader loops by itself with it: no forced seek at the loop
    (it cost frames on every tile), and they are in step again after it."""
    group = grid.group
    looped: list[bool] = []
    gaps: list[float] = []
    last = [0]

    def sample(lead: int) -> None:
        if lead < last[0] - 500:
            looped.append(True)
        last[0] = lead
        if looped and 700 < lead < 1700:  # the drift check has had its time after the loop
            gaps.extend(drift_ms(f, lead) for f in group.followers if f.is_playing())

    group.positionChanged.connect(sample)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: all(f.is_playing() for f in group.followers), timeout=5000)
    assert all(group._loops_along(f) for f in group.followers)
    qtbot.waitUntil(lambda: bool(looped) and group.position_ms() > 1700, timeout=15_000)
    assert len(gaps) >= 6 and sorted(gaps)[len(gaps) // 2] <= TOLERANCE_MS, gaps
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not any(t.player.is_playing() for t in grid.tiles), timeout=3000)


def test_sound_follows_the_current_tile(qtbot: QtBot, grid: TakeGrid) -> None:
    assert [t.player.muted() for t in grid.tiles] == [False, True, True]
    qtbot.keyClick(grid, Qt.Key.Key_3)
    assert grid.current == 2 and [t.player.muted() for t in grid.tiles] == [True, True, False]
    assert "Take 3" in grid.status.text()
    qtbot.keyClick(grid, Qt.Key.Key_M)
    assert all(t.player.muted() for t in grid.tiles)


def test_pick_reject_and_open_by_keys(qtbot: QtBot, grid: TakeGrid, takes: list[Path]) -> None:
    qtbot.keyClick(grid, Qt.Key.Key_2)
    with qtbot.waitSignal(grid.picked) as picked:
        qtbot.keyClick(grid, Qt.Key.Key_P)
    assert picked.args == [takes[1]] and grid.tiles[1].heading.full_text().startswith("★ 2")
    with qtbot.waitSignal(grid.rejectRequested) as rejected:
        qtbot.keyClick(grid, Qt.Key.Key_X)
    assert rejected.args == [[takes[0], takes[2]]]
    with qtbot.waitSignal(grid.openRequested) as opened:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert opened.args == [takes[1]]
    grid.hide_clips([takes[0], takes[2]])
    assert grid.shown() == [grid.tiles[1]] and grid.current == 1


def test_the_window_asks_once_before_the_trash(qtbot: QtBot, qapp: Any,
                                               takes: list[Path]) -> None:
    window = TakeGridWindow([Player() for _ in takes])
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.grid.group.ready, timeout=10_000):
        window.open_clips(takes)
    assert window.windowTitle() == "Compare 3 takes"
    window.grid.reject_others()
    box = window.question
    assert box is not None and box.text() == "Reject the 2 other take(s)?"
    trash = next(b for b in box.buttons() if b.accessibleName() == "Move to trash")
    with qtbot.waitSignal(window.trashRequested) as asked:
        qtbot.mouseClick(trash, Qt.MouseButton.LeftButton)
    assert asked.args == [[takes[1], takes[2]]]
    assert window.grid.shown() == [window.grid.tiles[0]] and window.question is None
    window.grid.open_clips(takes)  # cancelling takes nothing away
    window.grid.reject_others()
    cancel = window.question.button(QMessageBox.StandardButton.Cancel)  # type: ignore[union-attr]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert len(window.grid.shown()) == 3
    window.close()
