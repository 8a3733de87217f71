"""The viewer paints without QtMultimedia: the media objects come with the first clip (issue 18,
start-up), with the sound and speed the user chose before it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from app.services.clips.playback import Player


def _first_clip(clip: Path, *flags: str) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "tests.player.first_clip", str(clip), *flags],
                          env=env, capture_output=True, text=True, timeout=60, check=False,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr[-800:]
    seen: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return seen


def test_the_viewer_loads_no_multimedia_before_its_first_clip(clip: Path) -> None:
    seen = _first_clip(clip)
    assert seen["at_start"] == [] and seen["empty_shown"]
    assert seen["after_settings"] == []  # set before a clip: kept as plain values
    assert seen["kept"] == [True, 0.3, 1.5]
    assert seen["shown"] == [True, 30, 1.5]
    assert seen["loaded"] and seen["playing"] and seen["messages"] == []
    assert "PySide6.QtMultimedia" in seen["after_clip"]
    assert seen["picture"] == "QVideoWidget" and seen["picture_shown"]
    assert seen["frames"] == 48
    assert seen["taken"] == [True, 0.3, 1.5]  # the media objects took them


def test_no_multimedia_is_said_when_a_clip_is_opened(clip: Path) -> None:
    seen = _first_clip(clip, "--no-multimedia")
    assert seen["at_start"] == [] and seen["empty_shown"]
    start = "Video playback is unavailable: Qt Multimedia could not be loaded ("
    assert len(seen["messages"]) == 1 and seen["messages"][0].startswith(start)
    assert seen["notice"] == seen["messages"][0]
    assert seen["picture"] == "QLabel" and seen["picture_text"] == seen["messages"][0]


def test_settings_before_the_first_clip_say_so(qtbot: QtBot) -> None:
    """Before the media objects, a change is signalled by the player itself (once)."""
    player = Player()
    said: list[tuple[str, object]] = []
    player.mutedChanged.connect(lambda m: said.append(("muted", m)))
    player.volumeChanged.connect(lambda v: said.append(("volume", v)))
    player.rateChanged.connect(lambda r: said.append(("rate", r)))
    player.loopChanged.connect(lambda lo: said.append(("loop", lo)))
    player.set_muted(True)
    player.set_muted(True)  # no change: no signal
    player.set_volume(4.0)  # clamped: 1 is already the volume
    player.set_volume(0.25)
    player.set_rate(8.0)
    player.set_loop(True)
    assert said == [("muted", True), ("volume", 0.25), ("rate", 2.0), ("loop", True)]
    assert (player.muted(), player.volume(), player.rate(), player.loop()) == (
        True, 0.25, 2.0, True)
    assert not player.is_playing() and not player.is_loaded() and player.position_ms() == 0
    player.close()  # nothing open, nothing made
    assert player.media_status() is None
    assert player.available, player.problem  # asking makes the media objects...
    assert (player.muted(), player.volume(), player.rate()) == (True, 0.25, 2.0)  # ...with these
