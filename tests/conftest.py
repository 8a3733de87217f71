"""Test set-up: offscreen Qt, every async test on a qasync loop, a private data home per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

import asyncio
import gc
import logging
import re
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytestqt.plugin


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> dict[str, Callable[[], Any]]:
    """Run every async test and fixture on the Qt event loop, as the app does."""
    import qasync
    from PySide6.QtWidgets import QApplication

    from app.services import thread_jobs
    from app.services.main_thread_gc import collect_on_this_thread

    class TestLoop(qasync.QEventLoop):  # type: ignore[misc]
        """qasync's `run_until_complete` ends with one more `processEvents` after it has
        cleared the running loop: a task still under way (a balance read started by the test's
        last step) then resumes outside asyncio and fails in anyio with "no running event
        loop". The app's loop never stops mid-task, so here the leftover events wait for the
        next run of the loop (the next phase, or pytest-qt's events between phases, which go
        through the loop too)."""

        def run_until_complete(self, future: Any) -> Any:
            future = asyncio.ensure_future(future, loop=self)

            def stop(_: Any) -> None:
                self.stop()

            future.add_done_callback(stop)
            try:
                self.run_forever()
            finally:
                future.remove_done_callback(stop)
            if not future.done():
                raise RuntimeError("Event loop stopped before Future completed.")
            return future.result()

    def make() -> Any:
        app = QApplication.instance() or QApplication([])
        # As in the app: qasync runs asyncio inside QApplication.exec(), and closing the last
        # visible window (a dialog, in a test) must not quit it and stop the loop mid-test.
        QApplication.setQuitOnLastWindowClosed(False)
        collect_on_this_thread(app)  # as the app: never a cycle collection in a worker thread
        loop = TestLoop(app)
        thread_jobs.use_on(loop)  # as the app: a worker thread never lets go of a job's objects
        _LOOP[0] = weakref.ref(loop)
        return loop

    return {"qasync": make}


_LOOP: list[weakref.ref[Any] | None] = [None]


def _process_events_in_the_loop() -> None:
    """pytest-qt processes Qt events after each phase (setup, call, teardown). Between phases
    the asyncio loop is stopped, and Qt would then run qasync's socket callbacks with no running
    loop: a task left running by an async fixture (a studio's balance or models read) resumed
    there fails inside anyio with "no running event loop". The app never processes events
    outside its loop, so the tests don't either: the events go through the loop."""
    ref = _LOOP[0]
    loop = ref() if ref is not None else None
    if loop is not None and not loop.is_closed() and not loop.is_running():
        loop.run_until_complete(asyncio.sleep(0))
    else:
        _qt_process_events()


_qt_process_events = pytestqt.plugin._process_events
pytestqt.plugin._process_events = _process_events_in_the_loop


@pytest.fixture(autouse=True)
def studio_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data directory and no key from the developer's environment."""
    home = tmp_path / "studio-home"
    home.mkdir()
    monkeypatch.setenv("SEEDANCE_STUDIO_HOME", str(home))
    monkeypatch.delenv("EVOLINK_API_KEY", raising=False)
    monkeypatch.delenv("EVOLINK_BASE_URL", raising=False)
    monkeypatch.delenv("EVOLINK_FILES_BASE_URL", raising=False)
    return home


class _ErrorRecords(logging.Handler):
    """Keeps every ERROR (or worse) record logged while a test runs."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


_formatter = logging.Formatter()


@pytest.fixture(autouse=True)
def no_error_logs(request: pytest.FixtureRequest) -> Iterator[_ErrorRecords]:
    """A test fails when anything logs an ERROR: a failure the app logged and went on from,
    or asyncio's "Task exception was never retrieved" (a swallowed exception in a task).
    A test that provokes one on purpose says so with @pytest.mark.logs_errors(pattern, …)
    and each such record must match one of its patterns."""
    handler = _ErrorRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
        gc.collect()  # an unretrieved task exception is logged when the task is collected
    finally:
        root.removeHandler(handler)
    marker = request.node.get_closest_marker("logs_errors")
    allowed = [re.compile(p) for p in marker.args] if marker else []
    unexpected = [r for r in handler.records
                  if not any(p.search(r.getMessage()) for p in allowed)]
    if unexpected:
        # The traceback goes with it: a flake seen once in CI must be diagnosable from its log.
        lines = "\n".join(f"  {r.name}: {r.getMessage()}"
                          + (f"\n{_formatter.formatException(r.exc_info)}" if r.exc_info else "")
                          for r in unexpected[:10])
        pytest.fail(f"{len(unexpected)} ERROR log record(s) during the test:\n{lines}",
                    pytrace=False)


# Qt's words when an object of one thread is used or freed from another: a QObject freed in a
# worker thread with a running timer is a segfault a few tests later (app/services/thread_jobs.py).
CROSS_THREAD = re.compile(r"another thread|different thread")
_cross_thread: list[str] = []


def _qt_message(mode: Any, context: Any, message: str) -> None:
    """Qt's messages, from any thread: printed as Qt would, cross-thread ones also kept."""
    if CROSS_THREAD.search(message):
        _cross_thread.append(message)
    os.write(2, f"{message}\n".encode(errors="replace"))


_previous_handler: list[Any] = []


def pytest_configure(config: pytest.Config) -> None:
    # Installed once for the session (pytest-qt's per-test handler is off: --no-qt-log in
    # pyproject.toml); the module keeps the function alive for a thread that calls it late.
    from PySide6.QtCore import qInstallMessageHandler

    _previous_handler.append(qInstallMessageHandler(_qt_message))


def pytest_unconfigure(config: pytest.Config) -> None:
    # Qt's own again before Python finalizes: a message then must not call into Python.
    from PySide6.QtCore import qInstallMessageHandler

    if _previous_handler:
        qInstallMessageHandler(_previous_handler.pop())


@pytest.fixture(autouse=True)
def no_cross_thread_qt_objects() -> Iterator[None]:
    """A test fails when Qt says an object was used or freed from a thread not its own
    ("QObject::killTimer: Timers cannot be stopped from another thread")."""
    start = len(_cross_thread)
    yield
    said = _cross_thread[start:]
    if said:
        pytest.fail("Qt objects touched from a thread not their own:\n"
                    + "\n".join(f"  {m}" for m in said[:10]), pytrace=False)


HUNG_LEAD_S = 10  # the test is named this long before faulthandler_timeout dumps the stacks


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    """Name a test that hangs (setup, call or teardown) before faulthandler's dump, which
    shows the stacks but not the test: with several workers their output is interleaved."""
    import threading

    from _pytest.faulthandler import fault_handler_stderr_fd_key

    timeout = float(item.config.getini("faulthandler_timeout") or 0)
    if timeout <= HUNG_LEAD_S:
        return (yield)
    hung_after = timeout - HUNG_LEAD_S
    # faulthandler's own copy of stderr: the test's stderr is captured until the test ends.
    fd = item.config.stash.get(fault_handler_stderr_fd_key, 2)

    def say() -> None:
        os.write(fd, f"\nstill running after {hung_after:.0f} s: {item.nodeid}\n".encode())

    watch = threading.Timer(hung_after, say)
    watch.daemon = True
    watch.start()
    try:
        return (yield)
    finally:
        watch.cancel()
