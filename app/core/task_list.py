"""The account's task list as the gateway serves it: light items, one page at a time.

`GET /v1/tasks` answers `{data, total, page, page_size}` with light items [seen]: no result
links, the time in `created_at`. Parsing is tolerant: older answers (`created`), full task
objects, and an item whose optional fields are junk are all read; an item without an id is
skipped, never fatal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Final

from pydantic import BeforeValidator, ValidationError, model_validator

from app.core import api_facts
from app.core.models import OptBool, OptFloat, OptInt, OptStr, Task, _Lenient
from app.core.task_status import TaskStatus

_FULL_TASK_KEYS: Final = ("results", "result_data", "error", "task_info", "usage")


def _unix_s(v: object) -> int | None:
    """Unix seconds from seconds, milliseconds, a numeric string or an ISO 8601 time."""
    if isinstance(v, str) and v.strip() and not v.strip().lstrip("-").replace(".", "").isdigit():
        try:
            return int(datetime.fromisoformat(v.strip().replace("Z", "+00:00")).timestamp())
        except ValueError:
            return None
    if isinstance(v, bool) or not isinstance(v, int | float | str):
        return None
    try:
        f = float(v)
    except (ValueError, OverflowError):
        return None
    if f != f or abs(f) > 1e15:
        return None
    return int(f / 1000 if abs(f) >= api_facts.EPOCH_MS_THRESHOLD else f)


def _count(v: object) -> int | None:
    """A whole, non-negative number (a page number, a total), or None."""
    if isinstance(v, bool) or not isinstance(v, int | float | str):
        return None
    try:
        f = float(v)
    except ValueError:
        return None
    return int(f) if f == f and 0 <= f < 2**62 else None


def _first(data: Mapping[str, Any], *keys: str) -> object:
    for key in keys:
        if data.get(key) is not None:
            return data[key]
    return None


def _sub(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


class TaskListItem(_Lenient):
    """One task of the list: what the gateway says about it without its result links."""

    id: str
    status: Annotated[TaskStatus, BeforeValidator(TaskStatus.parse)] = TaskStatus.UNKNOWN
    model: OptStr = None
    type: OptStr = None
    progress: OptInt = None
    created_at: Annotated[int | None, BeforeValidator(_unix_s)] = None
    credits_used: OptFloat = None
    credits_reserved: OptFloat = None  # only when a full task object was listed
    has_results: OptBool = None
    has_error: OptBool = None
    duration_s: OptFloat = None  # only when the item says how long the clip is

    @model_validator(mode="before")
    @classmethod
    def _from_any_shape(cls, data: Any) -> Any:
        """A light item as is; `created` and full task objects mapped onto its fields."""
        if not isinstance(data, dict):
            return data
        out = dict(data)
        usage, info = _sub(data, "usage"), _sub(data, "task_info")
        out["created_at"] = _first(data, "created_at", "created")
        out["credits_used"] = data["credits_used"] if "credits_used" in data \
            else usage.get("credits_used")
        out["credits_reserved"] = usage.get("credits_reserved")
        out["duration_s"] = info["video_duration"] if "video_duration" in info \
            else data.get("duration")
        if any(key in data for key in _FULL_TASK_KEYS):  # a full task object: derive the flags
            if out.get("has_results") is None:
                out["has_results"] = bool(data.get("results") or data.get("result_data"))
            if out.get("has_error") is None:
                out["has_error"] = bool(data.get("error"))
        return out

    def as_task(self) -> Task:
        """The item as a Task for the store: status, model, charge; no result links (the next
        poll of the task brings them)."""
        return Task.model_validate({
            "id": self.id, "model": self.model, "status": self.status,
            "progress": self.progress or 0, "created": self.created_at, "type": self.type,
            "usage": {"credits_used": self.credits_used,
                      "credits_reserved": self.credits_reserved},
            "task_info": None if self.duration_s is None else {
                "video_duration": self.duration_s}})


@dataclass(frozen=True)
class TaskPage:
    """One page of the list, newest first [seen]. `total` is None when the answer omits it."""

    items: tuple[TaskListItem, ...]
    total: int | None
    page: int
    page_size: int

    @property
    def is_last(self) -> bool:
        """No page follows this one (a short page, or the total reached)."""
        if len(self.items) < self.page_size:
            return True
        return self.total is not None and self.page * self.page_size >= self.total


def parse_item(data: object) -> TaskListItem | None:
    """An item of the list; None when it names no task."""
    if not isinstance(data, dict):
        return None
    task_id = data.get("id")
    if not isinstance(task_id, str) or not task_id.strip():
        return None
    try:
        return TaskListItem.model_validate(data)
    except (ValidationError, ValueError, TypeError):  # pragma: no cover - defensive
        return None


def parse_task_page(data: object, *, page: int, page_size: int) -> TaskPage:
    """A page from the decoded answer: `{data: [...]}`, `{data: {items|tasks|data: [...]}}`
    or a bare list. The answer's own page and page_size win over what was asked."""
    envelope = data if isinstance(data, dict) else {}
    raw = envelope.get("data") if isinstance(data, dict) else data
    if isinstance(raw, dict):
        envelope = {**envelope, **raw}
        raw = _first(raw, "items", "tasks", "data")
    items = tuple(item for item in (parse_item(d) for d in (
        raw if isinstance(raw, list) else [])) if item is not None)
    total = _count(envelope.get("total"))
    answered_page = _count(envelope.get("page"))
    answered_size = _count(envelope.get("page_size"))
    return TaskPage(items=items, total=total,
                    page=answered_page if answered_page and answered_page > 0 else page,
                    page_size=answered_size if answered_size and answered_size > 0
                    else page_size)
