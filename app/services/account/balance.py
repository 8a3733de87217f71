"""The account balance for the status bar: fetched on demand, after submissions and finishes."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core.catalog import QueueMsg
from app.core.messages import Message
from app.services.api.client import describe
from app.services.api.errors import ApiError, NetworkError, Unauthorized

if TYPE_CHECKING:
    from app.core.models import Credits

log = logging.getLogger(__name__)

Fetch = Callable[[], Awaitable["Credits"]]


class BalanceService(QObject):
    """Fetches GET /v1/credits, one request at a time; a refresh asked meanwhile runs once after.

    Signals:
        updated(object) — a fresh `Credits` arrived.
        loading() — a fetch started.
        failed(str) — the balance could not be read (the message says why).
        unauthorized(object) — the key was refused (401); connect to the AuthGate.
    """

    updated = Signal(object)
    loading = Signal()
    failed = Signal(str)
    unauthorized = Signal(object)  # a str or a Message

    def __init__(self, fetch: Fetch | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._task: asyncio.Task[None] | None = None
        self._again = False
        self.last: Credits | None = None

    def refresh(self) -> None:
        """Slot: read the balance soon. Safe to call from any signal, as often as wanted."""
        if self._fetch is None:
            return
        if self._task is not None and not self._task.done():
            self._again = True  # what the running fetch returns may predate the new event
            return
        self._task = asyncio.ensure_future(self._run())
        self._task.set_name("balance-refresh")

    async def wait_idle(self) -> None:
        """Wait until no fetch is running (for shutdown and tests)."""
        while self._task is not None and not self._task.done():
            await asyncio.shield(self._task)

    async def close(self) -> None:
        self._fetch = None
        if self._task is not None and not self._task.done():
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def _run(self) -> None:
        while self._fetch is not None:
            self._again = False
            self.loading.emit()
            try:
                credits = await self._fetch()
            except Unauthorized as exc:
                self.unauthorized.emit(exc.message)
                self.failed.emit(exc.message)
                return
            except NetworkError as exc:
                self.failed.emit(exc.message)
            except ApiError as exc:
                log.info("balance not read: %s", exc)
                self.failed.emit(describe(exc))
            except Exception as exc:  # never let a status-bar refresh kill the loop
                log.exception("balance refresh failed")
                self.failed.emit(Message(QueueMsg.POLL_UNEXPECTED, error=type(exc).__name__))
            else:
                self.last = credits
                self.updated.emit(credits)
            if not self._again:
                return
