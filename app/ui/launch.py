"""Start the desktop app on a qasync loop: welcome on the first run, then real API or demo."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from app.ui.shell import (
    EXIT_AFTER_PAINT_ENV,
    FIRST_PAINT_MARK,
    READY_MARK,
    Opening,
    prepare,
    report_mark,
)

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from app.services.keychain import KeyProvider
    from app.services.settings import Settings
    from app.simulator import Simulator
    from app.ui.main_window import MainWindow
    from app.ui.studio import Backend

log = logging.getLogger(__name__)
DEMO_GENERATION_SECONDS = 8.0
DEMO_CREDITS = 5000.0
FIRST_PAINT_WAIT_S = 3.0  # start the demo simulator anyway if no window paints by then


def _resolve_when_ready(window: MainWindow, painted: asyncio.Future[QWidget]) -> None:
    """`painted` resolves with `window` once it painted with its panels in."""

    def on_painted(ready: bool) -> None:
        if ready and not painted.done():
            painted.set_result(window)

    window.painted.connect(on_painted)


def _report_ready_and_close(painted: asyncio.Future[QWidget], *, first_reported: bool) -> None:
    """The benchmark's hook: the marks (first paint too, when no frame painted before), then
    close: closing the window ends the studio the ordinary way."""
    if painted.cancelled():
        return
    if not first_reported:
        report_mark(FIRST_PAINT_MARK)
    report_mark(READY_MARK)
    painted.result().close()


def _reserve_port(preferred: int = 0) -> socket.socket:
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
async def _demo_backend(painted: asyncio.Future[QWidget]) -> AsyncIterator[Backend]:
    """The built-in simulator, imported and started only once the window has painted.

    Its import (aiohttp, PyAV) costs more than the whole window; the client is made now, on
    a reserved port (the last run's when free), with this install's demo key. The simulator
    keeps its tasks in the data folder, so a relaunch after a crash still finishes them."""
    from app.services.client import EvolinkClient
    from app.services.config import resolve_endpoints
    from app.services.demo_home import DemoHome
    from app.ui.studio import Backend

    home = DemoHome.default()
    key = home.key()
    reserved = _reserve_port(home.last_port())
    port = reserved.getsockname()[1]
    home.remember_port(port)
    client = EvolinkClient(key, resolve_endpoints(f"http://127.0.0.1:{port}"))

    async def serve() -> Simulator:
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.shield(painted), FIRST_PAINT_WAIT_S)
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
async def _real_backend(key: str, base_url: str) -> AsyncIterator[Backend]:
    from app.services.client import EvolinkClient
    from app.services.config import resolve_endpoints
    from app.ui.studio import Backend

    client = EvolinkClient(key, resolve_endpoints(base_url))
    try:
        yield Backend(client, demo=False)
    finally:
        await client.aclose()


class _Backends:
    """The backend of each studio of a run: the real API for the key of the moment, or the one
    demo simulator of the run. The simulator outlives a restart (a new language, a setting):
    its tasks in progress, their clips and its credits stay as they were."""

    def __init__(self, provider: KeyProvider, stack: contextlib.AsyncExitStack,
                 painted: asyncio.Future[QWidget]) -> None:
        self._provider, self._stack, self._painted = provider, stack, painted
        self._demo: Backend | None = None

    async def enter(self, demo: bool, base_url: str,
                    run: contextlib.AsyncExitStack) -> Backend:
        source = None if demo else self._provider.resolve()
        if source is not None:
            return await run.enter_async_context(_real_backend(source.key, base_url))
        if self._demo is None:
            self._demo = await self._stack.enter_async_context(_demo_backend(self._painted))
        return self._demo


async def _ask(dialog: QDialog, signal: SignalInstance) -> Any:
    """Open a dialog and wait for its answer (None when closed) without blocking the loop."""
    future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

    def answer(value: Any = None) -> None:
        if not future.done():
            future.set_result(value)

    signal.connect(answer)
    dialog.finished.connect(lambda _result: answer(None))
    dialog.open()
    return await future


async def _first_run(provider: KeyProvider, settings: Settings, problem: str | None) -> bool:
    """The welcome: True for the demo, False once a key was saved."""
    from app.ui.dialogs.welcome_dialog import WelcomeChoice, WelcomeDialog
    from app.ui.studio_dialogs import StudioDialogs

    welcome = WelcomeDialog(problem)
    try:
        if await _ask(welcome, welcome.chosen) != WelcomeChoice.KEY:
            return True
        dialogs = StudioDialogs(provider=provider, settings=settings, window=welcome,
                                api_base_url=settings.get("api_base_url"))
        key = dialogs.open_key("")
        return await _ask(key, key.key_saved) is None
    finally:
        welcome.deleteLater()


def _reapply_appearance(app: QApplication, opening: Opening) -> None:
    """The language and theme of the settings now (Preferences may have changed them), before
    the next window is built: its widgets take their texts from the translators installed."""
    from app.ui.appearance import apply_theme, switch_language

    settings = opening.settings
    opening.translators = switch_language(app, settings.get("language"), opening.translators)
    apply_theme(app, settings.get("theme"))


async def _main(demo_flag: bool, opening: Opening | None = None) -> None:
    from PySide6.QtWidgets import QApplication

    from app.services import startup
    from app.services.downloads import make_download_client
    from app.services.keychain import KeyProvider
    from app.services.store import TaskStore
    from app.ui import quit_signals
    from app.ui.studio import Outcome, Studio

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opening = opening or prepare(app)
    settings, state, window = opening.settings, opening.state, opening.window
    provider = KeyProvider()
    plan = startup.plan_start(provider, state, demo=demo_flag)
    demo = plan.mode is startup.StartMode.DEMO
    if plan.mode is startup.StartMode.WELCOME:
        demo = await _first_run(provider, settings, plan.keychain_problem)
        if quit_signals.requested():
            return
        startup.record_choice(state, demo=demo)
    store = TaskStore.open_default()
    painted: asyncio.Future[QWidget] = asyncio.get_running_loop().create_future()
    if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
        painted.add_done_callback(
            lambda done: _report_ready_and_close(done, first_reported=opening.painted))
    async with make_download_client() as http, contextlib.AsyncExitStack() as run_stack:
        backends = _Backends(provider, run_stack, painted)
        while True:
            async with contextlib.AsyncExitStack() as studio_stack:
                backend = await backends.enter(demo, settings.get("api_base_url"), studio_stack)
                studio = Studio(backend=backend, http=http, store=store, settings=settings,
                                state=state, provider=provider, window=window)
                window = None  # the frame is filled once; a restart builds a new window
                _resolve_when_ready(studio.window, painted)
                outcome = await studio.run()
            if outcome is Outcome.QUIT or quit_signals.requested():
                break
            demo = outcome is Outcome.DEMO
            log.info("restarting the studio (%s)", outcome.value)
            _reapply_appearance(app, opening)
    store.close()


def run_loop(demo: bool, opening: Opening) -> int:
    """Run the studio on a qasync loop until the user quits (after `shell.run_gui`); the exit
    status."""
    import sys

    import qasync

    try:
        with contextlib.suppress(asyncio.CancelledError):
            qasync.run(_main(demo, opening))
    except RuntimeError as exc:
        # Qt quit its loop under us: the display went away (the X server died, the session
        # ended). The store is written ahead, so tasks under way are picked up at the next start.
        if "Event loop stopped before Future completed" not in str(exc):
            raise
        log.info("the event loop was stopped from outside: %s", exc)
        print("seedance-studio: the connection to the display was lost and the window closed; "
              "tasks under way continue on the server and are collected at the next start",
              file=sys.stderr)
        return 1
    return 0
