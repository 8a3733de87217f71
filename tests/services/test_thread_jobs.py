"""A worker thread never lets go of a job's objects: they are freed on the loop's thread.

Each test makes the worker as slow as a busy machine made it: the job pauses its own thread
right after that thread has told the loop the job ended (a Qt signal's emit, or
call_soon_threadsafe), until the loop's side has dropped everything. With qasync's executor or
concurrent.futures' (the code before), the worker still held the job then, and the object died
in the worker: for a SequenceProject, with its autosave timer still registered with the GUI
thread, a segfault a few tests later.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import sys
import threading
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.sequence import Sequence, Shot
from app.services.media.media_worker import ThreadPoolExecutor as PoolExecutor
from app.services.sequences.sequence_project import SequenceProject
from app.services.thread_jobs import HandBackExecutor
from tests.sequence.stop_reasons import req
from tests.waiting import until

MAIN = threading.get_ident()


class Token:
    """Says which thread freed it."""

    def __init__(self, freed: list[int]) -> None:
        self.freed = freed

    def __del__(self) -> None:
        self.freed.append(threading.get_ident())


class Stall:
    """`arm()`, called by a job in its worker thread, pauses that thread just after it next
    tells another thread something, until `release()` (10 s at most)."""

    def __init__(self) -> None:
        self.stalled = threading.Event()
        self._released = threading.Event()

    def arm(self) -> None:
        def profile(frame: FrameType, event: str, arg: Any) -> None:
            told = ((event == "c_return" and getattr(arg, "__name__", "") == "emit")
                    or (event == "return" and frame.f_code.co_name == "call_soon_threadsafe"))
            if told:
                sys.setprofile(None)
                self.stalled.set()
                self._released.wait(10)

        sys.setprofile(profile)

    def release(self) -> None:
        self._released.set()


@contextlib.contextmanager
def stall() -> Iterator[Stall]:
    s = Stall()
    try:
        yield s
        assert s.stalled.wait(5), "the worker was not paused after it told the loop"
    finally:
        s.release()


async def freed_here(freed: list[int]) -> bool:
    """Whether the object was freed on this thread, within a second (the loop's step that got
    the result still holds it until it ends); the stalled worker would hold it for 10 s."""

    def gone() -> bool:
        gc.collect()  # on this thread: a cycle among the job's objects is not the worker's doing
        return bool(freed)

    with contextlib.suppress(AssertionError):
        await until(gone, 1.0)
    return freed == [MAIN]


class Boom(Exception):
    pass


async def boom_from(work: Any) -> bool:
    """Whether awaiting `work` raised Boom; the exception is let go here (pytest.raises would
    keep it, and with it the frames its traceback holds)."""
    try:
        await work
    except Boom:
        return True
    return False


async def test_a_jobs_arguments_are_freed_on_the_loops_thread() -> None:
    freed: list[int] = []
    token = Token(freed)
    with stall() as s:

        def job(_: Token) -> int:
            s.arm()
            return 1

        assert await asyncio.to_thread(job, token) == 1
        del token
        assert await freed_here(freed), freed


async def test_a_jobs_result_is_freed_on_the_loops_thread() -> None:
    freed: list[int] = []
    with stall() as s:

        def job() -> Token:
            s.arm()
            return Token(freed)

        result = await asyncio.to_thread(job)
        assert isinstance(result, Token)
        del result
        assert await freed_here(freed), freed


async def test_a_frame_its_exception_holds_is_freed_on_the_loops_thread() -> None:
    """The segfault's own path: the exception a job raises is raised again in the awaiting
    coroutine, and its traceback holds that coroutine's frame (SequenceRunner._link_media,
    holding the runner, holding the project)."""
    freed: list[int] = []
    with stall() as s:

        def job() -> None:
            s.arm()
            raise Boom

        async def holding(token: Token) -> None:
            await asyncio.to_thread(job)

        assert await boom_from(holding(Token(freed)))
        assert await freed_here(freed), freed


async def test_a_job_outliving_its_cancelled_task_is_freed_on_the_loops_thread() -> None:
    freed: list[int] = []
    started, finish = threading.Event(), threading.Event()

    def job(_: Token) -> None:
        started.set()
        finish.wait(10)

    task = asyncio.ensure_future(asyncio.to_thread(job, Token(freed)))
    await until(started.is_set, what="the job running")
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    del task
    finish.set()
    await until(lambda: freed, what="the job's argument freed")
    assert await freed_here(freed), freed


async def handed_back_by_own_executor(value: int) -> None:
    """`run_in_executor` on a HandBackExecutor of one's own: the job returns `value`, and its
    argument is freed on the thread of the loop that awaited it."""
    freed: list[int] = []
    token = Token(freed)
    executor = HandBackExecutor(max_workers=1)
    try:
        with stall() as s:

            def job(_: Token) -> int:
                s.arm()
                return value

            loop = asyncio.get_running_loop()
            assert await loop.run_in_executor(executor, job, token) == value
            del token
            assert await freed_here(freed), freed
    finally:
        executor.shutdown()


async def test_an_executor_of_ones_own_hands_back_too() -> None:
    """As downloads' pool: `run_in_executor` with an executor given."""
    await handed_back_by_own_executor(2)


async def test_a_project_held_by_a_failed_jobs_traceback_dies_on_the_gui_thread(
        tmp_path: Path) -> None:
    """With the autosave timer running, as `clip_unreadable` in tests/sequence/stop_reasons.py
    left it; freed in the worker, Qt says "Timers cannot be stopped from another thread" (the
    conftest's guard fails the test) and later delivers a timer event to freed memory."""
    project = SequenceProject(tmp_path, delay_ms=60_000)
    project.set(Sequence(shots=(Shot(request=req("a lighthouse")),)))
    gone = weakref.ref(project)
    with stall() as s:

        def job() -> None:
            s.arm()
            raise Boom

        async def link_media(runner: Callable[[Sequence], None]) -> None:
            await asyncio.to_thread(job)

        assert await boom_from(link_media(project.set))
        del project

        def dead() -> bool:
            gc.collect()
            return gone() is None

        with contextlib.suppress(AssertionError):
            await until(dead, 1.0)
        assert gone() is None


def test_a_loop_qt_does_not_drive_gets_its_jobs_back_on_its_own_thread() -> None:
    """The command line's plain asyncio loop: the jobs come back through the loop."""
    asyncio.run(handed_back_by_own_executor(3))


async def test_a_qthreadpool_jobs_callbacks_are_freed_on_the_gui_thread() -> None:
    """media_worker's executor (probes, thumbnails): `done` is a bound method of a QObject."""
    assert QCoreApplication.instance() is not None
    freed: list[int] = []
    got: list[int] = []

    class Owner:
        def __init__(self) -> None:
            self.token = Token(freed)

        def done(self, value: int) -> None:
            got.append(value)

    with stall() as s:

        def fn() -> int:
            s.arm()
            return 4

        owner = Owner()
        PoolExecutor().run(fn, owner.done)
        del owner
        await until(lambda: got, what="done called")
        assert got == [4]
        assert await freed_here(freed), freed
