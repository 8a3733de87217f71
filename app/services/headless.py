"""The queue without a window: `seedance-studio resume` runs the GUI's very services to the end."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

import httpx

from app.core.states import TaskState
from app.services import recovery
from app.services.client import EvolinkClient
from app.services.errors import ApiError
from app.services.naming import DEFAULT_TEMPLATE
from app.services.store import TaskRecord, TaskStore
from app.services.task_queue import TaskQueue

log = logging.getLogger(__name__)
S = TaskState
# Left for a person to decide: a lost submission is looked for, never resent by itself.
NEEDS_A_PERSON = frozenset({S.OUTCOME_UNKNOWN, S.SUBMITTING})
CHECK_EVERY_S = 0.25
OnSearch = Callable[[TaskRecord, "recovery.Search | ApiError"], None]


def settled(rec: TaskRecord) -> bool:
    return rec.state.terminal or rec.state in NEEDS_A_PERSON or rec.untracked


async def resume(client: EvolinkClient, http: httpx.AsyncClient, store: TaskStore,
                 clips_dir: Path, *, template: str = DEFAULT_TEMPLATE,
                 poll_floor_s: float | None = None,
                 on_change: Callable[[TaskRecord], None] | None = None,
                 on_search: OnSearch | None = None) -> list[TaskRecord]:
    """Poll every unfinished task, download every result not yet saved, and return the final
    records of those tasks (oldest first). Tasks another process follows are waited for.

    Submissions whose answer was lost are looked for among the account's tasks (read-only:
    nothing is sent again); `on_search` hears what each search found, or why it could not
    look. A clear match is followed and saved like any other task."""
    queue = TaskQueue(client=client, http=http, store=store, clips_dir=clips_dir,
                      template=template, poll_floor_s=poll_floor_s, source="cli",
                      watch_interval_s=0.5)
    if on_change is not None:
        queue.recordChanged.connect(lambda row: on_change(queue.record_at(row)))
    await queue.start()
    try:
        # After start: recover_interrupted has settled submissions a dead process left behind.
        for rec in store.unfinished(include_untracked=False):
            if rec.state is S.OUTCOME_UNKNOWN:
                try:
                    found: recovery.Search | ApiError = await queue.find_unknown(rec.local_id)
                except ApiError as exc:
                    found = exc
                if on_search is not None:
                    on_search(rec, found)
        wanted = [r.local_id for r in store.unfinished(include_untracked=False)]
        while True:
            current = [r for r in (store.get(k) for k in wanted) if r is not None]
            if all(settled(r) for r in current):
                return current
            await asyncio.sleep(CHECK_EVERY_S)
    finally:
        await queue.shutdown()
