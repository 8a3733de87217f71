"""The one way work is started in the background: named, kept, failures never swallowed.

Every asyncio task the app starts from a slot or a service goes through a `TaskGroup`: it keeps
a strong reference (a task nobody holds can be collected mid-flight), names the task (the log
and a debugger say what it is), lets a name's newer run replace the older one ("latest wins":
previews, searches, checks), and turns a failure into an ERROR log record and a call to
`on_failure`, so the window can say so instead of staying on "Submitting…" forever.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)

OnFailure = Callable[[str, BaseException], None]


class TaskGroup:
    """The tasks one owner (a window, a panel, a service) started; `aclose()` ends them."""

    def __init__(self, owner: str, on_failure: OnFailure | None = None) -> None:
        self._owner = owner
        self._on_failure = on_failure
        self._tasks: set[asyncio.Task[Any]] = set()
        self._latest: dict[str, asyncio.Task[Any]] = {}

    def start(self, coro: Coroutine[Any, Any, Any], name: str, *,
              latest_wins: bool = False) -> asyncio.Task[Any]:
        """Run `coro` as the task `name`. With `latest_wins`, a run of the same name that is
        still going is cancelled first: an older answer must not overwrite a newer one."""
        if latest_wins and (previous := self._latest.get(name)) is not None:
            previous.cancel()
        task = asyncio.ensure_future(coro)
        task.set_name(name)
        self._tasks.add(task)
        if latest_wins:
            self._latest[name] = task
        task.add_done_callback(self._done)
        return task

    def running(self, name: str) -> list[asyncio.Task[Any]]:
        return [t for t in self._tasks if t.get_name() == name and not t.done()]

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()

    async def wait(self, name: str, timeout_s: float) -> None:
        """Let the runs of `name` finish, for at most `timeout_s` (e.g. a submission in flight,
        which cut off would leave an outcome-unknown task)."""
        tasks = self.running(name)
        if tasks:
            await asyncio.wait(tasks, timeout=timeout_s)

    async def aclose(self) -> None:
        """Cancel everything still running and wait until it has stopped."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def __len__(self) -> int:
        return len(self._tasks)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        name = task.get_name()
        if self._latest.get(name) is task:
            del self._latest[name]
        if task.cancelled():
            return
        exc = task.exception()  # retrieved here: never "Task exception was never retrieved"
        if exc is None:
            return
        log.error("%s: background task %r failed", self._owner, name, exc_info=exc)
        if self._on_failure is not None:
            try:
                self._on_failure(name, exc)
            except Exception:  # a broken handler must not hide the first failure
                log.exception("%s: reporting the failure of %r failed", self._owner, name)
