"""A real task store filled with charged, refunded and running tasks at chosen times."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.core.models import GenerationRequest, parse_task
from app.services.tasks.store import TaskStore
from app.services.tasks.store_schema import TaskRecord

FAST = "seedance-2.0-fast-text-to-video"
MINI = "seedance-2.0-mini-text-to-video"
_ids = itertools.count(1_000)


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _task(task_id: str, status: str, credits: float, **billing: Any) -> Any:
    usage: dict[str, Any] = {"credits_reserved": credits}
    if status == "completed":
        usage["credits_used"] = credits
    return parse_task({"id": task_id, "status": status, "progress": 100, "usage": usage,
                       "billing": {"reserved_credits": credits, **billing}})


def add_task(store: TaskStore, clock: Clock, at: float, credits: float, *, model: str = FAST,
             outcome: str = "completed") -> TaskRecord:
    """A task submitted at `at` that reserved `credits`, then `outcome`: "completed" (charged),
    "failed" (refunded), "processing" (still held), "rejected" (never created) or "expired"
    (charged, its link expired: a finished task nothing picks up again)."""
    clock.now = at
    request = GenerationRequest(model=model, prompt="a lighthouse", duration=5,
                                quality="480p" if model == MINI else "720p")
    rec = store.begin_submission(request, source="gui")
    if outcome == "rejected":
        return store.record_rejected(rec.local_id, "insufficient_quota", "no credits")
    task_id = f"task-unified-1700000000-{next(_ids)}"
    rec = store.record_created(rec.local_id, _task(task_id, "pending", credits,
                                                   charge_status="reserved", charged_credits=0))
    if outcome in ("completed", "expired"):
        rec = store.apply_poll(rec.local_id, _task(task_id, "completed", credits,
                                                   charge_status="charged",
                                                   charged_credits=credits, refunded_credits=0))
        if outcome == "expired":
            rec = store.mark_expired(rec.local_id)
    elif outcome == "failed":
        rec = store.apply_poll(rec.local_id, _task(task_id, "failed", credits,
                                                   charge_status="refunded",
                                                   refund_status="refunded", charged_credits=0,
                                                   refunded_credits=credits))
    elif outcome == "processing":
        rec = store.apply_poll(rec.local_id, _task(task_id, "processing", credits,
                                                   charge_status="reserved", charged_credits=0))
    return rec


def store_at(path: Path, now: float) -> tuple[TaskStore, Clock]:
    clock = Clock(now)
    return TaskStore(path, clock=clock), clock


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[ZoneInfo]:
    """This process's local time zone is Berlin's for the test (the view's days are local)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield ZoneInfo("Europe/Berlin")
    monkeypatch.undo()
    time.tzset()


def berlin_at(*parts: int) -> float:
    return datetime(*parts, tzinfo=ZoneInfo("Europe/Berlin")).timestamp()  # type: ignore[misc]
