"""The status of a task as the API reports it (light: no pydantic, for the window shell)."""

from __future__ import annotations

from enum import StrEnum

from app.core import api_facts


class TaskStatus(StrEnum):
    PENDING = "pending"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"  # [seen]
    UNKNOWN = "unknown"

    @classmethod
    def parse(cls, v: object) -> TaskStatus:
        if isinstance(v, str):
            word = v.strip().lower()
            try:
                return cls(api_facts.STATUS_ALIASES.get(word, word))
            except ValueError:
                pass
        return cls.UNKNOWN
