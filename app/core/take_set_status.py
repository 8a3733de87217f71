"""A take set at a glance: how many of its takes are saved, running, failed or not sent, its
overall progress and what it costs (the queue's one row per set)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from app.core.states import TaskState

S = TaskState
_RUNNING = frozenset({S.SUBMITTING, S.PENDING, S.PROCESSING, S.COMPLETED, S.DOWNLOADING})
_ENDED_BADLY = frozenset({S.FAILED, S.REJECTED, S.CANCELLED, S.EXPIRED})


class _Stated(Protocol):
    @property
    def state(self) -> TaskState: ...


_M = TypeVar("_M", bound=_Stated)


def not_sent(members: Sequence[_M]) -> list[_M]:
    """The members still waiting to be sent (written ahead, never POSTed)."""
    return [m for m in members if m.state is S.DRAFT]


@dataclass(frozen=True)
class Member:
    """What the summary needs of one take: its state, progress and credits (charged when
    known, else estimated; None: no price)."""

    state: TaskState
    progress: int = 0
    credits: float | None = None


@dataclass(frozen=True)
class SetStatus:
    size: int
    saved: int
    running: int
    ended_badly: int
    not_sent: int
    unknown: int  # sent, answer lost
    progress: int  # 0-100 over the takes that were sent
    credits: float | None  # None when any take has no price

    @property
    def active(self) -> bool:
        """Still on its way (or waiting to be sent): the queue's active group."""
        return bool(self.running or self.not_sent)


def set_status(members: Sequence[Member]) -> SetStatus:
    sent = [m for m in members if m.state is not S.DRAFT]
    done = sum(100 if m.state in (S.SAVED, *_ENDED_BADLY) or m.state is S.OUTCOME_UNKNOWN
               else max(0, min(100, m.progress)) for m in sent)
    spent = [m.credits for m in members if m.state not in (S.REJECTED, S.CANCELLED)]
    return SetStatus(
        size=len(members),
        saved=sum(m.state is S.SAVED for m in members),
        running=sum(m.state in _RUNNING for m in members),
        ended_badly=sum(m.state in _ENDED_BADLY for m in members),
        not_sent=sum(m.state is S.DRAFT for m in members),
        unknown=sum(m.state is S.OUTCOME_UNKNOWN for m in members),
        progress=done // len(sent) if sent else 0,
        credits=None if None in spent else round(sum(c or 0.0 for c in spent), 2),
    )
