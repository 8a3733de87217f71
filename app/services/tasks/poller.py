"""One asyncio scheduler that polls every active task: batched, paced, capped, backing off,
offline-aware."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.core import api_facts
from app.core.catalog import QueueMsg
from app.core.messages import Message
from app.core.poll_pacing import NextPoll, Pacing, rides_along
from app.services.api.client import describe
from app.services.api.errors import (
    ApiError,
    BatchUnavailable,
    MalformedAnswer,
    NetworkError,
    RateLimited,
    ServerError,
    Unauthorized,
)

if TYPE_CHECKING:  # pydantic loads with the first answer, after the window painted
    from app.core.models import Task

log = logging.getLogger(__name__)

Fetch = Callable[[str], Awaitable["Task"]]
FetchBatch = Callable[[Sequence[str]], Awaitable[list["Task"]]]  # raises BatchUnavailable
OnAnswer = Callable[[str, "Task"], NextPoll | float | None]  # the next poll (seconds); None: done
OnProblem = Callable[[str, str | None, float | None], None]  # key, message, seconds to retry
OnOffline = Callable[[bool], None]
# Sees every answer of one read (key, task) before they are handled one by one: the queue
# writes them to the store at once, off the UI thread.
OnAnswers = Callable[[list[tuple[str, "Task"]]], Awaitable[None]]

BACKOFF_MAX_S = 60.0  # the first wait is the floor (5 s against the real API), doubling
OTHER_ERROR_WAIT_S = 60.0  # 404, 401…: not transient; ask again rarely, never give up silently


@dataclass
class _Entry:
    task_id: str
    due: float
    failures: int = 0
    early: float = 0.0  # how much sooner than `due` it may ride along a batch read
    answered: float = float("-inf")
    alone: bool = False  # missing from a batch answer: read it on its own next time


@dataclass
class PollStats:
    """What the benchmark and the tests read: requests sent and the most ever in flight."""

    requests: int = 0
    batch_requests: int = 0
    task_reads: int = 0  # tasks asked about: each makes the gateway ask the provider
    errors: int = 0
    max_in_flight: int = 0
    started: float = field(default_factory=time.monotonic)


class Poller:
    """Polls tracked tasks from ONE loop task (no timer per task).

    At most one request per task is in flight, at most `max_in_flight` overall, and a task is
    asked again no sooner than the floor after its last answer. With `fetch_batch`, the tasks due
    are read up to `batch_limit` at a time, with sparse reads due soon riding along; a task
    missing from a batch answer is read on its own, and BatchUnavailable turns batches off for
    good (per-task reads from then on). 429 and 5xx back off with
    jitter, honouring Retry-After; a 429 holds every poll (the limit is per account). A network
    failure turns the poller offline: one probe at a time, with growing waits, until an answer
    comes back, then every task is asked again at once.
    """

    def __init__(self, fetch: Fetch, *, on_answer: OnAnswer, on_problem: OnProblem,
                 on_offline: OnOffline, max_in_flight: int = 4,
                 floor_s: float | None = None, pacing: Pacing | None = None,
                 fetch_batch: FetchBatch | None = None,
                 on_answers: OnAnswers | None = None,
                 batch_limit: int = api_facts.TASK_BATCH_MAX_IDS,
                 clock: Callable[[], float] = time.monotonic,
                 rng: Callable[[], float] = random.random) -> None:
        if max_in_flight < 1:
            raise ValueError("max_in_flight must be at least 1")
        if pacing is None:
            pacing = Pacing() if floor_s is None else Pacing(floor_s=floor_s)
        elif floor_s is not None:
            raise ValueError("give floor_s or pacing, not both")
        self.pacing = pacing
        self._fetch, self._fetch_batch = fetch, fetch_batch
        self._batch_limit = max(1, batch_limit)
        self._on_answer, self._on_problem, self._on_offline = on_answer, on_problem, on_offline
        self._on_answers = on_answers
        self._cap = max_in_flight
        self.floor_s = pacing.floor_s
        self._clock, self._rng = clock, rng
        self._entries: dict[str, _Entry] = {}
        self._in_flight: dict[str, asyncio.Task[None]] = {}  # by key; a batch under each key
        self._requests_out = 0
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

    @property
    def batching(self) -> bool:
        """Whether due tasks are read in batches (until the server shows it has no batch read)."""
        return self._fetch_batch is not None

    def track(self, key: str, task_id: str, delay: float = 0.0, early: float = 0.0) -> None:
        """Poll `task_id` under `key`, the first time after `delay` seconds (or up to `early`
        sooner along a batch read)."""
        entry = self._entries.get(key)
        due = self._clock() + max(0.0, delay)
        if entry is None:
            self._entries[key] = _Entry(task_id, due, early=early)
        elif due < entry.due:
            entry.task_id, entry.due, entry.early = task_id, due, early
        else:
            entry.task_id = task_id
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
        tasks = [t for t in {runner, *self._in_flight.values()} if t is not None]
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
                    if key in self._in_flight:
                        continue  # it rode along in a batch launched in this pass
                    if due > now:
                        waits.append(due - now)
                        break
                    if self._requests_out >= cap:
                        break  # a finishing request wakes the loop
                    if self._fetch_batch is not None and not self._entries[key].alone:
                        self._launch_batch(now, ready)
                    else:
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

    def _count_request(self) -> None:
        self._requests_out += 1
        self.stats.requests += 1
        self.stats.max_in_flight = max(self.stats.max_in_flight, self._requests_out)

    def _launch(self, key: str) -> None:
        entry = self._entries[key]
        entry.alone = False
        task = asyncio.ensure_future(self._poll_one(key, entry.task_id))
        task.set_name(f"poll {entry.task_id}")
        self._in_flight[key] = task
        self._count_request()
        self.stats.task_reads += 1

    def _launch_batch(self, now: float, ready: list[tuple[float, str]]) -> None:
        """One batch read: the tasks due now, then sparse reads due soon, up to the limit."""
        keys: list[str] = []
        for due, key in ready:
            entry = self._entries[key]
            if key in self._in_flight or entry.alone:
                continue
            if due > now and not rides_along(due_in=due - now, early=entry.early,
                                             since_answer=now - entry.answered,
                                             floor_s=self.floor_s):
                continue
            keys.append(key)
            if len(keys) >= self._batch_limit:
                break
        ids = {self._entries[k].task_id: k for k in keys}
        task = asyncio.ensure_future(self._poll_batch(ids))
        task.set_name(f"poll {len(ids)} tasks")
        for key in keys:
            self._in_flight[key] = task
        self._count_request()
        self.stats.batch_requests += 1
        self.stats.task_reads += len(keys)

    async def _poll_batch(self, ids: dict[str, str]) -> None:
        """`ids`: task id -> key."""
        assert self._fetch_batch is not None
        answered: set[str] = set()
        try:
            try:
                tasks = await self._fetch_batch(list(ids))
            except BatchUnavailable:
                log.info("no batch reads: polling each task on its own")
                self._fetch_batch = None
                for key in ids.values():
                    if (entry := self._entries.get(key)) is not None:
                        entry.due = min(entry.due, self._clock())
                return
            except (NetworkError, RateLimited, ServerError, MalformedAnswer, Unauthorized) as exc:
                self._failed(list(ids.values()), exc)
                return
            except ApiError as exc:  # e.g. a 400 over one odd id: each task answers for itself
                log.info("a batch read was refused (%s): reading those tasks alone", exc)
                for key in ids.values():
                    if (entry := self._entries.get(key)) is not None:
                        entry.alone = True
                return
            except Exception as exc:  # a bug must not kill the scheduler
                log.exception("polling %d tasks failed", len(ids))
                self._failed(list(ids.values()), _unexpected(exc))
                return
            pairs: list[tuple[str, Task]] = []
            for task in tasks:
                found = ids.get(task.id)
                if found is not None and found not in answered:
                    answered.add(found)
                    pairs.append((found, task))
            await self._before_answers(pairs)
            for i, (key, task) in enumerate(pairs):
                if i:  # one answer per turn of the loop: the window paints in between
                    await asyncio.sleep(0)
                self._answered(key, task)
            for task_id, key in ids.items():
                entry = self._entries.get(key)
                if key not in answered and entry is not None and entry.task_id == task_id:
                    entry.alone, entry.due = True, min(entry.due, self._clock())
        finally:
            for key in ids.values():
                if self._in_flight.get(key) is asyncio.current_task():
                    del self._in_flight[key]
            self._requests_out -= 1
            self._poke()

    async def _poll_one(self, key: str, task_id: str) -> None:
        try:
            try:
                task = await self._fetch(task_id)
            except ApiError as exc:
                self._failed([key], exc)
                return
            except Exception as exc:  # a bug must not kill the scheduler
                log.exception("polling %s failed", task_id)
                self._failed([key], _unexpected(exc))
                return
            await self._before_answers([(key, task)])
            self._answered(key, task)
        finally:
            self._in_flight.pop(key, None)
            self._requests_out -= 1
            self._poke()

    async def _before_answers(self, pairs: list[tuple[str, Task]]) -> None:
        live = [(k, t) for k, t in pairs if k in self._entries]
        if live and self._on_answers is not None:
            try:
                await self._on_answers(live)
            except Exception:  # each answer is still handled on its own
                log.exception("handling %d answers at once failed", len(live))

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
            after = self._on_answer(key, task)
        except Exception:
            log.exception("handling the answer for %s failed", task.id)
            after = BACKOFF_MAX_S
        if after is None:
            self._entries.pop(key, None)
        elif key in self._entries:
            nxt = after if isinstance(after, NextPoll) else NextPoll(after)
            entry.answered = self._clock()
            entry.due = entry.answered + max(self.floor_s, nxt.delay)
            entry.early = nxt.early

    def _backoff(self, failures: int) -> float:
        # Full exponential growth with +/-50 % jitter, so many tasks do not retry in step.
        base: float = min(BACKOFF_MAX_S, self.floor_s * 2.0 ** max(0, failures - 1))
        return max(self.floor_s, base * (0.5 + float(self._rng())))

    def _failed(self, keys: list[str], exc: ApiError) -> None:
        """One failed request, for every task it asked about."""
        self.stats.errors += 1
        entries = [e for e in (self._entries.get(k) for k in keys) if e is not None]
        now = self._clock()
        if isinstance(exc, NetworkError):
            self._offline_failures += 1
            wait = self._backoff(self._offline_failures)
            self._hold_until = max(self._hold_until, now + wait)
            self._set_offline(True)
            message: str = Message(QueueMsg.POLL_OFFLINE, reason=exc.message)
        elif isinstance(exc, RateLimited | ServerError | MalformedAnswer):
            failures = max((e.failures for e in entries), default=0) + 1
            wait = exc.retry_after if exc.retry_after is not None else self._backoff(failures)
            wait = max(self.floor_s, wait)
            if isinstance(exc, RateLimited):
                self._hold_until = max(self._hold_until, now + wait)
            message = Message(QueueMsg.POLL_RETRYING, reason=exc.message)
        else:
            wait = OTHER_ERROR_WAIT_S
            message = describe(exc)
        shown = ", ".join(keys[:3]) + (f" and {len(keys) - 3} more" if len(keys) > 3 else "")
        log.info("poll of %s failed (%s); next try in %.1f s", shown, exc, wait)
        for key in keys:
            entry = self._entries.get(key)
            if entry is not None:
                entry.failures += 1
                entry.due, entry.early = now + wait, 0.0
                self._on_problem(key, message, wait)

    def _set_offline(self, offline: bool) -> None:
        if offline == self._offline:
            return
        self._offline = offline
        if not offline:
            self._offline_failures = 0
            self._hold_until = 0.0
        self._on_offline(offline)


def _unexpected(exc: Exception) -> ApiError:
    return ApiError(Message(QueueMsg.POLL_UNEXPECTED, error=str(exc)))
