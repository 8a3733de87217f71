"""The life of a task in the studio, and the transitions between its states."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from app.core.task_status import TaskStatus


class TaskState(StrEnum):
    DRAFT = "draft"
    SUBMITTING = "submitting"  # request stored, POST under way: the id is not known yet
    PENDING = "pending"
    PROCESSING = "processing"
    COMPLETED = "completed"  # done on the server, clip not on disk yet
    DOWNLOADING = "downloading"
    SAVED = "saved"
    FAILED = "failed"
    REJECTED = "rejected"  # the server refused the request: no task, no charge
    CANCELLED = "cancelled"
    EXPIRED = "expired"  # the result URL expired before the clip was saved
    OUTCOME_UNKNOWN = "outcome_unknown"  # POST sent, answer lost: a task may exist

    @property
    def terminal(self) -> bool:
        return self in TERMINAL

    @property
    def active(self) -> bool:
        """On the server's side still: worth polling."""
        return self in (TaskState.PENDING, TaskState.PROCESSING)

    @property
    def label(self) -> str:
        return _LABELS[self]


S = TaskState
TERMINAL: Final = frozenset({S.SAVED, S.FAILED, S.REJECTED, S.CANCELLED, S.EXPIRED})
_FOUND: Final = frozenset({S.PENDING, S.PROCESSING, S.COMPLETED, S.FAILED, S.CANCELLED})

TRANSITIONS: Final[dict[TaskState, frozenset[TaskState]]] = {
    # A take set's member written ahead and not sent yet: sent, or discarded by the user.
    S.DRAFT: frozenset({S.SUBMITTING, S.CANCELLED}),
    S.SUBMITTING: _FOUND | {S.REJECTED, S.OUTCOME_UNKNOWN},
    # Found again by a search of the account's tasks; never resubmitted from here.
    S.OUTCOME_UNKNOWN: _FOUND | {S.REJECTED},
    S.PENDING: frozenset({S.PROCESSING, S.COMPLETED, S.FAILED, S.CANCELLED}),
    S.PROCESSING: frozenset({S.COMPLETED, S.FAILED, S.CANCELLED}),
    S.COMPLETED: frozenset({S.DOWNLOADING, S.SAVED, S.EXPIRED}),
    # An interrupted download goes back to COMPLETED and is resumed.
    S.DOWNLOADING: frozenset({S.SAVED, S.COMPLETED, S.EXPIRED}),
    S.SAVED: frozenset(),
    S.FAILED: frozenset(),
    S.REJECTED: frozenset(),
    S.CANCELLED: frozenset(),
    # An expired-looking clip tried again by hand: its link may still work, or a fresh one.
    S.EXPIRED: frozenset({S.COMPLETED}),
}

_LABELS: Final = {
    S.DRAFT: "Draft", S.SUBMITTING: "Submitting", S.PENDING: "Queued",
    S.PROCESSING: "Generating", S.COMPLETED: "Ready to download",
    S.DOWNLOADING: "Downloading", S.SAVED: "Saved", S.FAILED: "Failed",
    S.REJECTED: "Rejected", S.CANCELLED: "Cancelled", S.EXPIRED: "Expired",
    S.OUTCOME_UNKNOWN: "Outcome unknown",
}


class IllegalTransition(ValueError):
    pass


def can_transition(old: TaskState, new: TaskState) -> bool:
    return old == new or new in TRANSITIONS[old]


def transition(old: TaskState, new: TaskState) -> TaskState:
    """`new`, when the move is legal (staying put always is); raises IllegalTransition."""
    if not can_transition(old, new):
        raise IllegalTransition(f"a task cannot go from {old.value} to {new.value}")
    return new


def state_for_status(status: TaskStatus) -> TaskState | None:
    """The studio state an API status moves a task to; None for an unknown status (stay put)."""
    return {
        TaskStatus.PENDING: S.PENDING,
        TaskStatus.PROCESSING: S.PROCESSING,
        TaskStatus.COMPLETED: S.COMPLETED,
        TaskStatus.FAILED: S.FAILED,
        TaskStatus.CANCELLED: S.CANCELLED,
    }.get(status)


def advance(old: TaskState, status: TaskStatus) -> TaskState:
    """Where a poll answer takes a task; a stale or unknown answer leaves it where it is."""
    new = state_for_status(status)
    # DOWNLOADING -> COMPLETED exists for an interrupted download; a "completed" poll answer
    # during a download is old news, not an interruption.
    # An ended task stays ended whatever a poll says (only a person reopens an expired one).
    if new is None or old is S.DOWNLOADING or old.terminal or not can_transition(old, new):
        return old
    return new
