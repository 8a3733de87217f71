"""Poll pacing: each bound tested on both sides, with the real API's 5 s floor."""

from __future__ import annotations

import itertools

import pytest

from app.core import api_facts
from app.core.poll_pacing import (
    LOOPBACK_FLOOR_S,
    ExpectedEnd,
    NextPoll,
    Pacing,
    next_poll,
    pacing_for,
    remaining_s,
    rides_along,
)

REAL = pacing_for(loopback=False)  # floor 5 s, ceiling 60 s, margin 1 s past the end


def test_the_real_api_is_never_polled_faster_than_every_5_s() -> None:
    assert api_facts.MIN_POLL_INTERVAL_S == 5.0
    assert REAL.floor_s == 5.0
    assert pacing_for(loopback=False, floor_s=0.05).floor_s == 5.0  # a quick floor is refused
    assert pacing_for(loopback=False, floor_s=4.99).floor_s == 5.0
    assert pacing_for(loopback=False, floor_s=7.0).floor_s == 7.0  # a slower one is kept


def test_loopback_may_be_faster() -> None:
    assert pacing_for(loopback=True).floor_s == LOOPBACK_FLOOR_S < 5.0
    assert pacing_for(loopback=True, floor_s=0.05).floor_s == 0.05
    with pytest.raises(ValueError, match="floor"):
        pacing_for(loopback=True, floor_s=0.0)


def test_no_read_is_ever_sooner_than_the_floor() -> None:
    remainings: list[float | None] = [None, 0.0, 0.01, 1.0, 4.9, 5.0, 9.9, 10.0, 30.0, 500.0]
    for remaining, overdue in itertools.product(remainings, (0.0, 0.1, 5.0, 100.0, 1e6)):
        nxt = next_poll(REAL, remaining=remaining, overdue=overdue)
        assert nxt.delay >= 5.0
        assert nxt.delay - nxt.early >= 5.0  # riding along early never breaks the floor either


def test_sparse_early_capped_by_the_ceiling() -> None:
    assert next_poll(REAL, remaining=100.0).delay == 50.0  # half the time still to go
    assert next_poll(REAL, remaining=119.0).delay == 59.5  # just under the ceiling
    assert next_poll(REAL, remaining=121.0).delay == 60.0  # just over it
    assert next_poll(REAL, remaining=3000.0).delay == 60.0


def test_close_to_the_end_the_read_aims_just_past_it() -> None:
    # 10 s to go: half is 5 s, and the read after that would still be a floor from the end.
    assert next_poll(REAL, remaining=10.0) == NextPoll(5.0, 0.0)
    # 9.9 s to go: the read after next would come within a floor of the end, so aim past it.
    assert next_poll(REAL, remaining=9.9) == NextPoll(pytest.approx(10.9), 0.0)
    assert next_poll(REAL, remaining=4.5).delay == pytest.approx(5.5)
    assert next_poll(REAL, remaining=3.0).delay == 5.0  # the floor wins over the aim


def test_overdue_backs_off_gently_to_a_ceiling() -> None:
    assert next_poll(REAL, remaining=0.0, overdue=0.0).delay == 5.0
    assert next_poll(REAL, remaining=0.0, overdue=19.0).delay == 5.0  # a quarter is under the floor
    assert next_poll(REAL, remaining=0.0, overdue=21.0).delay == 5.25
    assert next_poll(REAL, remaining=0.0, overdue=119.0).delay == 29.75
    assert next_poll(REAL, remaining=0.0, overdue=121.0).delay == 30.0
    assert next_poll(REAL, remaining=0.0, overdue=1e6).delay == 30.0
    assert next_poll(REAL, remaining=0.0, overdue=50.0).early == 0.0


def test_no_estimate_polls_at_the_reference_pace() -> None:
    assert next_poll(REAL, remaining=None).delay == api_facts.REFERENCE_POLL_INTERVAL_S
    assert next_poll(Pacing(floor_s=9.0), remaining=None).delay == 9.0


