"""Start the desktop app on a qasync loop: welcome on the first run, then real API or demo."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from app import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QDialog

    from app.services.keychain import KeyProvider
    from app.services.settings import Settings
    from app.ui.studio import Backend

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def _backend(demo: bool, provider: KeyProvider, base_url: str) -> AsyncIterator[Backend]:
    """A client for the real API, or for the built-in simulator started for this run."""
    from app.services.client import EvolinkClient
    from app.services.config import resolve_endpoints
    from app.ui.studio import Backend

    source = None if demo else provider.resolve()
    if source is None:
        from app.simulator import DEMO_KEY, Simulator

        sim = Simulator(generation_seconds=8.0, initial_credits=5000.0)
        client = EvolinkClient(DEMO_KEY, resolve_endpoints(await sim.start()))
        try:
            yield Backend(client, demo=True)
        finally:
            await client.aclose()
            await sim.stop()
    else:
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
    async with make_download_client() as http:
        while True:
            async with _backend(demo, provider, settings.get("api_base_url")) as backend:
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

    setup_logging(console=True)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    # Dialogs come and go before and between windows; the studio decides when to quit.
    QApplication.setQuitOnLastWindowClosed(False)
    with contextlib.suppress(asyncio.CancelledError):
        qasync.run(_main(demo))
    return 0
