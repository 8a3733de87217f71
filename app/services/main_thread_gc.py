"""Python's garbage collection on the GUI thread only.

The cycle collector runs in whichever thread happens to allocate when a threshold is crossed:
with downloads, hashing and probing in worker threads, that can be one of them. A QObject
freed there (a project with its autosave timer, a player) leaves its timers registered with the
GUI thread's dispatcher, which later delivers a timer event to freed memory: a segfault (seen in
the test suite: QTimerInfoList::activateTimers → notifyInternal2). So automatic collection is
switched off and the same generational rule (pyqtgraph's GarbageCollector does the same) runs
from a timer on the GUI thread.
"""

from __future__ import annotations

import gc
from typing import Final

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS: Final = 100  # allocation counts are checked this often; a check costs ~µs

_started: list[MainThreadGC] = []


class MainThreadGC(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def check(self) -> int:
        """Collect what Python itself would have collected by now; how many objects went."""
        count0, count1, count2 = gc.get_count()
        t0, t1, t2 = self._thresholds
        if count0 <= t0:
            return 0
        if count1 > t1:
            return gc.collect(2 if count2 > t2 else 1)
        return gc.collect(0)


def collect_on_this_thread(parent: QObject | None = None) -> MainThreadGC:
    """Start it once per process, from the GUI thread (the application's object as parent).

    What exists by then (the modules imported, their classes and functions: never garbage) is
    frozen out of every later collection: a full one then walks what was made since, not the
    whole heap (70 ms on the GUI thread in the loop-stall benchmark)."""
    if not _started:
        gc.freeze()
        collector = MainThreadGC(parent)
        collector.start()
        _started.append(collector)
    return _started[0]
