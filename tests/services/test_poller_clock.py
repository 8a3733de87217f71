"""The Poller's pacing and backoff on a virtual clock: no real second passes, every time is exact.

The poller reads its `clock` for when tasks are due and sleeps through the loop's timers; both
run on one virtual clock here. The loop's selector, instead of sleeping until the next timer,
moves the clock to it: a five-minute scenario takes milliseconds and never flakes.
"""

from __future__ import annotations

import asyncio
import selectors
from collections.abc import Callable, Coroutine
from typing import Any

import pytest

from app.core.models import Task
from app.core.poll_pacing import Pacing
from app.services.api.errors import ApiError, NetworkError, RateLimited, ServerError
from app.services.tasks.poller import BACKOFF_MAX_S, Poller

FLOOR = 5.0
Answer = ApiError | float | None  # raise it; or answered, next read in that many seconds; done


class VirtualClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class _JumpingSelector(selectors.DefaultSelector):
    """Never waits: when nothing is ready, the clock jumps to the next timer."""

    def __init__(self, clock: VirtualClock) -> None:
        super().__init__()
        self._clock = clock

    def select(self, timeout: float | None = None) -> list[Any]:
        ready = super().select(0)
        if not ready and timeout:
            self._clock.now += timeout
        return ready


def run_virtual(clock: VirtualClock, scenario: Callable[[], Coroutine[Any, Any, None]]) -> None:
    loop = asyncio.SelectorEventLoop(_JumpingSelector(clock))
    loop.time = clock  # type: ignore[method-assign]
    try:
        loop.run_until_complete(asyncio.wait_for(scenario(), timeout=3600))
    finally:
        loop.close()


class Server:
    """Answers each task's reads from its script, and notes the virtual time of every read."""

    def __init__(self, clock: VirtualClock, scripts: dict[str, list[Answer]]) -> None:
        self.clock, self.scripts = clock, scripts
        self.reads: dict[str, list[float]] = {key: [] for key in scripts}
        self.log: list[tuple[float, str]] = []  # every read, in the order it went out
        self.problems: list[tuple[str, str | None, float | None]] = []
        self.offline: list[bool] = []
        self._next: dict[str, float | None] = {}

    async def fetch(self, task_id: str) -> Task:
        self.reads[task_id].append(self.clock.now)
        self.log.append((self.clock.now, task_id))
        answer = self.scripts[task_id].pop(0)
        if isinstance(answer, ApiError):
            raise answer
        self._next[task_id] = answer
        return Task(id=task_id, status="processing")

    def on_answer(self, key: str, task: Task) -> float | None:
        return self._next[task.id]

    def on_problem(self, key: str, message: str | None, wait: float | None) -> None:
        self.problems.append((key, message, wait))

    def poller(self, **options: Any) -> Poller:
        return Poller(self.fetch, on_answer=self.on_answer, on_problem=self.on_problem,
                      on_offline=self.offline.append, pacing=Pacing(floor_s=FLOOR),
                      clock=self.clock, rng=lambda: 0.5, **options)  # jitter factor 1.0


def follow(server: Server, until: float, **options: Any) -> Poller:
    """Track every scripted task at t=0 and let the poller run until virtual time `until`."""
    poller = server.poller(**options)

    async def scenario() -> None:
        poller.start()
        for key in server.scripts:
            poller.track(key, key)
        await asyncio.sleep(until)
        await poller.stop()

    run_virtual(server.clock, scenario)
    return poller


def test_reads_come_when_the_answer_says_and_stop_when_done() -> None:
    server = Server(VirtualClock(), {"a": [10.0, 10.0, 10.0, None]})
    poller = follow(server, until=600)
    assert server.reads["a"] == pytest.approx([0, 10, 20, 30])
    assert not poller.is_tracked("a") and poller.stats.requests == 4


def test_never_sooner_than_the_floor_after_an_answer() -> None:
    server = Server(VirtualClock(), {"a": [1.0, 0.0, None]})
    follow(server, until=600)
    assert server.reads["a"] == pytest.approx([0, FLOOR, 2 * FLOOR])


def test_server_errors_back_off_doubling_up_to_the_cap_then_recover() -> None:
    errors: list[Answer] = [ServerError("bad gateway", status=502) for _ in range(7)]
    server = Server(VirtualClock(), {"a": [*errors, None]})
    follow(server, until=3600)
    waits = [b - a for a, b in zip(server.reads["a"], server.reads["a"][1:], strict=False)]
    assert waits == pytest.approx([5, 10, 20, 40, BACKOFF_MAX_S, BACKOFF_MAX_S, BACKOFF_MAX_S])
    said = [wait for _key, message, wait in server.problems if message is not None]
    assert said == pytest.approx(waits)  # each problem says when the next try comes
    assert server.problems[-1] == ("a", None, None)  # the answer clears the problem


def test_retry_after_of_a_429_holds_every_task() -> None:
    server = Server(VirtualClock(), {"a": [RateLimited("slow down", retry_after=30), None],
                                     "b": [10.0, None]})
    follow(server, until=600)
    assert server.reads["a"] == pytest.approx([0, 30])
    assert server.reads["b"] == pytest.approx([0, 30])  # due at 10, held with the account


def test_offline_probes_one_at_a_time_then_asks_everyone_at_once() -> None:
    def down() -> NetworkError:
        return NetworkError("no route")

    server = Server(VirtualClock(), {"a": [down(), down(), None], "b": [down(), 100.0, None]})
    poller = follow(server, until=600, max_in_flight=4)
    # Both fail at 0 (held 5 s, then 10 s: the second failure in a row); then one probe at a
    # time, the earliest due first: a fails again at 10 (held 20 s more); b answers at 30, and
    # that answer brings everyone back at once: a is read at 30 too.
    assert server.log == [(0, "a"), (0, "b"), (10, "a"), (30, "b"), (30, "a"), (130, "b")]
    assert server.offline == [True, False]
    assert poller.stats.max_in_flight == 2  # the two first reads; never two probes
