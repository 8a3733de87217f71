"""A task's live view in this process: bytes, problem, retry time, and when to read it next."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from app.core.poll_pacing import ExpectedEnd, NextPoll, Pacing
from app.services.tasks.store import TaskRecord


@dataclass
class Live:
    """What changes faster than the store, or is this process's own view: never persisted."""

    bytes_done: int = 0
    bytes_total: int | None = None
    problem: str | None = None  # e.g. "rate limited; retrying", shown under the status
    retry_at: float | None = None  # wall clock of the next attempt after a problem
    elsewhere: bool = False  # another process (the CLI) follows this task
    download_failures: int = 0
    poll_refusals: int = 0  # polls refused in a row for a reason other than a passing one
    end: ExpectedEnd = field(default_factory=ExpectedEnd)  # paces this task's polls

    def first_poll(self, rec: TaskRecord, pacing: Pacing) -> NextPoll:
        if rec.last_polled_at is not None or not rec.state.active:
            return NextPoll(0.0)  # read again at once after a restart
        since = time.time() - (rec.submitted_at or rec.created_at)
        return self.end.first_poll(pacing, now=time.monotonic(), since_estimate_s=since,
                                   estimate_s=rec.estimated_time)

    def next_poll(self, rec: TaskRecord, pacing: Pacing) -> NextPoll:
        return self.end.after_answer(
            pacing, now=time.monotonic(),
            elapsed_s=time.time() - (rec.submitted_at or rec.created_at),
            progress=rec.progress, estimate_s=rec.estimated_time)
