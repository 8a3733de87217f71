"""A session without a window: `seedance-studio resume` and `generate --wait` run the GUI's very
queue (polls, downloads, recovery) to the end."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable

from app.core.states import TaskState
from app.services.api.errors import ApiError
from app.services.session import Session
from app.services.tasks import recovery
from app.services.tasks.store import TaskRecord
from app.services.tasks.task_actions import TaskActions
from app.services.tasks.task_queue import TaskQueue

log = logging.getLogger(__name__)
S = TaskState
# Left for a person to decide: a lost submission is looked for, never resent by itself.
NEEDS_A_PERSON = frozenset({S.OUTCOME_UNKNOWN, S.SUBMITTING})
CHECK_EVERY_S = 0.25
GIVE_UP_AFTER = 3  # refused polls, or failed download rounds, before `resume` stops trying
OnChange = Callable[[TaskRecord], None]
OnSearch = Callable[[TaskRecord, "recovery.Search | ApiError"], None]


def settled(rec: TaskRecord) -> bool:
    return rec.state.terminal or rec.state in NEEDS_A_PERSON or rec.untracked


def given_up(queue: TaskQueue, rec: TaskRecord) -> str | None:
    """Why `resume` stops following this task (its polls keep being refused, or its download
    keeps failing), or None while it is worth waiting for."""
    live = queue.live(rec.local_id)
    if rec.state.terminal or live.problem is None:
        return None
    if live.download_failures >= GIVE_UP_AFTER:
        return rec.note or live.problem  # the download's own reason, not "retrying"
    if live.poll_refusals >= GIVE_UP_AFTER:
        return live.problem
    return None


def report_changes(queue: TaskQueue, on_change: OnChange) -> None:
    """`on_change(record)` for every change the queue shows."""
    queue.recordChanged.connect(lambda row: on_change(queue.record_at(row)))


async def until_settled(session: Session, local_ids: Iterable[str], *,
                        bounded: bool = False) -> list[TaskRecord]:
    """The final records of these tasks, in that order, once each one is saved, ended on the
    server, left to a person or untracked. Tasks another process follows are waited for (the
    queue takes them over if that process goes away). `bounded`: a task `given_up` counts as
    settled too."""
    wanted = list(local_ids)
    store = session.store
    while True:
        current = [r for r in (store.get(k) for k in wanted) if r is not None]
        if all(settled(r) or (bounded and given_up(session.queue, r)) for r in current):
            return current
        await asyncio.sleep(CHECK_EVERY_S)


async def resume(session: Session, *, on_search: OnSearch | None = None,
                 bounded: bool = True) -> list[TaskRecord]:
    """Poll every unfinished task, download every result not yet saved, and return the final
    records of those tasks (oldest first). The session must adopt the store's tasks (the
    default) and be started.

    Submissions whose answer was lost are looked for among the account's tasks (read-only:
    nothing is sent again); `on_search` hears what each search found, or why it could not
    look. A clear match is followed and saved like any other task. `bounded`: tasks whose
    polls or downloads keep being refused are left (`given_up` says why)."""
    store = session.store
    # The session's start settled the submissions a dead process left behind.
    for rec in store.unfinished(include_untracked=False):
        if rec.state is S.OUTCOME_UNKNOWN:
            try:
                found: recovery.Search | ApiError = await TaskActions(
                    session.queue).find_unknown(rec.local_id)
            except ApiError as exc:
                found = exc
            if on_search is not None:
                on_search(rec, found)
    return await until_settled(
        session, [r.local_id for r in store.unfinished(include_untracked=False)],
        bounded=bounded)
