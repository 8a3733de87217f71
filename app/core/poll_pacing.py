"""When to read a task again: sparse early, close around the expected end, gentle once overdue.

Pure arithmetic shared by the window's queue and the CLI's follow path. Every duration is in
seconds of the caller's clock; `Pacing.scaled` shrinks them all for a time-scaled simulator run.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.core import api_facts
from app.core.timing import eta_seconds

LOOPBACK_FLOOR_S = 0.5  # the local simulator: no provider behind it to spare


@dataclass(frozen=True)
class Pacing:
    floor_s: float = api_facts.MIN_POLL_INTERVAL_S  # never sooner after an answer
    ceiling_s: float = 60.0  # the sparsest read while the end is far
    unknown_s: float = api_facts.REFERENCE_POLL_INTERVAL_S  # no estimate at all
    approach_share: float = 0.5  # of the time still to go, while the end is far
    end_margin_floors: float = 0.2  # aim this many floors past the expected end (estimates round)
    overdue_share: float = 0.25  # of the time already overdue: back off gently
    overdue_ceiling_s: float = 30.0
    ride_share: float = 0.25  # a read far from the end may come this share of its wait early

    def scaled(self, factor: float) -> Pacing:
        """Every duration times `factor` (shares unchanged)."""
        if factor <= 0:
            raise ValueError("factor must be positive")
        return replace(self, floor_s=self.floor_s * factor, ceiling_s=self.ceiling_s * factor,
                       unknown_s=self.unknown_s * factor,
                       overdue_ceiling_s=self.overdue_ceiling_s * factor)


def pacing_for(*, loopback: bool, floor_s: float | None = None) -> Pacing:
    """The pacing for an API base: a chosen floor is honoured, but never under the real API's."""
    if floor_s is None:
        floor_s = LOOPBACK_FLOOR_S if loopback else api_facts.MIN_POLL_INTERVAL_S
    elif not loopback:
        floor_s = max(floor_s, api_facts.MIN_POLL_INTERVAL_S)
    if floor_s <= 0:
        raise ValueError("the poll floor must be positive")
    return Pacing(floor_s=floor_s)


def remaining_s(*, elapsed_s: float, progress: int, estimate_s: float | None) -> float | None:
    """Seconds to the expected end: the server's estimate when it gives one, else the rate."""
    if estimate_s is None:
        return eta_seconds(elapsed_s=elapsed_s, progress=progress, estimate_s=None)
    if api_facts.ESTIMATED_TIME_IS_REMAINING:
        return max(0.0, estimate_s)
    return max(0.0, estimate_s - elapsed_s)


@dataclass(frozen=True)
class NextPoll:
    delay: float  # seconds until the read is due
    early: float = 0.0  # it may come this much sooner, to share a batch read going out


def next_poll(pacing: Pacing, *, remaining: float | None, overdue: float = 0.0) -> NextPoll:
    """The next read, never sooner than the floor. A read aimed just past the expected end, or
    made once overdue, keeps its time; one far from the end may ride along a little early."""
    floor = pacing.floor_s
    aimed = False
    if remaining is None:
        delay = pacing.unknown_s
    elif remaining > 0:
        delay = remaining * pacing.approach_share
        if remaining - delay < floor:  # the next read would land near the end: aim past it
            delay, aimed = remaining + floor * pacing.end_margin_floors, True
        delay = min(delay, pacing.ceiling_s)
    else:
        delay, aimed = min(pacing.overdue_ceiling_s, overdue * pacing.overdue_share), True
    delay = max(floor, delay)
    early = 0.0 if aimed else min(delay - floor, delay * pacing.ride_share)
    return NextPoll(delay, max(0.0, early))


def rides_along(*, due_in: float, early: float, since_answer: float, floor_s: float) -> bool:
    """Whether a task not yet due may join a batch read going out now: within its allowance,
    and never sooner than the floor after its last answer."""
    return due_in <= early and since_answer >= floor_s


@dataclass
class ExpectedEnd:
    """When one task should end, on the caller's clock. A later estimate moves it; an estimate of
    zero never moves it later, so the time overdue keeps growing while the task runs on."""

    at: float | None = None

    def after_answer(self, pacing: Pacing, *, now: float, elapsed_s: float,
                     progress: int, estimate_s: float | None) -> NextPoll:
        left = remaining_s(elapsed_s=elapsed_s, progress=progress, estimate_s=estimate_s)
        if left is not None:
            if left > 0 or self.at is None:
                self.at = now + left
            else:
                self.at = min(self.at, now)
        if self.at is None:
            return next_poll(pacing, remaining=None)
        to_go = self.at - now
        return next_poll(pacing, remaining=max(0.0, to_go), overdue=max(0.0, -to_go))

    def first_poll(self, pacing: Pacing, *, now: float, since_estimate_s: float,
                   estimate_s: float | None) -> NextPoll:
        """Before the first read of a task the create answered: at once when the estimate is
        missing or already spent (a restart reads at once), else paced like any other."""
        left = remaining_s(elapsed_s=0.0, progress=0, estimate_s=estimate_s)
        if left is None or left - since_estimate_s <= 0:
            return NextPoll(0.0)
        self.at = now + left - since_estimate_s
        return next_poll(pacing, remaining=left - since_estimate_s)
