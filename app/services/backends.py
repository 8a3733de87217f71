"""Where a session's client points: the real Evolink API for a key, or the demo's simulator.

The demo backend is the in-process simulator on a reserved loopback port, keeping its tasks in
the demo's data folder (`demo_home.py`); it is the only place outside the CLI's `simulate`
that imports `app.simulator`, so the window never does.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints

if TYPE_CHECKING:
    from app.services.account.keychain import KeyProvider
    from app.simulator import Simulator

log = logging.getLogger(__name__)
DEMO_GENERATION_SECONDS = 8.0
DEMO_CREDITS = 5000.0
FIRST_PAINT_WAIT_S = 3.0  # start the demo simulator anyway if no window paints by then


@dataclass
class Backend:
    client: EvolinkClient
    demo: bool


def reserve_port(preferred: int = 0) -> socket.socket:
    """A loopback port held (bound, not listening) until the simulator listens on it too:
    `preferred` when it is free, else any.

    A connection before then is refused, and the client retries reads after a short backoff;
    other programs cannot take the port meanwhile (SO_REUSEADDR lets only a listener share it)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", preferred))
    except OSError:
        sock.bind(("127.0.0.1", 0))
    return sock


@contextlib.asynccontextmanager
async def demo_backend(ready: asyncio.Future[Any] | None = None) -> AsyncIterator[Backend]:
    """The built-in simulator, imported and started only once `ready` resolves (the window
    painted) or FIRST_PAINT_WAIT_S passed.

    Its import (aiohttp, PyAV) costs more than the whole window; the client is made now, on
    a reserved port (the last run's when free), with this install's demo key. The simulator
    keeps its tasks in the data folder, so a relaunch after a crash still finishes them."""
    from app.services.home.demo_home import DemoHome

    home = DemoHome.default()
    key = home.key()
    reserved = reserve_port(home.last_port())
    port = reserved.getsockname()[1]
    home.remember_port(port)
    client = EvolinkClient(key, resolve_endpoints(f"http://127.0.0.1:{port}"))

    async def serve() -> Simulator:
        if ready is not None:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(asyncio.shield(ready), FIRST_PAINT_WAIT_S)
        try:
            from app.simulator import Simulator

            sim = Simulator([key], generation_seconds=DEMO_GENERATION_SECONDS,
                            initial_credits=DEMO_CREDITS, state_dir=home.folder)
            try:
                await sim.start(port=port)
            except BaseException:
                await sim.stop()
                raise
            return sim
        finally:
            reserved.close()

    starting = asyncio.ensure_future(serve())
    starting.set_name("demo simulator start")
    starting.add_done_callback(_log_start_failure)
    try:
        yield Backend(client, demo=True)
    finally:
        await client.aclose()
        starting.cancel()  # nothing when it is done
        [sim] = await asyncio.gather(starting, return_exceptions=True)
        if not isinstance(sim, BaseException):
            await sim.stop()


def _log_start_failure(task: asyncio.Task[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("the demo simulator did not start", exc_info=task.exception())


@contextlib.asynccontextmanager
async def real_backend(key: str, base_url: str | None) -> AsyncIterator[Backend]:
    """The Evolink API for `key`: $EVOLINK_BASE_URL, else `base_url` (the setting), else the
    public API."""
    client = EvolinkClient(key, resolve_endpoints(setting=base_url))
    try:
        yield Backend(client, demo=False)
    finally:
        await client.aclose()


class Backends:
    """The backend of each session of a run: the real API for the key of the moment, or the one
    demo simulator of the run. The simulator outlives a new session (a new key given up, a new
    API base): its tasks in progress, their clips and its credits stay as they were."""

    def __init__(self, provider: KeyProvider, stack: contextlib.AsyncExitStack,
                 ready: asyncio.Future[Any] | None = None) -> None:
        self._provider, self._stack, self._ready = provider, stack, ready
        self._demo: Backend | None = None

    async def enter(self, demo: bool, base_url: str,
                    run: contextlib.AsyncExitStack) -> Backend:
        """The demo's backend, or the real one entered on `run` (closed with it); the demo when
        no key is to be found."""
        source = None if demo else self._provider.resolve()
        if source is not None:
            return await run.enter_async_context(real_backend(source.key, base_url))
        if self._demo is None:
            self._demo = await self._stack.enter_async_context(demo_backend(self._ready))
        return self._demo
