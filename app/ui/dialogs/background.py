"""Start a coroutine from a synchronous slot: strong reference, a name, failures logged."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)


class Background:
    """Owns the tasks a widget started; `start(name, …)` cancels that name's previous run."""

    def __init__(self) -> None:
        self._tasks: dict[str, asyncio.Task[Any]] = {}

    def start(self, name: str, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        previous = self._tasks.get(name)
        if previous is not None and not previous.done():
            previous.cancel()  # latest wins: an older answer must not overwrite a newer one
        task = asyncio.ensure_future(coro)
        task.set_name(name)
        self._tasks[name] = task
        task.add_done_callback(self._on_task_done)
        return task

    def running(self, name: str) -> asyncio.Task[Any] | None:
        task = self._tasks.get(name)
        return task if task is not None and not task.done() else None

    def cancel_all(self) -> None:
        for task in self._tasks.values():
            task.cancel()

    def _on_task_done(self, task: asyncio.Task[Any]) -> None:
        if self._tasks.get(task.get_name()) is task:
            del self._tasks[task.get_name()]
        if not task.cancelled() and task.exception() is not None:
            log.error("background task %s failed", task.get_name(), exc_info=task.exception())
