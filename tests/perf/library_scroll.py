"""The clip library at 10,000 saved clips: open, scroll to the end, search, filter, thumbnails.

A store of `records` saved-clip records (all nine models, their qualities, every aspect,
prompts of 6 to 90 words, dates spread over a year), each pointing at its own clip file: a
hard link to one of a few small real MP4s, so every path is distinct and really decodes
without writing 10,000 files' worth of data. A real LibraryPanel is shown offscreen with the
real ThumbnailCache (thumbnails on the global thread pool, cached under the work folder).

Scrolling is a QTimer moving the scroll bar one step every 16 ms in a running event loop, as a
steady fling would: the view asks for the next page (fetchMore) when it reaches the bottom.
Stalls are the lateness of a 5 ms precise timer (loop_stall.StallMeter) meanwhile.
"""

from __future__ import annotations

import gc
import os
import random
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from app.core.capabilities import MODELS, AspectRatio
from app.core.models import GenerationRequest
from app.core.states import TaskState
from app.services.clips.library import ClipLibrary
from app.services.clips.thumbnails import ThumbnailCache
from app.services.tasks.store import TaskStore
from app.services.tasks.store_schema import COLUMNS, TaskRecord, to_row
from app.ui.library.panel import SEARCH_DELAY_MS, LibraryPanel
from tests.library.conftest import write_clip
from tests.perf.common import Row, percentile
from tests.perf.loop_stall import TICK_MS, StallMeter

RECORDS: Final = 10_000
SOURCES: Final = 8  # real MP4s; every record's file is a hard link to one of them
SCROLL_TICK_MS: Final = 16  # one scroll step per frame at 60 Hz
PANEL_SIZE: Final = (900, 700)
END: Final = 1_760_000_000.0  # the newest clip; the oldest is a year before
YEAR_S: Final = 365 * 86_400
SEARCH_WORD: Final = "lantern"  # in about one prompt in eight (see SUBJECTS)

SUBJECTS: Final = ("a paper lantern", "an old fisherman", "a red fox", "a glass city",
                   "a lone cyclist", "two dancers", "a humpback whale", "a desert caravan")
PLACES: Final = ("on a misty river at dawn", "in a neon-lit alley", "across a snowy ridge",
                 "under a stormy sky", "inside a quiet library", "over a sunflower field",
                 "at the edge of a volcano", "in a flooded subway station")
MOTIONS: Final = ("slow dolly in", "handheld tracking shot", "aerial orbit", "static wide shot",
                  "whip pan to the right", "rack focus from foreground", "crane up",
                  "time-lapse")
DETAILS: Final = ("soft volumetric light", "35 mm film grain", "shallow depth of field",
                  "warm golden-hour palette", "rain drops on the lens", "anamorphic flares",
                  "muted pastel colours", "high contrast noir lighting", "dust in the air",
                  "reflections on wet stone", "gentle wind in the hair", "cinematic 2.39 look")


def make_prompt(rng: random.Random) -> str:
    """6 to ~90 words: a subject, a place, a camera move, then up to 8 details."""
    words = [f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(PLACES)}, {rng.choice(MOTIONS)}"]
    words += rng.sample(DETAILS, rng.randint(0, 8))
    if rng.random() < 0.3:
        words.append("the camera lingers as the scene settles into stillness, then the "
                     "light fades slowly to a deep blue night")
    return ", ".join(words) + "."


def make_record(i: int, rng: random.Random, clip: Path) -> TaskRecord:
    spec = MODELS[sorted(MODELS)[i % len(MODELS)]]
    request = GenerationRequest(
        model=spec.id, prompt=make_prompt(rng), duration=rng.randint(4, 15),
        quality=rng.choice(spec.qualities).value,
        aspect_ratio=rng.choice(list(AspectRatio)).value)
    created = END - rng.uniform(0, YEAR_S)
    return TaskRecord(
        local_id=f"{i:032x}", task_id=f"cgt-bench-{i:08d}", state=TaskState.SAVED,
        request=request, idempotency_key=f"ss-bench-{i:026x}", source="gui",
        created_at=created, submitted_at=created + 1, updated_at=created + 90, progress=100,
        estimated_time=None, credits_reserved=float(request.duration * 10), error_code=None,
        error_message=None, result_urls=(), completed_at=created + 60,
        file_path=str(clip), saved_at=created + 90)


