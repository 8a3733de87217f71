"""Spending per day, week and month in local time: both sides of every boundary, refunds apart,
and the daily budget's figures."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.core.budget import BudgetCheck, check_budget, credits_text
from app.core.spending import (
    CSV_HEADER,
    Period,
    Spend,
    csv_rows,
    period_start,
    spend_of,
    spent_today,
    summarize,
)
from app.core.states import TaskState

BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = ZoneInfo("Asia/Tokyo")
FAST = "seedance-2.0-fast-text-to-video"
MINI = "seedance-2.0-mini-text-to-video"
S = TaskState


def at(*parts: int, tz: ZoneInfo = BERLIN) -> float:
    return datetime(*parts, tzinfo=tz).timestamp()  # type: ignore[misc]


def paid(when: float, credits: float, model: str = FAST) -> Spend:
    return Spend(when, model, credits, 0.0, 0.0)


def spent_per_bucket(spends: list[Spend], period: Period, now: float,
                     tz: ZoneInfo = BERLIN) -> list[float]:
    return [b.totals.spent for b in summarize(spends, period, now=now, tz=tz).buckets]


# -- boundaries ---------------------------------------------------------------------------

@pytest.mark.parametrize(("period", "before", "after"), [
    # midnight, local
    (Period.DAY, (2026, 12, 1, 23, 59, 59), (2026, 12, 2, 0, 0, 0)),
    # Sunday night / Monday morning
    (Period.WEEK, (2026, 12, 6, 23, 59, 59), (2026, 12, 7, 0, 0, 0)),
    # the last of the month / the first of the next
    (Period.MONTH, (2026, 11, 30, 23, 59, 59), (2026, 12, 1, 0, 0, 0)),
    # New Year, all three at once
    (Period.MONTH, (2025, 12, 31, 23, 59, 59), (2026, 1, 1, 0, 0, 0)),
    (Period.DAY, (2026, 3, 28, 23, 59, 59), (2026, 3, 29, 0, 0, 0)),  # the night clocks go on
    (Period.DAY, (2026, 10, 24, 23, 59, 59), (2026, 10, 25, 0, 0, 0)),  # ... and back
])
def test_a_second_either_side_of_a_boundary_falls_in_its_own_period(
        period: Period, before: tuple[int, ...], after: tuple[int, ...]) -> None:
    t0, t1 = at(*before), at(*after)
    assert t1 - t0 == 1
    assert period_start(t0, period, BERLIN) < period_start(t1, period, BERLIN)
    assert period_start(t1, period, BERLIN).timestamp() == t1  # the boundary starts the period
    spends = [paid(t0, 10), paid(t1, 3)]
    per = spent_per_bucket(spends, period, now=t1 + 60)
    assert per[-2:] == [10, 3]


def test_the_boundary_is_the_users_midnight_not_utc() -> None:
    # 23:30 on 1 Dec in Tokyo is 14:30 UTC and 01:00 on 2 Dec is 16:00 UTC: one day in UTC,
    # two days for a user in Tokyo.
    late, early = at(2026, 12, 1, 23, 30, tz=TOKYO), at(2026, 12, 2, 1, 0, tz=TOKYO)
    assert datetime.fromtimestamp(late, ZoneInfo("UTC")).date() == \
        datetime.fromtimestamp(early, ZoneInfo("UTC")).date()
    per = spent_per_bucket([paid(late, 5), paid(early, 7)], Period.DAY, now=early, tz=TOKYO)
    assert per[-2:] == [5, 7]


def test_days_across_summer_time_start_at_local_midnight() -> None:
    now = at(2026, 3, 30, 12, 0)
    summary = summarize([], Period.DAY, now=now, tz=BERLIN)
    starts = [b.start for b in summary.buckets]
    assert all((s.hour, s.minute) == (0, 0) for s in starts)
    # the day clocks go on is 23 hours long; the others 24
    lengths = {(b.start.date(), n.start.timestamp() - b.start.timestamp())
               for b, n in zip(summary.buckets, summary.buckets[1:], strict=False)}
    assert (datetime(2026, 3, 29).date(), 23 * 3600) in lengths
    assert len(summary.buckets) == 14 and starts[-1].date() == datetime(2026, 3, 30).date()


def test_weeks_start_on_monday_and_months_on_the_first() -> None:
    wednesday = at(2026, 12, 2, 15, 0)
    assert period_start(wednesday, Period.WEEK, BERLIN) == datetime(2026, 11, 30, tzinfo=BERLIN)
    assert period_start(wednesday, Period.MONTH, BERLIN) == datetime(2026, 12, 1, tzinfo=BERLIN)
    months = summarize([], Period.MONTH, now=wednesday, tz=BERLIN).buckets
    assert [b.start.month for b in months] == list(range(1, 13))
    assert months[0].start == datetime(2026, 1, 1, tzinfo=BERLIN)


def test_spends_before_the_shown_periods_count_only_all_time() -> None:
    now = at(2026, 12, 14, 12, 0)
    first_shown = at(2026, 12, 1, 0, 0)
    spends = [paid(first_shown - 1, 100), paid(first_shown, 1)]
    summary = summarize(spends, Period.DAY, now=now, tz=BERLIN)
    assert summary.buckets[0].totals.spent == 1
    assert summary.totals.spent == 1 and summary.all_time.spent == 101


# -- refunds, models ----------------------------------------------------------------------

def test_refunds_stay_apart_from_what_was_spent() -> None:
    now = at(2026, 12, 2, 18, 0)
    spends = [paid(now - 60, 40), Spend(now - 30, FAST, 0.0, 25.0, 0.0),
              Spend(now - 10, MINI, 0.0, 0.0, 12.0)]
    summary = summarize(spends, Period.DAY, now=now, tz=BERLIN)
    today = summary.buckets[-1].totals
    assert (today.spent, today.refunded, today.held, today.tasks) == (40, 25, 12, 3)


def test_per_model_most_spent_first_and_the_filter_keeps_the_model_list() -> None:
    now = at(2026, 12, 2, 18, 0)
    spends = [paid(now - 60, 40), paid(now - 50, 60, MINI), paid(now - 40, 30)]
    summary = summarize(spends, Period.WEEK, now=now, tz=BERLIN)
    assert [(m, t.spent) for m, t in summary.by_model] == [(FAST, 70), (MINI, 60)]
    only = summarize(spends, Period.WEEK, now=now, tz=BERLIN, model=MINI)
    assert only.totals.spent == 60 and only.models == (FAST, MINI)
    assert [m for m, _ in only.by_model] == [MINI]


@pytest.mark.parametrize(("state", "fields", "expected"), [
    (S.SAVED, {"reserved": 40, "used": 40, "charged": 40, "refunded": 0}, (40, 0, 0)),
    (S.SAVED, {"reserved": 40, "used": None, "charged": None, "refunded": None}, (40, 0, 0)),
    (S.FAILED, {"reserved": 40, "used": 0, "charged": 0, "refunded": 40}, (0, 40, 0)),
    (S.FAILED, {"reserved": 40, "used": None, "charged": None, "refunded": None}, (0, 40, 0)),
    (S.CANCELLED, {"reserved": 40, "used": 5, "charged": 5, "refunded": 35}, (5, 35, 0)),
    (S.PROCESSING, {"reserved": 40, "used": None, "charged": None, "refunded": None},
     (0, 0, 40)),
])
def test_what_a_stored_task_cost(state: TaskState, fields: dict[str, float | None],
                                 expected: tuple[float, float, float]) -> None:
    s = spend_of(at=1.0, model=FAST, state=state, **fields)
    assert s is not None and (s.spent, s.refunded, s.held) == expected


@pytest.mark.parametrize("state", [S.REJECTED, S.OUTCOME_UNKNOWN, S.SUBMITTING])
def test_tasks_without_a_charge_are_left_out(state: TaskState) -> None:
    assert spend_of(at=1.0, model=FAST, state=state, reserved=None, used=None, charged=None,
                    refunded=None) is None


def test_csv_rows_one_per_period_and_model() -> None:
    now = at(2026, 12, 2, 18, 0)
    spends = [paid(now - 86_400, 10.25), paid(now - 60, 40), Spend(now - 30, MINI, 0, 9.5, 0)]
    rows = csv_rows(summarize(spends, Period.DAY, now=now, tz=BERLIN))
    assert rows == [CSV_HEADER,
                    ("2026-12-01", "day", FAST, "10.25", "0", "0", "1"),
                    ("2026-12-02", "day", FAST, "40", "0", "0", "1"),
                    ("2026-12-02", "day", MINI, "0", "9.5", "0", "1")]


# -- the daily budget ---------------------------------------------------------------------

def test_today_starts_at_local_midnight_and_holds_running_tasks() -> None:
    midnight = at(2026, 12, 2, 0, 0)
    spends = [paid(midnight - 1, 100), paid(midnight, 300),
              Spend(midnight + 60, FAST, 0, 0, 112), Spend(midnight + 90, FAST, 0, 50, 0)]
    assert spent_today(spends, now=midnight + 3600, tz=BERLIN) == 412


@pytest.mark.parametrize(("today", "estimate", "asks"), [
    (412, 88, False),  # reaches the budget exactly: within
    (412, 88.1, True),  # passes it by a tenth
    (412, 108, True),
    (499, None, False),  # no price known and some budget left
    (500, None, True),  # no price known and nothing left
])
def test_a_submission_that_would_pass_the_budget_asks(today: float, estimate: float | None,
                                                      asks: bool) -> None:
    assert (check_budget(500, today, estimate) is not None) is asks


def test_no_budget_never_asks() -> None:
    assert check_budget(0, 10_000, 500) is None


def test_the_figures_as_the_question_says_them() -> None:
    found = check_budget(500, 412, 108)
    assert found == BudgetCheck(500, 412, 108)
    assert str(found.figures()) == "Today: 412 of 500 credits; this clip ≈ 108 → 520"
    unpriced = BudgetCheck(500, 512.5, None).figures()
    assert str(unpriced) == "Today: 512.5 of 500 credits; this clip's price is unknown"
    assert credits_text(1250) == "1,250" and credits_text(10.23) == "10.2"


def test_a_week_has_seven_days() -> None:
    start = period_start(at(2026, 12, 9, 8, 0), Period.WEEK, BERLIN)
    assert start + timedelta(days=7) == period_start(at(2026, 12, 14, 0, 0), Period.WEEK, BERLIN)
