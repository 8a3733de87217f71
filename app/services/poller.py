"""One asyncio scheduler that polls every active task: paced, capped, backing off, offline-aware."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from app.core import api_facts
from app.core.messages import Message, MessageId
from app.core.models import Task
from app.services.client import describe
from app.services.errors import ApiError, MalformedAnswer, NetworkError, RateLimited, ServerError

log = logging.getLogger(__name__)

Fetch = Callable[[str], Awaitable[Task]]
OnAnswer = Callable[[str, Task], float | None]  # seconds to the next poll, None: done
OnProblem = Callable[[str, str | None, float | None], None]  # key, message, seconds to retry
OnOffline = Callable[[bool], None]

BACKOFF_MAX_S = 60.0  # the first wait is the floor (2 s against the real API), doubling
OTHER_ERROR_WAIT_S = 60.0  # 404, 401…: not transient; ask again rarely, never give up silently


@dataclass
class _Entry:
    task_id: str
    due: float
    failures: int = 0


@dataclass
class PollStats:
    """What the benchmark and the tests read: requests sent and the most ever in flight."""

    requests: int = 0
    errors: int = 0
    max_in_flight: int = 0
    started: float = field(default_factory=time.monotonic)


class Poller:
    """Polls tracked tasks from ONE loop task (no timer per task).

    At most one request per task is in flight, at most `max_in_flight` overall, and a task is
    asked again no sooner than `floor_s` after its last answer. 429 and 5xx back off with
    jitter, honouring Retry-After; a 429 holds every poll (the limit is per account). A network
    failure turns the poller offline: one probe at a time, with growing waits, until an answer
    comes back, then every task is asked again at once.
    """

    def __init__(self, fetch: Fetch, *, on_answer: OnAnswer, on_problem: OnProblem,
                 on_offline: OnOffline, max_in_flight: int = 4,
                 floor_s: float = api_facts.MIN_POLL_INTERVAL_S,
                 clock: Callable[[], float] = time.monotonic,
                 rng: Callable[[], float] = random.random) -> None:
        if max_in_flight < 1:
            raise ValueError("max_in_flight must be at least 1")
        self._fetch = fetch
        self._on_answer, self._on_problem, self._on_offline = on_answer, on_problem, on_offline
        self._cap = max_in_flight
        self.floor_s = floor_s
        self._clock, self._rng = clock, rng
        self._entries: dict[str, _Entry] = {}
        self._in_flight: dict[str, asyncio.Task[None]] = {}
        self._hold_until = 0.0
        self._offline = False
        self._offline_failures = 0
        self._wake: asyncio.Event | None = None
        self._runner: asyncio.Task[None] | None = None
        self.stats = PollStats()

    # --- what is tracked ----------------------------------------------------------------------

    @property
    def offline(self) -> bool:
        return self._offline

    def is_tracked(self, key: str) -> bool:
        return key in self._entries

    def track(self, key: str, task_id: str, delay: float = 0.0) -> None:
        """Poll `task_id` under `key`, the first time after `delay` seconds."""
        entry = self._entries.get(key)
        due = self._clock() + max(0.0, delay)
        if entry is None:
            self._entries[key] = _Entry(task_id, due)
        else:
            entry.task_id, entry.due = task_id, min(entry.due, due)
        self._poke()

    def untrack(self, key: str) -> None:
        self._entries.pop(key, None)
        self._poke()

    def next_poll_in(self, key: str) -> float | None:
        entry = self._entries.get(key)
        if entry is None or key in self._in_flight:
            return None
        return max(0.0, max(entry.due, self._hold_until) - self._clock())

    # --- the loop -----------------------------------------------------------------------------

    def start(self) -> None:
        if self._runner is None:
            self._wake = asyncio.Event()
            self._runner = asyncio.ensure_future(self._run())
            self._runner.set_name("poller")

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        tasks = [t for t in (runner, *self._in_flight.values()) if t is not None]
        for t in tasks:
            t.cancel()
        for t in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await t
        self._in_flight.clear()

    def _poke(self) -> None:
        if self._wake is not None:
            self._wake.set()

    async def _run(self) -> None:
        assert self._wake is not None
        while True:
            now = self._clock()
            cap = 1 if self._offline else self._cap
            waits: list[float] = []
            if now < self._hold_until:
                waits.append(self._hold_until - now)
            else:
                ready = sorted((e.due, k) for k, e in self._entries.items()
                               if k not in self._in_flight)
                for due, key in ready:
                    if due > now:
                        waits.append(due - now)
                        break
                    if len(self._in_flight) >= cap:
                        break  # a finishing request wakes the loop
                    self._launch(key)
            self._wake.clear()
            # Not asyncio.wait_for: on Python 3.11 it can swallow a cancellation that arrives
            # as the event is set, and stop() would then wait forever.
            alarm = (asyncio.get_running_loop().call_later(min(waits), self._wake.set)
                     if waits else None)
            try:
                await self._wake.wait()
            finally:
                if alarm is not None:
                    alarm.cancel()

    def _launch(self, key: str) -> None:
        entry = self._entries[key]
        task = asyncio.ensure_future(self._poll_one(key, entry.task_id))
        task.set_name(f"poll {entry.task_id}")
        self._in_flight[key] = task
        self.stats.requests += 1
        self.stats.max_in_flight = max(self.stats.max_in_flight, len(self._in_flight))

    async def _poll_one(self, key: str, task_id: str) -> None:
        try:
            try:
                task = await self._fetch(task_id)
            except ApiError as exc:
                self._failed(key, exc)
                return
            except Exception as exc:  # a bug must not kill the scheduler
                log.exception("polling %s failed", task_id)
                self._failed(key, ApiError(Message(
                    MessageId.POLL_UNEXPECTED, "Unexpected problem: {error}", error=str(exc))))
                return
            self._answered(key, task)
        finally:
            self._in_flight.pop(key, None)
            self._poke()

    def _answered(self, key: str, task: Task) -> None:
        if self._offline:
            self._set_offline(False)
            for waiting in self._entries.values():  # everyone was waiting: ask again now
                waiting.due = min(waiting.due, self._clock())
        entry = self._entries.get(key)
        if entry is None:
            return  # untracked while the request was out
        if entry.failures:
            entry.failures = 0
            self._on_problem(key, None, None)
        try:
            delay = self._on_answer(key, task)
        except Exception:
            log.exception("handling the answer for %s failed", task.id)
            delay = BACKOFF_MAX_S
        if delay is None:
            self._entries.pop(key, None)
        elif key in self._entries:
            entry.due = self._clock() + max(self.floor_s, delay)

    def _backoff(self, failures: int) -> float:
        # Full exponential growth with +/-50 % jitter, so many tasks do not retry in step.
        base: float = min(BACKOFF_MAX_S, self.floor_s * 2.0 ** max(0, failures - 1))
        return max(self.floor_s, base * (0.5 + float(self._rng())))

    def _failed(self, key: str, exc: ApiError) -> None:
        self.stats.errors += 1
        entry = self._entries.get(key)
        now = self._clock()
        if isinstance(exc, NetworkError):
            self._offline_failures += 1
            wait = self._backoff(self._offline_failures)
            self._hold_until = max(self._hold_until, now + wait)
            self._set_offline(True)
            message: str = Message(MessageId.POLL_OFFLINE, "Offline: {reason}; retrying",
                                   reason=exc.message)
        elif isinstance(exc, RateLimited | ServerError | MalformedAnswer):
            failures = (entry.failures + 1) if entry else 1
            wait = exc.retry_after if exc.retry_after is not None else self._backoff(failures)
            wait = max(self.floor_s, wait)
            if isinstance(exc, RateLimited):
                self._hold_until = max(self._hold_until, now + wait)
            message = Message(MessageId.POLL_RETRYING, "{reason}; retrying", reason=exc.message)
        else:
            wait = OTHER_ERROR_WAIT_S
            message = describe(exc)
        log.info("poll of %s failed (%s); next try in %.1f s", key, exc, wait)
        if entry is not None:
            entry.failures += 1
            entry.due = now + wait
            self._on_problem(key, message, wait)

    def _set_offline(self, offline: bool) -> None:
        if offline == self._offline:
            return
        self._offline = offline
        if not offline:
            self._offline_failures = 0
            self._hold_until = 0.0
        self._on_offline(offline)
