"""A submission whose answer was lost: find it among the account's tasks, or send it again
with the same idempotency key.

`find_unknown` is read-only ("Find it" in the window, `seedance-studio resume` and `find`): it
reads the light task list (filtered by type and model), matches it (app/core/task_match.py)
and adopts a clear match; when several are equally close it adopts none and returns them for
the user to choose. When nothing matches it says where it looked, and never that nothing was
charged: the list may lag, or the task may sit further down.

`resend_same_key` is the one explicit resend Evolink's own client makes [seen]: the same body
with the same key, which a gateway that keeps its idempotency ledger answers with the original
task (`idempotency-replayed: true`). It never uses a new key.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from app.core import api_facts
from app.core.catalog import RecoveryMsg
from app.core.messages import Message
from app.core.states import TaskState
from app.core.task_match import Candidate, Submission, candidates, clear_choice, past_window
from app.services.api.client import EvolinkClient
from app.services.api.errors import ApiError, SubmissionOutcomeUnknown
from app.services.tasks.store import TaskRecord, TaskStore, UnknownTask

if TYPE_CHECKING:
    from app.core.task_list import TaskListItem

log = logging.getLogger(__name__)
PAGES: Final = 3
PAGE_SIZE: Final = 20  # 60 tasks: minutes of even a busy account's submissions
LOOKED_FOR: Final = frozenset({TaskState.OUTCOME_UNKNOWN, TaskState.SUBMITTING})


@dataclass(frozen=True)
class Search:
    """What a search found. `record` is the record afterwards (with its task id when one was
    adopted); `choices` are the candidates the user must choose from (none was adopted);
    `note` says where the search looked when nothing matched."""

    record: TaskRecord | None
    adopted: Candidate | None = None
    choices: tuple[Candidate, ...] = ()
    looked_at: int = 0
    note: Message | None = None


@dataclass(frozen=True)
class Resent:
    record: TaskRecord
    replayed: bool  # the gateway answered with the task the first attempt made
    message: Message


def submission(rec: TaskRecord) -> Submission:
    return Submission(rec.request.model, rec.submitted_at or rec.created_at,
                      rec.request.duration)


async def _read_list(client: EvolinkClient, sub: Submission, pages: int,
                     page_size: int) -> list[TaskListItem]:
    """The newest tasks of this model, page by page, until the list ends or runs past the
    submission's time window."""
    listed: list[TaskListItem] = []
    for page in range(1, pages + 1):
        got = await client.list_tasks(type=api_facts.TASK_LIST_TYPE_VIDEO, model=sub.model,
                                      page=page, page_size=page_size)
        listed += got.items
        if got.is_last or (got.items and past_window(sub, got.items[-1])):
            break
    return listed


async def find_unknown(client: EvolinkClient, store: TaskStore, local_id: str, *,
                       choose: str | None = None, pages: int = PAGES,
                       page_size: int = PAGE_SIZE) -> Search:
    """Look for a lost submission among the account's recent tasks; never submits anything.

    `choose` names the task the user picked among the candidates: it is adopted when it is
    one (ValueError otherwise). Without it, only a clear match is adopted."""
    rec = store.get(local_id)
    if rec is None or rec.state not in LOOKED_FOR:
        return Search(rec)
    sub = submission(rec)
    known = {r.task_id for r in store.list(limit=10_000) if r.task_id}
    listed = await _read_list(client, sub, pages, page_size)
    found = candidates(sub, listed, known)
    if choose is not None:
        picked = next((c for c in found if c.item.id == choose), None)
        if picked is None:
            raise ValueError(Message(RecoveryMsg.RECOVERY_NOT_A_CANDIDATE, task_id=choose))
    else:
        picked = clear_choice(found)
    if picked is not None:
        log.info("outcome-unknown submission %s found as %s (%+.0f s)", local_id,
                 picked.item.id, picked.offset_s)
        return Search(adopt(store, local_id, picked.item), adopted=picked,
                      looked_at=len(listed))
    if found:
        note = Message(RecoveryMsg.RECOVERY_SEVERAL, n=len(found))
        log.info("outcome-unknown submission %s: %d candidates, none taken", local_id,
                 len(found))
        return Search(store.note(local_id, note), choices=tuple(found), looked_at=len(listed),
                      note=note)
    note = not_found(len(listed), sub.model)
    log.info("outcome-unknown submission %s: not among %d listed tasks", local_id, len(listed))
    return Search(store.note(local_id, note), looked_at=len(listed), note=note)


def not_found(n: int, model: str) -> Message:
    return Message(RecoveryMsg.RECOVERY_NOT_FOUND, n=n, model=model)


def adopt(store: TaskStore, local_id: str, item: TaskListItem) -> TaskRecord:
    """The record now follows this listed task (its result links come with the next poll)."""
    rec = store.get(local_id)
    if rec is None:
        raise UnknownTask(local_id)
    if rec.state not in LOOKED_FOR:
        raise ValueError(f"task {local_id} is {rec.state.value}: nothing to adopt")
    return store.record_created(local_id, item.as_task())


async def resend_same_key(client: EvolinkClient, store: TaskStore, local_id: str) -> Resent:
    """Send an outcome-unknown submission's stored request again with its stored key.

    Raises SubmissionOutcomeUnknown when this answer is lost too (the record stays unknown),
    and the client's ApiErrors when the gateway refuses it (noted on the record: the first
    attempt's outcome is still unknown)."""
    rec = store.get(local_id)
    if rec is None:
        raise UnknownTask(local_id)
    if rec.state is not TaskState.OUTCOME_UNKNOWN:
        raise ValueError(Message(RecoveryMsg.RESEND_ONLY_UNKNOWN))
    try:
        task, replayed = await client.create_again(rec.request,
                                                   idempotency_key=rec.idempotency_key)
    except SubmissionOutcomeUnknown as exc:
        store.record_outcome_unknown(local_id, exc.message)
        raise
    except ApiError as exc:
        store.note(local_id, Message(RecoveryMsg.RESEND_REFUSED, error=str(exc)))
        raise
    log.info("outcome-unknown submission %s sent again with its key: %s%s", local_id, task.id,
             " (replayed)" if replayed else " (new)")
    rec = store.record_created(local_id, task)
    message = (Message(RecoveryMsg.RESEND_REPLAYED, task_id=task.id) if replayed else
               Message(RecoveryMsg.RESEND_NEW_TASK, task_id=task.id))
    return Resent(rec, replayed, message)
