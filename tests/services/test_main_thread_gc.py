"""Cycle collection happens on the GUI thread only, by the interpreter's own generational rule."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QObject

from app.services.main_thread_gc import MainThreadGC


class _Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def collector(qapp: QCoreApplication) -> Iterator[MainThreadGC]:
    was_enabled, thresholds = gc.isenabled(), gc.get_threshold()
    gc.set_threshold(50, 10, 10)
    gc.collect()
    gc_ = MainThreadGC()
    gc_.start()
    try:
        yield gc_
    finally:
        gc_.deleteLater()
        gc.set_threshold(*thresholds)
        if was_enabled:
            gc.enable()


def test_a_worker_thread_never_collects_the_check_on_the_gui_thread_does(
        collector: MainThreadGC) -> None:
    assert not gc.isenabled()
    freed: list[str] = []

    class Watched(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.me = self  # a cycle: only the collector frees it

        def __del__(self) -> None:
            freed.append(threading.current_thread().name)

    Watched()

    def allocate() -> None:  # far past every threshold
        for _ in range(20_000):
            _Cycle()

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert freed == []  # the worker crossed the thresholds and collected nothing
    assert collector.check() > 0
    assert freed == [threading.current_thread().name]
    assert collector.check() == 0  # nothing new since


async def test_what_exists_at_the_start_is_left_out_of_every_collection() -> None:
    from app.services.main_thread_gc import collect_on_this_thread

    collect_on_this_thread()  # started already by the test loop, as by the window
    assert gc.get_freeze_count() > 10_000  # the modules' objects: a full collection skips them
