"""The Qt event loop under load: 200 tasks followed by the real TaskQueue plus 4 concurrent
50 MB downloads, with the simulator in its own process and a queue panel on show.

A 5 ms QTimer (precise) records when each tick arrives; a tick's lateness is how much later
than 5 ms after the previous one it came. The poller's own counters give its request rate.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer

from app.core.models import GenerationRequest
from app.core.poll_pacing import LOOPBACK_FLOOR_S
from app.core.states import TaskState
from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.api.files_client import FilesClient
from app.services.tasks.downloads import download_clip
from app.services.tasks.store import TaskStore
from app.services.tasks.task_queue import TaskQueue
from app.simulator import DEMO_KEY
from app.ui.queue.panel import QueuePanel
from tests.perf.common import (
    Row,
    cpu_burner,
    percentile,
    start_simulator,
    stop_simulator,
    write_mp4_shaped,
)

TICK_MS = 5
TASKS = 200
BIG_DOWNLOADS = 4
POLL_CAP = 4  # the poll_concurrency setting's default
SUBMIT_CONCURRENCY = 8
REQ = GenerationRequest(model="seedance-2.0-fast-text-to-video", prompt="loop stall benchmark",
                        duration=4, quality="480p")


class StallMeter(QObject):
    """Lateness of a 5 ms precise timer, sample by sample, while `running`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.late_ms: list[float] = []
        self._last: float | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        self._last = None
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def mark(self) -> int:
        return len(self.late_ms)

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.late_ms.append(max(0.0, (now - self._last) * 1000 - TICK_MS))
        self._last = now


def _stall_row(label: str, late: list[float], note: str) -> Row:
    return (label, f"p99 {percentile(late, 99):.1f} ms",
            f"p50 {percentile(late, 50):.1f}, max {max(late, default=0):.0f} ms; "
            f"{len(late):,} ticks; {note}")


async def _big_downloads(url: str, work: Path) -> float:
    start = time.perf_counter()
    await asyncio.gather(*(download_clip(url, work / f"big-{i}.mp4")
                           for i in range(BIG_DOWNLOADS)))
    return time.perf_counter() - start


async def bench_loop_stall_busy(work: Path) -> list[Row]:
    """The same run with a CPU burner on one core (a shared or busy machine): the stall rows."""
    with cpu_burner():
        rows = await bench_loop_stall(work)
    return [(label.replace("event-loop stall, ", "event-loop stall, busy machine (one core "
                           "burnt), "), result, note) for label, result, note in rows[:2]]


async def bench_loop_stall(work: Path, *, size_mb: int = 50, generation_s: float = 15.0,
                           timeout_s: float = 90.0, panel_shown: bool = True) -> list[Row]:
    work.mkdir(parents=True, exist_ok=True)
    proc, base_url = start_simulator(work, generation_seconds=generation_s)
    store = TaskStore(work / "studio.sqlite3")
    meter = StallMeter()
    try:
        async with EvolinkClient(DEMO_KEY, resolve_endpoints(base_url)) as client:
            big = write_mp4_shaped(work / "big-source.mp4", size_mb)
            big_url = (await FilesClient(client).upload(big)).file_url  # set-up, before measuring
            big.unlink()
            queue = TaskQueue(client=client, store=store, clips_dir=work / "clips",
                              max_concurrent_requests=POLL_CAP)
            panel = QueuePanel(queue)
            panel.resize(420, 800)
            if panel_shown:
                panel.show()
            await queue.start()
            await asyncio.sleep(0.2)
            meter.start()
            started = time.perf_counter()
            sem = asyncio.Semaphore(SUBMIT_CONCURRENCY)

            async def submit_one() -> None:
                async with sem:
                    await queue.submit(REQ)

            await asyncio.gather(*(submit_one() for _ in range(TASKS)))
            submitted = time.perf_counter() - started
            submit_to = meter.mark()
            polls_before = queue.poller.stats.requests
            poll_t0 = time.monotonic()
            big_from = meter.mark()
            big_took = await _big_downloads(big_url, work)
            big_to = meter.mark()
            deadline = time.perf_counter() + timeout_s
            while time.perf_counter() < deadline:
                states = [r.state for r in queue.records()]
                if states.count(TaskState.SAVED) == TASKS and not queue.is_busy():
                    break
                await asyncio.sleep(0.1)
            else:
                raise RuntimeError(f"not all tasks were saved: {states}")
            total = time.perf_counter() - started
            meter.stop()
            stats = queue.poller.stats
            poll_s = time.monotonic() - poll_t0
            await queue.shutdown()
            await panel.shutdown()
            panel.hide()  # not close(): the last window closed would quit the loop
            panel.deleteLater()
    finally:
        meter.stop()
        store.close()
        stop_simulator(proc)
    rate = (stats.requests - polls_before) / poll_s
    bound = TASKS / LOOPBACK_FLOOR_S
    late = meter.late_ms
    return [
        _stall_row("event-loop stall, 200 tasks + 4×50 MB", late,
                   f"whole run {total:.1f} s: submit, poll, 204 downloads"
                   + (", queue panel shown" if panel_shown else "")),
        _stall_row("  … while the 4×50 MB downloads ran", late[big_from:big_to],
                   f"{BIG_DOWNLOADS * size_mb} MB in {big_took:.2f} s, with 200 tasks polled"),
        _stall_row("  … while the 200 submissions ran", late[:submit_to],
                   f"{SUBMIT_CONCURRENCY} at a time, each written ahead to the store"),
        _stall_row("  … after the downloads (polling and 200 small downloads)", late[big_to:],
                   "until every task was saved"),
        ("  … 200 submissions", f"{submitted:.2f} s",
         f"{TASKS / submitted:,.0f} /s, {SUBMIT_CONCURRENCY} at a time (write-ahead store)"),
        ("poller request rate", f"{rate:,.0f} /s",
         f"bound {bound:,.0f} /s ({TASKS} tasks, {LOOPBACK_FLOOR_S} s floor); "
         f"max in flight {stats.max_in_flight} (cap {POLL_CAP}); {stats.errors} errors"),
    ]


if __name__ == "__main__":
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    from app.services import thread_jobs
    from app.services.main_thread_gc import collect_on_this_thread
    from tests.perf.common import print_table

    app = QApplication.instance() or QApplication([])
    collect_on_this_thread(app)  # as the window does: cycles collected on the GUI thread only
    loop = qasync.QEventLoop(app)
    thread_jobs.use_on(loop)  # as the app's loop: jobs' objects let go on the GUI thread
    with tempfile.TemporaryDirectory(prefix="seedance-stall-") as tmp, loop:
        if "--busy" in sys.argv:
            print_table(loop.run_until_complete(bench_loop_stall_busy(Path(tmp))))
        else:
            print_table(loop.run_until_complete(bench_loop_stall(
                Path(tmp), panel_shown="--no-panel" not in sys.argv)))
