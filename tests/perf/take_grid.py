"""The take grid playing 9 simulator clips (720p, 24 fps) beside one clip in the single player,
in the same run: frames presented per second per tile and dropped frames.
`python -m tests.perf.take_grid [--seconds 8]`; also a row of `python -m tests.perf.bench`.

A frame is "presented" when the tile's video sink receives it (what QVideoWidget paints from);
a frame is "dropped" when the next one presented skips frame numbers (a loop back to the start
is not a drop). Figures go in the README, never in assertions.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.perf.common import Row, print_table

TILES: Final = 9
FPS: Final = 24
CLIP_SECONDS: Final = 4


class FrameCounter:
    """Frames a sink received while counting, and the frame numbers skipped between them."""

    def __init__(self, sink: Any) -> None:
        self.presented = 0
        self.dropped = 0
        self.counting = False
        self._last: int | None = None
        sink.videoFrameChanged.connect(self._on_frame)

    def _on_frame(self, frame: Any) -> None:
        if not self.counting or not frame.isValid():
            return
        number = round(frame.startTime() / 1_000_000 * FPS)  # µs → frame number
        if self._last is not None and number > self._last + 1:
            self.dropped += number - self._last - 1
        self._last = number
        self.presented += 1

    def start(self) -> None:
        self.presented, self.dropped, self._last, self.counting = 0, 0, None, True


def make_clips(folder: Path) -> list[Path]:
    from app.simulator.clips import ClipSpec, render_clip

    folder.mkdir(parents=True, exist_ok=True)
    clips = []
    for i in range(TILES):
        path = folder / f"take-{i + 1}.mp4"
        if not path.exists():
            render_clip(path, ClipSpec(1280, 720, CLIP_SECONDS, True, f"take {i + 1} of a kite"))
        clips.append(path)
    return clips


def _wait(check: Callable[[], bool], timeout_s: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not check():
        if time.monotonic() > deadline:
            raise RuntimeError("timed out")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def _run_for(seconds: float) -> float:
    start = time.perf_counter()
    _wait(lambda: time.perf_counter() - start >= seconds, seconds + 5)
    return time.perf_counter() - start


def bench_take_grid(folder: Path, seconds: float = 8.0) -> list[Row]:
    """Needs a QApplication (offscreen)."""
    from app.services.clips.playback import Player
    from app.ui.player.picture import video_output
    from app.ui.takes.grid import TakeGrid

    clips = make_clips(folder)
    players = [Player() for _ in clips]
    if not players[0].available:
        return [("take grid, 9 clips", "skipped", players[0].problem or "no multimedia")]
    grid = TakeGrid(players, read_details=lambda _p: None)
    grid.resize(1600, 1000)
    grid.show()
    grid.open_clips(clips)
    _wait(grid.group.is_ready, 30)
    counters = [FrameCounter(tile.video.videoSink()) for tile in grid.tiles]
    for counter in counters:
        counter.start()
    grid.group.play()
    took = _run_for(seconds)
    grid.group.pause()
    rates = [c.presented / took for c in counters]
    drops = [c.dropped for c in counters]
    reseeks = grid.group.reseeks
    grid.shutdown()
    grid.close()
    grid.deleteLater()

    single = Player()
    widget: Any = video_output(single)
    single.set_video_output(widget)
    widget.resize(1280, 720)
    widget.show()
    single.set_loop(True)
    single.open(clips[0])
    _wait(single.is_loaded, 30)
    counter = FrameCounter(widget.videoSink())
    counter.start()
    single.play()
    took_single = _run_for(seconds)
    single.pause()
    single_rate = counter.presented / took_single
    single.close()
    widget.close()

    load = os.getloadavg()[0]
    return [
        (f"take grid, {TILES} clips 720p {FPS} fps: frames presented per tile",
         f"min {min(rates):.1f} fps", f"median {statistics.median(rates):.1f}, max "
         f"{max(rates):.1f}; goal every tile ≥ 23 fps; {took:.1f} s of play, grid 1600×1000"),
        ("… dropped frames per tile", f"max {max(drops)}",
         f"total {sum(drops)} over {TILES} tiles; {reseeks} follower re-seeks for drift; "
         f"load average {load:.1f}"),
        ("… one clip in the single player, same run", f"{single_rate:.1f} fps",
         f"{counter.dropped} dropped; same clip, 1280×720 widget"),
    ]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--seconds", type=float, default=8.0)
    p.add_argument("--clips", type=Path, help="where the 9 clips are rendered (kept)")
    args = p.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert app is not None
    if args.clips:
        rows = bench_take_grid(args.clips, args.seconds)
    else:
        with tempfile.TemporaryDirectory(prefix="seedance-takes-") as tmp:
            rows = bench_take_grid(Path(tmp), args.seconds)
    print_table(rows)


if __name__ == "__main__":
    main()
