"""A queue of 500 tasks in the real QueuePanel, shown: one progress tick plus its repaint.

The store holds 250 tasks generating and 250 saved (the queue's newest-first order puts the
active ones together). A tick is what polling does to the window: one record changes (its
progress moves) and the view repaints it; timed from the change to the active view's paint.
Then the model's refresh timer (every active row's countdown), fired by hand, to its paint.
"""

from __future__ import annotations

import asyncio
import dataclasses
import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtWidgets import QApplication

from app.core.states import TaskState
from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.tasks.store import TaskStore
from app.services.tasks.store_schema import COLUMNS, TaskRecord, to_row
from app.services.tasks.task_queue import TaskQueue
from app.simulator import DEMO_KEY
from app.ui.queue.panel import QueuePanel
from tests.perf.common import Row, median, percentile
from tests.perf.library_scroll import PaintCounter, make_record

ROWS: Final = 500
TICKS: Final = 60
PANEL_SIZE: Final = (420, 800)


def build_queue_store(path: Path, rows: int) -> Path:
    """Half the tasks generating (progress 1–90 %), half saved; one transaction."""
    rng = random.Random(11)
    now = time.time()
    records = []
    for i in range(rows):
        rec = make_record(i, rng, path.parent / f"clip-{i:05d}.mp4")
        rec = dataclasses.replace(rec, created_at=now - i * 10.0, updated_at=now - i * 10.0)
        if i < rows // 2:
            rec = dataclasses.replace(rec, state=TaskState.PROCESSING, progress=rng.randint(1, 90),
                                      submitted_at=now - i * 10.0, estimated_time=120.0,
                                      file_path=None, saved_at=None, completed_at=None)
        records.append(to_row(rec))
    TaskStore(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(f"INSERT INTO tasks ({', '.join(COLUMNS)}) "
                         f"VALUES ({', '.join(':' + c for c in COLUMNS)})", records)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return path


async def bench_queue_tick(work: Path, rows: int = ROWS, ticks: int = TICKS) -> list[Row]:
    work.mkdir(parents=True, exist_ok=True)
    store = TaskStore(build_queue_store(work / "studio.sqlite3", rows))
    # Nothing is polled (adopt_existing=False): the client is never called.
    async with EvolinkClient(DEMO_KEY, resolve_endpoints("http://127.0.0.1:9")) as client:
        queue = TaskQueue(client=client, store=store, clips_dir=work / "clips",
                          adopt_existing=False, watch_interval_s=3600)
        await queue.start()
        panel = QueuePanel(queue)
        panel.resize(*PANEL_SIZE)
        panel.show()
        paints = PaintCounter(panel.active_view.viewport())
        for _ in range(1000):  # the first paint
            if paints.count:
                break
            await asyncio.sleep(0.01)
        panel.model.refresh_timer.stop()  # fired by hand below
        view = panel.active_view
        shown = sum(1 for row in range(panel.active_proxy.rowCount()) if view.visualRect(
            panel.active_proxy.index(row, 0)).intersects(view.viewport().rect()))
        # The rows on screen: a change to one scrolled away paints nothing (QueueListView).
        active = [r for r in queue.records() if r.state is TaskState.PROCESSING][:shown]
        app = QApplication.instance()
        assert app is not None

        def until_painted(change: Callable[[], object]) -> float:
            before = paints.count
            start = time.perf_counter()
            change()
            spins = 0
            while paints.count == before:
                app.processEvents()
                spins += 1
                if spins > 10_000:
                    raise RuntimeError("the queue view did not repaint")
            return (time.perf_counter() - start) * 1000

        took_ms: list[float] = []
        for n in range(ticks):
            rec: TaskRecord = active[n % len(active)]
            changed = dataclasses.replace(rec, progress=min(99, rec.progress + 1),
                                          last_polled_at=time.time())
            # What a poll answer does once the store has the record:
            took_ms.append(until_painted(lambda changed=changed: queue._apply(changed)))
            active[n % len(active)] = changed
        refresh_ms = [until_painted(panel.model.refresh_timer.timeout.emit)
                      for _ in range(ticks // 3)]  # the countdowns, every REFRESH_MS
        await queue.shutdown()
        await panel.shutdown()
        panel.hide()
        panel.deleteLater()
    store.close()
    return [(f"queue of {rows} rows: one progress tick plus repaint",
             f"{median(took_ms):.2f} ms",
             f"median of {ticks} poll answers to a row on screen; p99 "
             f"{percentile(took_ms, 99):.2f}, max {max(took_ms):.1f} ms; {PANEL_SIZE[0]}×"
             f"{PANEL_SIZE[1]} panel, {shown} active rows on screen"),
            ("  … the countdowns' refresh (every 0.5 s) plus repaint",
             f"{median(refresh_ms):.2f} ms",
             f"median of {len(refresh_ms)}, max {max(refresh_ms):.1f} ms; {rows // 2} active "
             f"rows' text marked stale, {shown} repainted")]


if __name__ == "__main__":
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync

    from tests.perf.common import print_table

    qapp = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(qapp)
    with tempfile.TemporaryDirectory(prefix="seedance-queue-") as tmp, loop:
        print_table(loop.run_until_complete(bench_queue_tick(Path(tmp))))
