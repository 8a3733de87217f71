"""ThreadConnections.close waits for the work under way on other threads' connections.

Closing a connection while another thread runs a statement on it crashed the process (a library
page read ahead in a worker while the session closed the library: seen as an xdist worker lost
in tests/library)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.services.tasks.store_schema import ThreadConnections


def _holding(entered: threading.Event,
             release: threading.Event) -> Callable[[sqlite3.Connection], None]:
    """A connection set-up giving SQL a `hold()` that blocks until `release`."""

    def hold() -> int:
        entered.set()
        release.wait(10)
        return 1

    def setup(conn: sqlite3.Connection) -> None:
        conn.create_function("hold", 0, hold)

    return setup


def test_close_waits_for_a_read_under_way_in_another_thread(tmp_path: Path) -> None:
    entered, release = threading.Event(), threading.Event()
    conns = ThreadConnections(tmp_path / "s.sqlite3", _holding(entered, release), timeout_s=1)
    got: list[object] = []
    reader = threading.Thread(target=lambda: got.append(conns.fetch("SELECT hold()")[0][0]))
    reader.start()
    assert entered.wait(5)
    closed = threading.Event()
    closer = threading.Thread(target=lambda: (conns.close(), closed.set()))
    closer.start()
    time.sleep(0.2)
    assert not closed.is_set()  # the statement is still running on the reader's connection
    release.set()
    reader.join(5)
    closer.join(5)
    assert got == [1] and closed.is_set()


def test_work_asked_for_after_close_is_refused_cleanly(tmp_path: Path) -> None:
    conns = ThreadConnections(tmp_path / "s.sqlite3", lambda conn: None, timeout_s=1)
    assert conns.fetch("SELECT 1")[0][0] == 1
    conns.close()
    with pytest.raises(sqlite3.ProgrammingError):
        conns.fetch("SELECT 1")
    errors: list[BaseException] = []

    def other_thread() -> None:
        try:
            conns.fetch("SELECT 1")
        except sqlite3.Error as exc:
            errors.append(exc)

    worker = threading.Thread(target=other_thread)
    worker.start()
    worker.join(5)
    assert len(errors) == 1 and isinstance(errors[0], sqlite3.ProgrammingError)
