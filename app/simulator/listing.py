"""GET /v1/tasks as the gateway serves it [seen]: light items, filters, newest first, a total.

Items carry `id, status, model, type, progress, created_at, credits_used, has_results,
has_error` and no result links. `credits_used` is the charge once a task completed and 0
otherwise (a failed task is refunded) [inferred: what the gateway lists while a task runs is
not documented].
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.core import api_facts
from app.core.models import TaskStatus
from app.simulator.engine import Engine, SimTask


def light_item(task: SimTask, now: float) -> dict[str, Any]:
    status = task.status(now)
    return {
        "id": task.id, "status": task.status_word(now), "model": task.request.model,
        "type": api_facts.TASK_LIST_TYPE_VIDEO, "progress": task.progress(now),
        "created_at": task.created,
        "credits_used": task.credits if status is TaskStatus.COMPLETED else 0,
        "has_results": status is TaskStatus.COMPLETED,
        "has_error": status in (TaskStatus.FAILED, TaskStatus.CANCELLED),
    }


def _wanted(task: SimTask, now: float, query: Mapping[str, str]) -> bool:
    if query.get("type") not in (None, "", api_facts.TASK_LIST_TYPE_VIDEO):
        return False  # every simulated task is a video task
    if query.get("model") and task.request.model != query["model"]:
        return False
    status = query.get("status")
    # Either spelling filters: the one the gateway speaks now, or the documented one.
    return not status or status in (task.status_word(now), task.status(now).value)


def list_page(engine: Engine, query: Mapping[str, str], now: float, *, page: int,
              page_size: int) -> dict[str, Any]:
    """The answer's body: one page of the tasks the query's filters let through."""
    tasks = [t for t in engine.newest_first() if _wanted(t, now, query)]
    chunk = tasks[(page - 1) * page_size: page * page_size]
    return {"data": [light_item(t, now) for t in chunk], "total": len(tasks), "page": page,
            "page_size": page_size}
