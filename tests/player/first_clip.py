"""The viewer from start to its first clip, in a fresh process: `python -m tests.player.first_clip
CLIP [--no-multimedia]`. Prints one JSON object of what it saw (test_first_clip.py reads it).

A fresh process, because what is measured is what the process has imported: the viewer before
a clip must not have loaded QtMultimedia (nor made a QMediaPlayer, an audio output...).
With --no-multimedia, QtMultimedia cannot be imported (as on a machine without libpulse).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def media_modules() -> list[str]:
    return sorted(m for m, module in sys.modules.items()
                  if m.startswith(("PySide6.QtMultimedia", "PySide6.QtNetwork"))
                  and module is not None)  # None: blocked (--no-multimedia)


def _until(done: Callable[[], bool], seconds: float) -> bool:
    end = time.monotonic() + seconds
    loop = QEventLoop()
    while not done() and time.monotonic() < end:
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    return done()


def main(clip: Path, no_multimedia: bool) -> dict[str, object]:
    if no_multimedia:
        sys.modules["PySide6.QtMultimedia"] = None  # type: ignore[assignment]  # ImportError
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.services.clips.playback import Player
    from app.ui.player.panel import PlayerPanel

    player = Player()
    panel = PlayerPanel(player)
    panel.resize(900, 420)
    panel.show()
    app.processEvents()
    seen: dict[str, object] = {"at_start": media_modules(),
                               "empty_shown": panel.stage.currentWidget() is panel.empty}
    # The user sets the sound and speed before any clip, and tries the keys.
    t = panel.transport
    t.mute_button.setChecked(True)
    t.volume.setValue(30)
    t.speed.setCurrentIndex(t.speed.findData(1.5))
    panel.toggle_fullscreen()
    player.toggle()
    player.step_frames(1)
    app.processEvents()
    seen["after_settings"] = media_modules()
    seen["kept"] = [player.muted(), round(player.volume(), 3), player.rate()]
    seen["shown"] = [t.mute_button.isChecked(), t.volume.value(), t.speed.currentData()]
    messages: list[str] = []
    panel.message.connect(messages.append)
    loaded: list[bool] = []
    player.mediaLoaded.connect(lambda: loaded.append(True))
    panel.open_clip(clip, play=True)
    if no_multimedia:
        _until(lambda: bool(messages), 5)
        seen["messages"] = messages
        seen["notice"] = panel.notice.text() if panel.notice.isVisible() else ""
        seen["picture"] = type(panel.video).__name__
        seen["picture_text"] = panel.video.text()
        return seen
    seen["loaded"] = _until(lambda: bool(loaded), 10)
    seen["playing"] = _until(lambda: player.is_playing() and player.position_ms() > 0, 10)
    seen["after_clip"] = media_modules()
    seen["taken"] = [player.muted(), round(player.volume(), 3), player.rate()]
    seen["picture"] = type(panel.video).__name__
    seen["picture_shown"] = panel.stage.currentWidget() is panel.video
    seen["frames"] = player.frame_count()
    seen["messages"] = messages
    panel.close_clip()
    return seen


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), "--no-multimedia" in sys.argv[2:])), flush=True)
