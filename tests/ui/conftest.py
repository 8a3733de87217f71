"""A studio on the project's simulator, for the tests of the whole window."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

from app.services.account.keychain import KeyProvider
from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.backends import Backend
from app.services.home.settings import Settings
from app.services.home.window_state import WindowState
from app.services.session import Session
from app.services.tasks.store import TaskStore
from app.simulator import DEMO_KEY, Simulator
from app.ui.main_window import MainWindow
from app.ui.studio import Outcome, Studio
from tests.waiting import until


@contextlib.asynccontextmanager
async def session_on_simulator(store: TaskStore, *, settings: Settings | None = None,
                               sim: Simulator | None = None,
                               **options: Any) -> AsyncIterator[Session]:
    """A Session in the demo (not started: a Studio's run starts it), on a fresh simulator
    whose clips take 0.3 s (or on `sim`, not started yet, to script its faults); the session,
    the simulator and the clients are closed afterwards."""
    sim = sim or Simulator(generation_seconds=0.3)
    client = EvolinkClient(DEMO_KEY, resolve_endpoints(await sim.start()))
    try:
        session = Session(backend=Backend(client, demo=True), store=store,
                          settings=settings or Settings.open_default(), **options)
        try:
            yield session
        finally:
            await session.aclose()
    finally:
        await client.aclose()
        await sim.stop()


def studio_for(session: Session, *, state: WindowState | None = None,
               window: MainWindow | None = None) -> Studio:
    return Studio(session=session, state=state or WindowState.open_default(),
                  provider=KeyProvider(env={}), window=window)


@contextlib.asynccontextmanager
async def studio_on_simulator(store: TaskStore, *, settings: Settings | None = None,
                              state: WindowState | None = None,
                              window: MainWindow | None = None,
                              sim: Simulator | None = None) -> AsyncIterator[Studio]:
    """A Studio (not running yet: the test runs it) on `session_on_simulator`."""
    async with session_on_simulator(store, settings=settings, sim=sim) as session:
        yield studio_for(session, state=state, window=window)


@contextlib.asynccontextmanager
async def running_studio(store: TaskStore, *, sim: Simulator | None = None
                         ) -> AsyncIterator[tuple[Studio, asyncio.Task[Outcome]]]:
    """`studio_on_simulator`, running, its window shown; closed (if the test did not) after."""
    async with studio_on_simulator(store, sim=sim) as studio:
        run = asyncio.ensure_future(studio.run())
        # Shown: the balance read and the models read have started (run() starts them at once).
        await until(studio.window.isVisible, what="the studio's window")
        # The reads a window starts with are answered before the test body: none is left in
        # flight when pytest-qt runs Qt events outside asyncio's loop after the body.
        await asyncio.wait_for(studio.balance.wait_idle(), 10)
        await studio._tasks.wait("models", 10)
        yield studio, run
        if not run.done():
            studio.window.close()
            await asyncio.wait_for(run, 10)