def _link(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # a file system without hard links: a copy (a symlink would resolve to
        shutil.copyfile(source, target)  # the source and share its thumbnail key)


def build_library(work: Path, records: int, *, seed: int = 7) -> Path:
    """The store file, with `records` saved clips whose files exist; made in one transaction
    (the store's own writes fsync each record: minutes for 10,000)."""
    sources_dir, clips = work / "sources", work / "clips"
    sources_dir.mkdir(parents=True, exist_ok=True)
    clips.mkdir(parents=True, exist_ok=True)
    sources = [write_clip(sources_dir / f"source-{n}.mp4", 40 + 29 * n, 160, 90)
               for n in range(SOURCES)]
    rng = random.Random(seed)
    rows = []
    for i in range(records):
        clip = clips / f"clip-{i:05d}.mp4"
        _link(sources[i % SOURCES], clip)
        rows.append(to_row(make_record(i, rng, clip)))
    path = work / "studio.sqlite3"
    TaskStore(path).close()  # the real schema, migrated
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(f"INSERT INTO tasks ({', '.join(COLUMNS)}) "
                         f"VALUES ({', '.join(':' + c for c in COLUMNS)})", rows)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return path


class PaintCounter(QObject):
    """Counts paint events of the widgets that show a result: the view's viewport, and the
    empty state a search with no match shows instead of it (the viewport may not paint then)."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__(widgets[0])
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def run_until(done: Callable[[], bool], timeout_s: float, *, check_ms: int = 1) -> float:
    """Run the event loop until `done()`; the perf_counter() when it was seen true."""
    deadline = time.perf_counter() + timeout_s
    loop = QEventLoop()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(check_ms)
    timer.timeout.connect(lambda: loop.quit() if done() or time.perf_counter() > deadline
                          else None)
    if not done():
        timer.start()
        loop.exec()
        timer.stop()
    if not done():
        raise TimeoutError(f"not done within {timeout_s} s")
    return time.perf_counter()


@dataclass
class Timings:
    """Wall-clock durations of calls, by name (the library's queries, the model's fetches)."""

    calls: dict[str, list[float]] = field(default_factory=dict)
    starts: dict[str, list[float]] = field(default_factory=dict)

    def wrap(self, owner: Any, name: str, label: str) -> None:
        original = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.calls.setdefault(label, []).append((time.perf_counter() - start) * 1000)
                self.starts.setdefault(label, []).append(start)

        setattr(owner, name, timed)  # on the instance: the class stays as it is

    def worst(self, label: str) -> float:
        return max(self.calls.get(label, ()), default=0.0)

    def mark(self) -> dict[str, int]:
        return {k: len(v) for k, v in self.calls.items()}

    def since(self, mark: dict[str, int], label: str) -> list[float]:
        return self.calls.get(label, [])[mark.get(label, 0):]


class GcPauses:
    """Durations of Python's full (generation 2) collections while `on`: they stop the UI
    thread like any other work, and grow with the objects the model keeps."""

    def __init__(self) -> None:
        self.ms: list[float] = []
        self.on = False
        self._start = 0.0

    def __enter__(self) -> GcPauses:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2 or not self.on:
            return
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.ms.append((time.perf_counter() - self._start) * 1000)


def resident_mb() -> float:
    """This process's resident memory (VmRSS), in MB; 0 where /proc is not there."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _scroll_to_end(panel: LibraryPanel, meter: StallMeter, timeout_s: float) -> tuple[float, int]:
    """Step the scroll bar a screen at a time, every SCROLL_TICK_MS, until every row is loaded
    and shown; (seconds, steps)."""
    view, model = panel.view, panel.model
    bar = view.verticalScrollBar()
    steps = 0

    def step() -> None:
        nonlocal steps
        if bar.value() < bar.maximum():
            bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))
            steps += 1

    def at_end() -> bool:
        return not model.canFetchMore() and bar.value() >= bar.maximum() > 0

    ticker = QTimer()
    ticker.setInterval(SCROLL_TICK_MS)
    ticker.timeout.connect(step)
    meter.start()
    start = time.perf_counter()
    ticker.start()
    try:
        end = run_until(at_end, timeout_s, check_ms=SCROLL_TICK_MS)
    finally:
        ticker.stop()
        meter.stop()
    return end - start, steps


