"""The queue's reads of the API (one task, a batch, a fresh result link), each telling the
queue when the key is refused."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from app.services.api.client import EvolinkClient
from app.services.api.errors import Unauthorized

if TYPE_CHECKING:
    from app.core.models import Task

T = TypeVar("T")


class TaskReads:
    """`on_unauthorized(message)` hears a refused key (the window asks for another one)."""

    def __init__(self, client: EvolinkClient, on_unauthorized: Callable[[str], object]) -> None:
        self._client, self._on_unauthorized = client, on_unauthorized

    async def one(self, task_id: str) -> Task:
        return await self._read(self._client.get(task_id))

    async def batch(self, task_ids: Sequence[str]) -> list[Task]:
        return await self._read(self._client.get_batch(task_ids))

    async def _read(self, call: Awaitable[T]) -> T:
        try:
            return await call
        except Unauthorized as exc:
            self._on_unauthorized(exc.message)
            raise
