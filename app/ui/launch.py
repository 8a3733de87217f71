"""Start the desktop app on a qasync loop: welcome on the first run, then real API or demo."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
import sys
import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from app import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from app.services.keychain import KeyProvider
    from app.services.settings import Settings
    from app.simulator import Simulator
    from app.ui.studio import Backend

log = logging.getLogger(__name__)
DEMO_GENERATION_SECONDS = 8.0
DEMO_CREDITS = 5000.0
FIRST_PAINT_WAIT_S = 3.0  # start the demo simulator anyway if no window paints by then
# The start-up benchmark's hook: print when the main window first painted, then quit cleanly.
EXIT_AFTER_PAINT_ENV = "SEEDANCE_STUDIO_EXIT_AFTER_PAINT"
FIRST_PAINT_MARK = "first-paint"


def _watch_first_paint(app: QApplication) -> asyncio.Future[QWidget]:
    """Resolves with the first QMainWindow to paint, once that whole frame is painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow, QWidget

    painted: asyncio.Future[QWidget] = asyncio.get_running_loop().create_future()

    def resolve(window: QWidget) -> None:
        if not painted.done():
            painted.set_result(window)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
                window = watched.window()
                if isinstance(window, QMainWindow):
                    app.removeEventFilter(self)
                    self.deleteLater()
                    QTimer.singleShot(0, lambda: resolve(window))
            return False

    app.installEventFilter(FirstPaint(app))
    return painted


def _seconds_since_process_start() -> float | None:
    """From /proc (Linux): includes the interpreter's own start-up; 10 ms resolution."""
    try:
        with open("/proc/self/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        ticks = int(fields[19])  # field 22, starttime, counted after "(comm)"
        return time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _report_paint_and_close(painted: asyncio.Future[QWidget]) -> None:
    """The benchmark's hook: `first-paint monotonic=<s> since_start=<s>`, then close.

    time.monotonic() is one clock for every process, so the benchmark subtracts the moment it
    spawned this one. Closing the window ends the studio the ordinary way."""
    if painted.cancelled():
        return
    window = painted.result()
    since = _seconds_since_process_start()
    shown = "unknown" if since is None else f"{since:.3f}"
    print(f"{FIRST_PAINT_MARK} monotonic={time.monotonic():.6f} since_start={shown}", flush=True)
    window.close()


def _reserve_port() -> socket.socket:
    """A loopback port held (bound, not listening) until the simulator listens on it too.

    A connection before then is refused, and the client retries reads after a short backoff;
    other programs cannot take the port meanwhile (SO_REUSEADDR lets only a listener share it)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@contextlib.asynccontextmanager
async def _demo_backend(painted: asyncio.Future[QWidget]) -> AsyncIterator[Backend]:
    """The built-in simulator, imported and started only once the window has painted.

    Its import (aiohttp, PyAV) costs more than the whole window; the client is made now, on
    a reserved port, with a key of this run that the simulator is then told to accept."""
    from app.services.client import EvolinkClient
    from app.services.config import resolve_endpoints
    from app.ui.studio import Backend

    key = f"sk-demo-{secrets.token_hex(12)}"
    reserved = _reserve_port()
    port = reserved.getsockname()[1]
    client = EvolinkClient(key, resolve_endpoints(f"http://127.0.0.1:{port}"))

    async def serve() -> Simulator:
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.shield(painted), FIRST_PAINT_WAIT_S)
        try:
            from app.simulator import Simulator

            sim = Simulator([key], generation_seconds=DEMO_GENERATION_SECONDS,
                            initial_credits=DEMO_CREDITS)
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
async def _backend(demo: bool, provider: KeyProvider, base_url: str,
                   painted: asyncio.Future[QWidget]) -> AsyncIterator[Backend]:
    """A client for the real API, or for the built-in simulator started for this run."""
    source = None if demo else provider.resolve()
    if source is None:
        async with _demo_backend(painted) as backend:
            yield backend
        return
    from app.services.client import EvolinkClient
    from app.services.config import resolve_endpoints
    from app.ui.studio import Backend

    client = EvolinkClient(source.key, resolve_endpoints(base_url))
    try:
        yield Backend(client, demo=False)
    finally:
        await client.aclose()


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


async def _main(demo_flag: bool) -> None:
    from PySide6.QtWidgets import QApplication

    from app.services import startup
    from app.services.downloads import make_download_client
    from app.services.keychain import KeyProvider
    from app.services.settings import Settings
    from app.services.store import TaskStore
    from app.services.window_state import WindowState
    from app.ui.appearance import apply_language, apply_theme
    from app.ui.studio import Outcome, Studio

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings, state = Settings.open_default(), WindowState.open_default()
    translators = apply_language(app, settings.get("language"))  # noqa: F841 — keep alive
    apply_theme(app, settings.get("theme"))
    provider = KeyProvider()
    plan = startup.plan_start(provider, state, demo=demo_flag)
    demo = plan.mode is startup.StartMode.DEMO
    if plan.mode is startup.StartMode.WELCOME:
        demo = await _first_run(provider, settings, plan.keychain_problem)
        startup.record_choice(state, demo=demo)
    store = TaskStore.open_default()
    painted = _watch_first_paint(app)
    if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
        painted.add_done_callback(_report_paint_and_close)
    async with make_download_client() as http:
        while True:
            async with _backend(demo, provider, settings.get("api_base_url"),
                                painted) as backend:
                studio = Studio(backend=backend, http=http, store=store, settings=settings,
                                state=state, provider=provider)
                outcome = await studio.run()
            if outcome is Outcome.QUIT:
                break
            demo = outcome is Outcome.DEMO
            log.info("restarting the studio (%s)", outcome.value)
    store.close()


def run_gui(*, demo: bool = False) -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    from app.services.logs import setup_logging
    from app.ui.app_icon import install_app_icon

    setup_logging(console=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    install_app_icon(app)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    # Dialogs come and go before and between windows; the studio decides when to quit.
    QApplication.setQuitOnLastWindowClosed(False)
    with contextlib.suppress(asyncio.CancelledError):
        qasync.run(_main(demo))
    return 0