def test_only_reads_far_from_the_end_may_come_early() -> None:
    assert next_poll(REAL, remaining=100.0).early == 12.5  # a quarter of its 50 s wait
    assert next_poll(REAL, remaining=14.0).early == 1.75  # a quarter of 7 s
    assert next_poll(REAL, remaining=12.0).early == 1.0  # 6 s wait: only 1 s above the floor
    assert next_poll(REAL, remaining=9.9).early == 0.0  # aimed past the end


def test_rides_along_within_its_allowance_and_after_the_floor() -> None:
    assert rides_along(due_in=2.0, early=2.0, since_answer=5.0, floor_s=5.0)
    assert not rides_along(due_in=2.01, early=2.0, since_answer=5.0, floor_s=5.0)
    assert not rides_along(due_in=1.0, early=2.0, since_answer=4.99, floor_s=5.0)


def test_remaining_follows_the_estimate_else_the_rate() -> None:
    assert remaining_s(elapsed_s=30, progress=50, estimate_s=100) == 100
    assert remaining_s(elapsed_s=30, progress=50, estimate_s=-3) == 0
    assert remaining_s(elapsed_s=30, progress=50, estimate_s=None) == 30  # half done in 30 s
    assert remaining_s(elapsed_s=30, progress=0, estimate_s=None) is None


def test_expected_end_counts_overdue_time_across_zero_estimates() -> None:
    end = ExpectedEnd()
    first = end.after_answer(REAL, now=0.0, elapsed_s=0, progress=0, estimate_s=100)
    assert first.delay == 50.0 and end.at == 100.0
    near = end.after_answer(REAL, now=96.0, elapsed_s=96, progress=90, estimate_s=4)
    assert near.delay == 5.0 and end.at == 100.0
    # The server says 0 but the task runs on: the overdue time grows from the expected end.
    assert end.after_answer(REAL, now=101.0, elapsed_s=101, progress=99,
                            estimate_s=0).delay == 5.0
    assert end.after_answer(REAL, now=160.0, elapsed_s=160, progress=99,
                            estimate_s=0).delay == 15.0
    assert end.at == 100.0
    # A fresh positive estimate moves the end out again.
    assert end.after_answer(REAL, now=170.0, elapsed_s=170, progress=99,
                            estimate_s=40).delay == 20.0


def test_a_zero_estimate_brings_a_later_expected_end_forward() -> None:
    end = ExpectedEnd()
    end.after_answer(REAL, now=0.0, elapsed_s=0, progress=0, estimate_s=100)
    end.after_answer(REAL, now=30.0, elapsed_s=30, progress=99, estimate_s=0)
    assert end.at == 30.0


def test_the_first_read_after_a_create_is_paced_but_a_stale_one_is_at_once() -> None:
    assert ExpectedEnd().first_poll(REAL, now=0.0, since_estimate_s=1.0,
                                    estimate_s=165) == next_poll(REAL, remaining=164)
    assert ExpectedEnd().first_poll(REAL, now=0.0, since_estimate_s=165.0,
                                    estimate_s=165).delay == 0.0
    assert ExpectedEnd().first_poll(REAL, now=0.0, since_estimate_s=1.0,
                                    estimate_s=None).delay == 0.0


def test_scaled_pacing_shrinks_every_duration_but_no_share() -> None:
    fast = REAL.scaled(0.1)
    assert (fast.floor_s, fast.ceiling_s, fast.unknown_s, fast.overdue_ceiling_s) == \
        pytest.approx((0.5, 6.0, 0.8, 3.0))
    assert fast.approach_share == REAL.approach_share
    assert next_poll(fast, remaining=10.0).delay == pytest.approx(
        next_poll(REAL, remaining=100.0).delay / 10)
    with pytest.raises(ValueError, match="factor"):
        REAL.scaled(0)
