"""The task state machine: the documented life of a task (api-notes: statuses, cancelled [seen],
24-hour result URLs, submission safety) mapped onto the studio's states."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.models import TaskStatus
from app.core.states import (
    TERMINAL,
    IllegalTransition,
    TaskState,
    advance,
    can_transition,
    state_for_status,
    transition,
)

S = TaskState
HAPPY_PATH = [S.DRAFT, S.SUBMITTING, S.PENDING, S.PROCESSING, S.COMPLETED, S.DOWNLOADING,
              S.SAVED]


def test_happy_path() -> None:
    state = HAPPY_PATH[0]
    for nxt in HAPPY_PATH[1:]:
        state = transition(state, nxt)
    assert state is S.SAVED


@pytest.mark.parametrize(("path"), [
    [S.DRAFT, S.SUBMITTING, S.PENDING, S.FAILED],
    [S.DRAFT, S.SUBMITTING, S.PENDING, S.PROCESSING, S.FAILED],
    [S.DRAFT, S.SUBMITTING, S.PENDING, S.CANCELLED],  # [seen] cancelled: terminal
    [S.DRAFT, S.SUBMITTING, S.PENDING, S.PROCESSING, S.CANCELLED],
    [S.DRAFT, S.SUBMITTING, S.REJECTED],  # the server refused the request: no task
    [S.DRAFT, S.SUBMITTING, S.PENDING, S.COMPLETED, S.EXPIRED],  # [doc] URLs last 24 h
    [S.DRAFT, S.SUBMITTING, S.PENDING, S.PROCESSING, S.COMPLETED, S.DOWNLOADING, S.EXPIRED],
    [S.DRAFT, S.SUBMITTING, S.PENDING, S.PROCESSING, S.COMPLETED, S.DOWNLOADING,
     S.COMPLETED, S.DOWNLOADING, S.SAVED],  # an interrupted download is resumed
    [S.DRAFT, S.SUBMITTING, S.OUTCOME_UNKNOWN, S.PENDING, S.PROCESSING],  # found again
    [S.DRAFT, S.SUBMITTING, S.OUTCOME_UNKNOWN, S.COMPLETED, S.DOWNLOADING, S.SAVED],
    [S.DRAFT, S.SUBMITTING, S.OUTCOME_UNKNOWN, S.FAILED],
    [S.DRAFT, S.SUBMITTING, S.PROCESSING],  # first answer may already be processing
])
def test_legal_paths(path: list[TaskState]) -> None:
    state = path[0]
    for nxt in path[1:]:
        assert can_transition(state, nxt), f"{state} -> {nxt}"
        state = transition(state, nxt)


def test_terminal_states() -> None:
    assert {S.SAVED, S.FAILED, S.CANCELLED, S.EXPIRED, S.REJECTED} == set(TERMINAL)
    for s in S:
        assert s.terminal == (s in TERMINAL)


@pytest.mark.parametrize("old", sorted(TERMINAL))
def test_terminal_states_have_no_exit(old: TaskState) -> None:
    for new in S:
        if new is old or (old, new) == (S.EXPIRED, S.COMPLETED):  # by hand, never by a poll
            continue
        assert not can_transition(old, new)
        with pytest.raises(IllegalTransition):
            transition(old, new)


def test_outcome_unknown_is_not_terminal_but_never_resubmitted() -> None:
    # api-notes: "A create that timed out or got a 5xx may still have created a (paid) task.
    # Never resubmit automatically."
    assert not S.OUTCOME_UNKNOWN.terminal
    for new in (S.SUBMITTING, S.DRAFT):
        with pytest.raises(IllegalTransition):
            transition(S.OUTCOME_UNKNOWN, new)


@pytest.mark.parametrize(("old", "new"), [
    (S.SAVED, S.PENDING),
    (S.OUTCOME_UNKNOWN, S.SUBMITTING),
    (S.DRAFT, S.PENDING),  # no task before a submission
    (S.DRAFT, S.COMPLETED),
    (S.PENDING, S.SUBMITTING),  # an accepted task is never sent again
    (S.PROCESSING, S.PENDING),  # no going back on the server's side
    (S.COMPLETED, S.PROCESSING),
    (S.COMPLETED, S.FAILED),
    (S.FAILED, S.PENDING),
    (S.CANCELLED, S.PROCESSING),
    (S.EXPIRED, S.DOWNLOADING),
    (S.PENDING, S.SAVED),  # a clip is on disk only after a download
    (S.PENDING, S.DOWNLOADING),
    (S.SUBMITTING, S.SAVED),
])
def test_illegal_moves(old: TaskState, new: TaskState) -> None:
    assert not can_transition(old, new)
    with pytest.raises(IllegalTransition):
        transition(old, new)


def test_staying_put_is_legal() -> None:
    for s in S:
        assert transition(s, s) is s


def test_state_for_status() -> None:
    assert state_for_status(TaskStatus.PENDING) is S.PENDING
    assert state_for_status(TaskStatus.PROCESSING) is S.PROCESSING
    assert state_for_status(TaskStatus.COMPLETED) is S.COMPLETED
    assert state_for_status(TaskStatus.FAILED) is S.FAILED
    assert state_for_status(TaskStatus.CANCELLED) is S.CANCELLED
    assert state_for_status(TaskStatus.UNKNOWN) is None


def test_advance_follows_the_server() -> None:
    assert advance(S.SUBMITTING, TaskStatus.PENDING) is S.PENDING
    assert advance(S.PENDING, TaskStatus.PROCESSING) is S.PROCESSING
    assert advance(S.PROCESSING, TaskStatus.COMPLETED) is S.COMPLETED
    assert advance(S.PROCESSING, TaskStatus.FAILED) is S.FAILED
    assert advance(S.PENDING, TaskStatus.CANCELLED) is S.CANCELLED
    assert advance(S.OUTCOME_UNKNOWN, TaskStatus.PROCESSING) is S.PROCESSING


@pytest.mark.parametrize("old", list(S))
def test_advance_ignores_unknown_status(old: TaskState) -> None:
    assert advance(old, TaskStatus.UNKNOWN) is old


@pytest.mark.parametrize(("old", "status"), [
    (S.PROCESSING, TaskStatus.PENDING),  # an older answer arriving late
    (S.COMPLETED, TaskStatus.PROCESSING),
    (S.COMPLETED, TaskStatus.PENDING),
    (S.DOWNLOADING, TaskStatus.COMPLETED),  # already known: not a failed download
    (S.DOWNLOADING, TaskStatus.PROCESSING),
    (S.SAVED, TaskStatus.COMPLETED),
    (S.SAVED, TaskStatus.FAILED),
    (S.FAILED, TaskStatus.COMPLETED),
    (S.CANCELLED, TaskStatus.PROCESSING),
    (S.EXPIRED, TaskStatus.COMPLETED),
    (S.DRAFT, TaskStatus.PENDING),  # nothing was sent: a poll answer cannot concern it
])
def test_advance_ignores_stale_status(old: TaskState, status: TaskStatus) -> None:
    assert advance(old, status) is old


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([S.SUBMITTING, S.OUTCOME_UNKNOWN, S.PENDING, S.PROCESSING]),
       st.lists(st.sampled_from(list(TaskStatus)), max_size=30))
def test_random_poll_sequences_only_make_legal_moves(start: TaskState,
                                                     statuses: list[TaskStatus]) -> None:
    state = start
    reached_terminal = False
    for status in statuses:
        new = advance(state, status)
        assert can_transition(state, new), f"{state} -> {new} on {status}"
        if reached_terminal:
            assert new is state, "a terminal state has no exit"
        # Polling never produces a local state (download, saved, expired) or a resubmission.
        assert new not in (S.SUBMITTING, S.DRAFT, S.DOWNLOADING, S.SAVED, S.EXPIRED,
                           S.REJECTED) or new is state
        state = new
        reached_terminal = state.terminal


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(list(S)), st.lists(st.sampled_from(list(S)), max_size=20))
def test_random_transitions_either_move_legally_or_raise(start: TaskState,
                                                         moves: list[TaskState]) -> None:
    state = start
    for new in moves:
        if can_transition(state, new):
            state = transition(state, new)
        else:
            with pytest.raises(IllegalTransition):
                transition(state, new)


def test_every_state_has_a_label() -> None:
    for s in S:
        assert s.label
