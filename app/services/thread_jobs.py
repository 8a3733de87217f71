"""Blocking work in worker threads, every object of a job let go on the GUI thread.

A worker thread must never drop the last reference to an object of the GUI thread: a QObject
freed there with a running timer (a SequenceProject's autosave) leaves the timer registered with
the GUI thread's dispatcher, which later delivers a timer event to freed memory. Qt says
"QObject::killTimer: Timers cannot be stopped from another thread", and a few tests later the
process dies in QTimerInfoList::activateTimers (about 1 run in 5 of the sequence tests on a busy
machine). Giving a job only plain data is not enough: the exception a job raises is raised again
in the awaiting coroutine, whose frames (and their `self`) its traceback then holds; and what a
job holds outlives the awaiting task when that task is cancelled.

qasync's executor and concurrent.futures' both tell the loop that a job ended and only then drop
the job (callable, arguments, future with its result or exception) in the worker: when the GUI
thread is quicker, those were the last references. Here a job's objects go into the GUI thread's
inbox before the GUI thread is told, and the worker holds none of them after that.

- HandBackExecutor: the executor for `loop.run_in_executor` (install it as the loop's default
  with `use_on(loop)`: `asyncio.to_thread` goes through it), or for a pool of one's own.
- job(fn, done): a callable for any other thread (a QRunnable's run): fn() there, then
  done(result) on the GUI thread.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Final, ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

log = logging.getLogger(__name__)
LOOP_THREADS: Final = 10  # as qasync's own executor had
P = ParamSpec("P")
T = TypeVar("T")


class _Parcel:
    """One job's objects: they go to a worker thread and come back to the GUI thread."""

    __slots__ = ("args", "done", "error", "fn", "future", "kwargs", "result")

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
                 future: Future[Any] | None = None,
                 done: Callable[[Any], None] | None = None) -> None:
        self.fn: Callable[..., Any] | None = fn
        self.args, self.kwargs = args, kwargs
        self.future, self.done = future, done
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        """In the worker: call fn, keep what it returned or raised (a job whose future was
        cancelled while it waited for a thread is not called)."""
        if self.future is not None and not self.future.set_running_or_notify_cancel():
            return
        assert self.fn is not None
        try:
            self.result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # the awaiting side raises it
            self.error = exc

    def deliver(self) -> None:
        """On the GUI thread: settle the future or call `done`; the parcel is emptied (its
        exception's traceback holds the frame of `run`, and so the parcel)."""
        future, done, result, error = self.future, self.done, self.result, self.error
        self.fn = self.future = self.done = self.result = self.error = None
        self.args, self.kwargs = (), {}
        if future is not None:
            if future.cancelled():
                return  # never ran
            if error is None:
                future.set_result(result)
            else:
                future.set_exception(error)
        elif error is not None:
            log.error("a worker-thread job failed", exc_info=error)
        elif done is not None:
            done(result)


class _QtInbox(QObject):
    """Lives on the GUI thread for the whole process; workers put finished parcels in it and
    any Qt event loop there (qasync's, a dialog's, a test's wait) hands them out."""

    arrived = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.parcels: collections.deque[_Parcel] = collections.deque()
        self.arrived.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def wake(self) -> None:
        self.arrived.emit()

    def _drain(self) -> None:
        _drain(self.parcels)


class _LoopInbox:
    """For an asyncio loop that Qt does not drive (the command line's): the loop's thread hands
    the parcels out. Holding the loop in a worker is harmless there: it owns no QObject."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.parcels: collections.deque[_Parcel] = collections.deque()
        self._loop = loop

    def wake(self) -> None:
        with contextlib.suppress(RuntimeError):  # closed meanwhile: nobody awaits the result
            self._loop.call_soon_threadsafe(_drain, self.parcels)


Inbox = _QtInbox | _LoopInbox


def _drain(parcels: collections.deque[_Parcel]) -> None:
    while parcels:
        parcel = parcels.popleft()
        try:
            parcel.deliver()
        except Exception:
            log.exception("a worker-thread job's result could not be delivered")
        del parcel


_qt_inboxes: list[_QtInbox] = []  # one, never freed (a worker may be about to signal it)


def _qt_inbox() -> _QtInbox:
    if not _qt_inboxes:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("worker-thread jobs need a QApplication (their GUI thread)")
        inbox = _QtInbox()
        inbox.moveToThread(app.thread())
        _qt_inboxes.append(inbox)
    return _qt_inboxes[0]


def _inbox_here() -> Inbox | None:
    """Where a job submitted from here comes back: the GUI thread's inbox under a loop that Qt
    drives (qasync) or no loop at all; the running loop's own otherwise; None with neither a
    loop nor a QApplication."""
    try:
        loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
    except RuntimeError:
        loop = None
    qasync = sys.modules.get("qasync")
    if loop is not None and not (qasync is not None and isinstance(loop, qasync.QEventLoop)):
        return _LoopInbox(loop)
    return _qt_inbox() if QCoreApplication.instance() is not None else None


class _Job:
    """What a worker thread calls: it runs the parcel, puts it in the inbox, lets go of it,
    and only then wakes the inbox's thread. The empty shell may die in the worker."""

    __slots__ = ("_inbox", "_parcel")

    def __init__(self, parcel: _Parcel, inbox: Inbox) -> None:
        self._parcel: _Parcel | None = parcel
        self._inbox = inbox

    def __call__(self) -> None:
        parcel, self._parcel = self._parcel, None
        if parcel is None:
            return
        parcel.run()
        inbox = self._inbox
        inbox.parcels.append(parcel)
        del parcel  # from here the inbox holds the job's only references
        inbox.wake()


def job(fn: Callable[[], T], done: Callable[[T], None]) -> Callable[[], None]:
    """A callable for a worker thread: fn() there, then done(result) on the GUI thread (an
    exception is logged there instead). Make it on the GUI thread."""
    return _Job(_Parcel(fn, (), {}, done=done), _qt_inbox())


class HandBackExecutor(ThreadPoolExecutor):
    """A thread pool whose jobs' objects (callable, arguments, result, exception) are let go
    on the GUI thread, where the returned future is settled too.

    The future settles only when the GUI thread's event loop runs: never wait on it there
    with `result()`. `shutdown(cancel_futures=True)` does not cancel queued jobs (they run)."""

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        inbox = _inbox_here()
        if inbox is None:  # no loop, no Qt: nothing of a GUI thread to protect
            return super().submit(fn, *args, **kwargs)
        future: Future[T] = Future()
        super().submit(_Job(_Parcel(fn, args, kwargs, future=future), inbox))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        super().shutdown(wait=wait)  # a cancelled pool item would never hand its job back


def use_on(loop: asyncio.AbstractEventLoop) -> HandBackExecutor:
    """Make the loop's `run_in_executor(None, …)` (so `asyncio.to_thread`) hand its jobs back;
    qasync's `close()` shuts the executor down."""
    executor = HandBackExecutor(max_workers=LOOP_THREADS, thread_name_prefix="loop-worker")
    loop.set_default_executor(executor)
    return executor
