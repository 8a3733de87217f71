"""Open, play and close a clip many times in one process: `python -m tests.player.close_cycles
CLIP N`. Exits 0 after N cycles; a deadlock in close() leaves it hanging (the caller's timeout).

Run in its own process by test_close_while_playing.py, so that a hang fails that test instead
of freezing the suite.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QApplication

from app.services.clips.playback import Player


def _spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(clip: Path, cycles: int) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    rng = random.Random(7)
    for _ in range(cycles):
        player, picture = Player(), QVideoWidget()
        picture.resize(320, 180)
        picture.show()
        player.set_video_output(picture)
        player.open(clip)
        _spin(rng.randint(0, 60))
        player.play()
        _spin(rng.randint(0, 120))
        player.close()  # the FFmpeg renderers stop here, while frames and audio flow
        player.deleteLater()
        picture.deleteLater()
        _spin(5)
    app.processEvents()
    print(f"{cycles} cycles", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), int(sys.argv[2])))
