"""Credits spent per day, week and month and per model, refunds apart, in local time."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Final

from app.core.charges import ChargeTrail
from app.core.states import TaskState

S = TaskState
_RUNNING: Final = frozenset({S.PENDING, S.PROCESSING})
_DONE: Final = frozenset({S.COMPLETED, S.DOWNLOADING, S.SAVED, S.EXPIRED})
_REFUNDED: Final = frozenset({S.FAILED, S.CANCELLED})


class Period(StrEnum):
    DAY = "day"
    WEEK = "week"  # Monday to Sunday (ISO 8601)
    MONTH = "month"


# How many periods the chart shows, the current one last.
SHOWN: Final = {Period.DAY: 14, Period.WEEK: 12, Period.MONTH: 12}


@dataclass(frozen=True)
class Spend:
    """One task's credits, dated by its submission (the gateway reserves them then)."""

    at: float  # unix seconds
    model: str
    spent: float  # charged, for good
    refunded: float  # reserved, then given back (a failed or cancelled task)
    held: float  # reserved by a task still running: not settled yet


def spend_of(*, at: float, model: str, state: TaskState, reserved: float | None,
             used: float | None, charged: float | None, refunded: float | None) -> Spend | None:
    """What one stored task cost so far; None when it cost nothing (never created, rejected,
    or its outcome is unknown: the store holds no figure for it)."""
    if state in _RUNNING:
        held = reserved or 0.0
        return Spend(at, model, 0.0, 0.0, held) if held > 0 else None
    if state not in _DONE and state not in _REFUNDED:
        return None
    trail = ChargeTrail.of(reserved=reserved, used=used, charged=charged, refunded=refunded)
    paid = trail.charged or 0.0
    if state in _DONE and paid <= 0:
        paid = reserved or 0.0  # no settlement read back: the reservation is the charge
    back = trail.refunded or 0.0
    if state in _REFUNDED and refunded is None and reserved:
        back = max(reserved - paid, 0.0)  # failed tasks are refunded [seen], said or not
    if paid <= 0 and back <= 0:
        return None
    return Spend(at, model, paid, back, 0.0)


def local(at: float, tz: tzinfo | None) -> datetime:
    """`at` on the wall clock: of `tz`, or of this machine when None (a naive datetime)."""
    return datetime.fromtimestamp(at, tz)


def period_start(at: float, period: Period, tz: tzinfo | None = None) -> datetime:
    """The local midnight that starts the day, week or month holding `at`."""
    day = local(at, tz).replace(hour=0, minute=0, second=0, microsecond=0)
    if period is Period.WEEK:
        return day - timedelta(days=day.weekday())
    if period is Period.MONTH:
        return day.replace(day=1)
    return day


def step(start: datetime, period: Period, n: int = 1) -> datetime:
    """The start `n` periods later (earlier when negative), in wall-clock days, so a change
    to or from summer time in between moves no boundary off midnight."""
    if period is Period.MONTH:
        months = start.year * 12 + start.month - 1 + n
        return start.replace(year=months // 12, month=months % 12 + 1)
    return start + timedelta(days=n * (7 if period is Period.WEEK else 1))


@dataclass(frozen=True)
class Totals:
    spent: float = 0.0
    refunded: float = 0.0
    held: float = 0.0
    tasks: int = 0

    def plus(self, s: Spend) -> Totals:
        return Totals(self.spent + s.spent, self.refunded + s.refunded, self.held + s.held,
                      self.tasks + 1)


@dataclass(frozen=True)
class Bucket:
    start: datetime  # local midnight
    totals: Totals = Totals()
    by_model: dict[str, Totals] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Summary:
    """The shown periods (oldest first, the current one last), their totals and per model."""

    period: Period
    buckets: tuple[Bucket, ...]
    totals: Totals  # over the shown periods
    by_model: tuple[tuple[str, Totals], ...]  # most spent first
    models: tuple[str, ...]  # every model with a charge, for the filter
    all_time: Totals

    @property
    def empty(self) -> bool:
        return self.all_time.tasks == 0

    @property
    def shown_empty(self) -> bool:
        return self.totals.tasks == 0


def summarize(spends: Iterable[Spend], period: Period, *, now: float, model: str | None = None,
              tz: tzinfo | None = None, shown: int | None = None) -> Summary:
    """Spends added up per `period` over the last `shown` periods up to `now`; `model` keeps
    that model's only (the list of models stays whole)."""
    count = shown or SHOWN[period]
    last = period_start(now, period, tz)
    starts = [step(last, period, i - count + 1) for i in range(count)]
    first, end = starts[0].timestamp(), step(last, period).timestamp()
    cells: list[dict[str, Totals]] = [{} for _ in starts]
    all_time, models = Totals(), set()
    index = {s.timestamp(): i for i, s in enumerate(starts)}
    for s in spends:
        models.add(s.model)
        if model and s.model != model:
            continue
        all_time = all_time.plus(s)
        if not first <= s.at < end:
            continue
        i = index[period_start(s.at, period, tz).timestamp()]
        cells[i][s.model] = cells[i].get(s.model, Totals()).plus(s)
    buckets = tuple(Bucket(start, _sum(cell.values()), cell) for start, cell in zip(starts, cells,
                                                                                   strict=True))
    per_model: dict[str, list[Totals]] = {}
    for cell in cells:
        for name, t in cell.items():
            per_model.setdefault(name, []).append(t)
    by_model = sorted(((name, _sum(ts)) for name, ts in per_model.items()),
                      key=lambda p: (-p[1].spent, -p[1].refunded, p[0]))
    return Summary(period, buckets, _sum(b.totals for b in buckets), tuple(by_model),
                   tuple(sorted(models)), all_time)


def _sum(items: Iterable[Totals]) -> Totals:
    out = Totals()
    for t in items:
        out = Totals(out.spent + t.spent, out.refunded + t.refunded, out.held + t.held,
                     out.tasks + t.tasks)
    return out


def spent_today(spends: Iterable[Spend], *, now: float, tz: tzinfo | None = None) -> float:
    """What today's submissions cost or hold (a running task's reservation counts: it is
    most likely charged); refunds do not count."""
    since = period_start(now, Period.DAY, tz).timestamp()
    return sum(s.spent + s.held for s in spends if s.at >= since)


CSV_HEADER: Final = ("period_start", "period", "model", "spent_credits", "refunded_credits",
                     "reserved_credits", "tasks")


def csv_rows(summary: Summary) -> list[tuple[str, ...]]:
    """The shown periods, one row per period and model that cost something, oldest first;
    dates as local ISO dates (the period's first day)."""
    rows: list[tuple[str, ...]] = [CSV_HEADER]
    for b in summary.buckets:
        for name in sorted(b.by_model):
            t = b.by_model[name]
            rows.append((b.start.date().isoformat(), summary.period.value, name,
                         _num(t.spent), _num(t.refunded), _num(t.held), str(t.tasks)))
    return rows


def _num(value: float) -> str:
    return f"{round(value, 4):g}" if abs(value) < 1e15 else repr(value)
