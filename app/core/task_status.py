"""The status of a task as the API reports it (light: no pydantic, for the window shell)."""

from __future__ import annotations

from enum import StrEnum


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
            try:
                return cls(v.strip().lower())
            except ValueError:
                pass
        return cls.UNKNOWN
