""""Find it": look for an outcome-unknown submission among the account's recent tasks."""

from __future__ import annotations

import logging
from typing import Final

from app.core.models import Task
from app.core.states import TaskState
from app.services.client import EvolinkClient
from app.services.store import TaskRecord, TaskStore

log = logging.getLogger(__name__)

PAGES: Final = 3
PAGE_SIZE: Final = 20
# A task's `created` is the server's clock; ours may be off and the POST may have waited.
EARLY_S: Final = 120.0
LATE_S: Final = 600.0


def candidates(rec: TaskRecord, tasks: list[Task], known_ids: set[str]) -> list[Task]:
    """Listed tasks that could be this submission: same model and length, sent around then,
    and not already another record's task. Best match (closest in time) first."""
    sent = rec.submitted_at or rec.created_at
    out: list[tuple[float, Task]] = []
    for task in tasks:
        if task.id in known_ids:
            continue
        if task.model is not None and task.model != rec.request.model:
            continue
        length = task.task_info.video_duration if task.task_info else None
        if length is not None and int(length) != rec.request.duration:
            continue
        if task.created is None:
            continue
        if not sent - EARLY_S <= task.created <= sent + LATE_S:
            continue
        out.append((abs(task.created - sent), task))
    return [t for _, t in sorted(out, key=lambda pair: pair[0])]


async def find_unknown(client: EvolinkClient, store: TaskStore, local_id: str, *,
                       pages: int = PAGES) -> TaskRecord | None:
    """The record, now with its task id, when the account shows a matching task; else None
    (and a note saying where we looked). Never submits anything."""
    rec = store.get(local_id)
    if rec is None or rec.state not in (TaskState.OUTCOME_UNKNOWN, TaskState.SUBMITTING):
        return rec
    known = {r.task_id for r in store.list(limit=10_000) if r.task_id}
    listed: list[Task] = []
    for page in range(1, pages + 1):
        batch = await client.list_tasks(page=page, page_size=PAGE_SIZE)
        listed += batch
        found = candidates(rec, listed, known)
        if found:
            log.info("outcome-unknown submission %s found as %s", local_id, found[0].id)
            # The list carries no result links: the next poll fetches them.
            return store.record_created(local_id, found[0])
        if len(batch) < PAGE_SIZE:
            break
    store.note(local_id, f"Not found among the account's {len(listed)} most recent tasks: "
                         "it was probably never created, and nothing was charged")
    return None