def _requery(panel: LibraryPanel, paints: PaintCounter, meter: StallMeter,
             change: Callable[[], None], timeout_s: float) -> tuple[float, float, float]:
    """Make `change` from inside a running loop (so the stall meter sees it block), wait for
    the model reset and the next paint; (ms from the change to painted, longest stall ms,
    perf_counter when painted)."""
    resets: list[bool] = []

    def on_reset() -> None:
        resets.append(True)

    panel.model.modelReset.connect(on_reset)
    painted = paints.count
    meter.start()
    first = meter.mark()
    run_until(lambda: meter.mark() >= first + 2, 5.0)  # the meter is ticking
    started: list[float] = []

    def act() -> None:
        started.append(time.perf_counter())
        change()

    QTimer.singleShot(0, act)
    end = run_until(lambda: bool(resets) and paints.count > painted, timeout_s)
    ticked = meter.mark()  # a block shows as the lateness of the tick after it
    run_until(lambda: meter.mark() >= ticked + 2, 5.0)
    meter.stop()
    panel.model.modelReset.disconnect(on_reset)
    return (end - started[0]) * 1000, max(meter.late_ms[first:], default=0.0), end


def bench_library_scroll(work: Path, records: int = RECORDS, *, grid: bool = True,
                         timeout_s: float = 600.0, drain_s: float = 300.0) -> list[Row]:
    """Build the library in `work`, then measure it; the rows for the benchmark table."""
    built = time.perf_counter()
    store = build_library(work, records)
    built_s = time.perf_counter() - built
    library = ClipLibrary(store)
    thumbs = ThumbnailCache(work / "thumbs")
    timings = Timings()
    timings.wrap(library, "count", "count")
    timings.wrap(library, "rows", "page")  # the model's pages: light rows, keyset paging
    made: list[str] = []
    asked: set[str] = set()
    thumbs.thumbnailReady.connect(lambda clip, _image: made.append(clip))
    original_request = thumbs.request

    def request(clip: Path, *size: Any) -> Any:
        asked.add(str(clip))
        return original_request(clip, *size)

    thumbs.request = request  # type: ignore[method-assign]
    meter = StallMeter()
    gc.collect()
    rss_before = resident_mb()
    try:
        start = time.perf_counter()
        panel = LibraryPanel(library, thumbs)
        panel.set_grid(grid)
        timings.wrap(panel.model, "fetchMore", "fetchMore")
        paints = PaintCounter(panel.view.viewport(), panel.empty)
        panel.resize(*PANEL_SIZE)
        panel.show()
        opened = run_until(lambda: paints.count > 0, 30.0)
        open_ms = (opened - start) * 1000
        total = panel.model.total

        with GcPauses() as collections:
            collections.on = True
            scroll_s, steps = _scroll_to_end(panel, meter, timeout_s)
        scroll_late = list(meter.late_ms)
        gc.collect()
        rss_scrolled = resident_mb()
        made_scrolling, asked_scrolling = len(made), len(asked)
        fetches = list(timings.calls.get("fetchMore", []))
        pages = list(timings.calls.get("page", []))

        # A keystroke: the text before it is already typed, the search timer then fires.
        panel.search.setText(SEARCH_WORD[:-1])
        panel.search_timer.stop()
        before = timings.mark()
        key_ms, key_stall, key_end = _requery(panel, paints, meter, lambda: QTest.keyClick(
            panel.search, SEARCH_WORD[-1]), 30.0)
        hits = panel.model.total
        search_query_ms = sum(timings.since(before, "count") + timings.since(before, "page"))
        ran_at = timings.starts["page"][before.get("page", 0)]  # the timer's query began
        after_pause_ms = (key_end - ran_at) * 1000
        none_ms, none_stall, _ = _requery(panel, paints, meter, lambda: (
            panel.search.setText("zebra crossing"), panel.apply_query()), 30.0)
        clear_ms, _, _ = _requery(panel, paints, meter, lambda: (
            panel.search.clear(), panel.apply_query()), 30.0)
        model_id = sorted(MODELS)[0]
        before = timings.mark()
        filter_ms, filter_stall, _ = _requery(panel, paints, meter, lambda: (
            panel.model_combo.setCurrentIndex(panel.model_combo.findData(model_id))), 30.0)
        filtered = panel.model.total
        filter_query_ms = sum(timings.since(before, "count") + timings.since(before, "page"))

        # Tiles scrolled past still have their jobs queued: how long the pool stays busy.
        drained_from = time.perf_counter()
        try:
            run_until(lambda: thumbs.pending_count() == 0, drain_s, check_ms=50)
            drained = f"the backlog done {time.perf_counter() - drained_from:.1f} s after"
        except TimeoutError:
            drained = f"{thumbs.pending_count():,} still queued {drain_s:.0f} s after"
        panel.hide()
        panel.deleteLater()
    finally:
        meter.stop()
        library.close()
    kind = "grid" if grid else "list"
    slow = max(fetches, default=0.0)
    return [
        (f"library {total:,} clips: open to first paint", f"{open_ms:,.0f} ms",
         f"count + first page + paint, {kind} {PANEL_SIZE[0]}×{PANEL_SIZE[1]} offscreen; "
         f"store built in {built_s:.1f} s"),
        ("  … scroll top to bottom", f"{scroll_s:.1f} s",
         f"{steps:,} steps of a screen every {SCROLL_TICK_MS} ms; {len(fetches)} pages "
         f"fetched, slowest {slow:.0f} ms (query {max(pages, default=0):.0f} ms)"),
        ("  … longest event-loop stall while scrolling", f"{max(scroll_late, default=0):.0f} ms",
         f"p99 {percentile(scroll_late, 99):.1f}, p50 {percentile(scroll_late, 50):.1f} ms; "
         f"{len(scroll_late):,} ticks of {TICK_MS} ms; {len(collections.ms)} full GC, "
         f"longest {max(collections.ms, default=0):.0f} ms"),
        ("  … resident memory after open and a full scroll", f"{rss_scrolled:,.0f} MB",
         f"the whole process (Qt, Python, the app's modules), {rss_scrolled - rss_before:+,.0f} "
         f"MB over it before the panel opened"),
        ("  … search keystroke → results painted", f"{key_ms:,.0f} ms",
         f"the {SEARCH_DELAY_MS} ms typing pause, then {after_pause_ms:.0f} ms to painted "
         f"(queries {search_query_ms:.0f} ms), "
         f"stall {key_stall:.0f} ms; '{SEARCH_WORD}' {hits:,} hits"),
        ("  … search with no match", f"{none_ms:,.0f} ms",
         f"Enter, no pause; stall {none_stall:.0f} ms (a scan of every prompt); "
         f"clearing it {clear_ms:.0f} ms"),
        ("  … filter change (model) → painted", f"{filter_ms:,.0f} ms",
         f"queries {filter_query_ms:.0f} ms, stall {filter_stall:.0f} ms; {filtered:,} clips"),
        ("  … thumbnails made while scrolling", f"{made_scrolling:,} of {asked_scrolling:,}",
         f"asked for by painted tiles, made off the UI thread; {drained}"),
    ]


if __name__ == "__main__":
    import sys
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.services.main_thread_gc import collect_on_this_thread
    from tests.perf.common import print_table

    app = QApplication.instance() or QApplication([])
    collect_on_this_thread(app)  # as the window does: cycles collected on the GUI thread only
    count = int(sys.argv[1]) if len(sys.argv) > 1 else RECORDS
    with tempfile.TemporaryDirectory(prefix="seedance-library-") as tmp:
        print_table(bench_library_scroll(Path(tmp), count, grid="--list" not in sys.argv))
