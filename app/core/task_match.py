"""Which listed tasks could be a submission whose answer was lost, and whether one is clear.

Pure: the caller reads the list (app/services/tasks/recovery.py) and decides what to do with the
answer. A task matches when its model is the submission's, it was made within the window
around the moment the request was sent and, when the item says how long its clip is, that
length is the one asked for. Two candidates equally close are never resolved here: the user
chooses.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from app.core import api_facts

if TYPE_CHECKING:
    from app.core.task_list import TaskListItem

# `created_at` is the server's clock in whole seconds; ours may run ahead of it, and the POST
# may have waited in a queue before the task was made.
EARLY_S: Final = 120.0
LATE_S: Final = 600.0
# Closer than this to each other, two candidates are "equally close": a whole-second clock and
# the time the request spent on the wire cannot tell them apart.
TIE_S: Final = 2.0


@dataclass(frozen=True)
class Submission:
    """What is known of a lost submission: its model, when it was sent (our clock, unix s),
    and the clip length asked for."""

    model: str
    sent_at: float
    duration_s: int | None = None

    @property
    def earliest(self) -> float:
        return self.sent_at - EARLY_S

    @property
    def latest(self) -> float:
        return self.sent_at + LATE_S


@dataclass(frozen=True)
class Candidate:
    item: TaskListItem
    offset_s: float  # the task's creation minus the moment the request was sent

    @property
    def distance_s(self) -> float:
        return abs(self.offset_s)


def fits(sub: Submission, item: TaskListItem) -> bool:
    """Model, time window and (when the item gives one) clip length all agree."""
    if item.model is not None and item.model != sub.model:
        return False
    if item.type is not None and item.type != api_facts.TASK_LIST_TYPE_VIDEO:
        return False
    if item.created_at is None or not sub.earliest <= item.created_at <= sub.latest:
        return False
    return item.duration_s is None or sub.duration_s is None or \
        round(item.duration_s) == sub.duration_s


def candidates(sub: Submission, items: Iterable[TaskListItem],
               known_ids: Collection[str] = ()) -> list[Candidate]:
    """Listed tasks that could be this submission and are no other record's task, closest in
    time first (ties in listed order)."""
    seen: set[str] = set()
    out = []
    for item in items:
        if item.id in known_ids or item.id in seen or not fits(sub, item):
            continue
        seen.add(item.id)
        assert item.created_at is not None
        out.append(Candidate(item, item.created_at - sub.sent_at))
    return sorted(out, key=lambda c: c.distance_s)


def clear_choice(found: list[Candidate]) -> Candidate | None:
    """The candidate to take without asking: the only one, or the closest when no other is
    equally close (within TIE_S). None when there is none, or the user must choose."""
    if not found:
        return None
    if len(found) == 1 or found[1].distance_s - found[0].distance_s > TIE_S:
        return found[0]
    return None


def past_window(sub: Submission, item: TaskListItem) -> bool:
    """The item was made before the window opened: in a newest-first list, nothing after it
    can match."""
    return item.created_at is not None and item.created_at < sub.earliest
