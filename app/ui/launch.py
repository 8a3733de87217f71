"""Start the desktop app on a qasync loop: welcome on the first run, then real API or demo."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from typing import TYPE_CHECKING, Any

from app.services.home import code_cache
from app.services.home.settings import API_BASE_URL, LANGUAGE, THEME
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

    from app.services.account.keychain import KeyProvider
    from app.services.home.settings import Settings
    from app.services.home.window_state import WindowState
    from app.services.session import Session
    from app.services.tasks.store import TaskStore
    from app.ui.main_window import MainWindow
    from app.ui.studio import Outcome

log = logging.getLogger(__name__)


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


async def _open_store(parent: QWidget | None) -> TaskStore | None:
    """The task store, or None when it cannot be used; either way said in a dialog."""
    from app.services.tasks.store import TaskStore
    from app.services.tasks.store_open import StoreFault

    try:
        store = TaskStore.open_default()
    except StoreFault as exc:
        from app.ui.dialogs.store_problem_dialog import StoreProblemDialog

        dialog = StoreProblemDialog(exc.message, fatal=True, parent=parent)
        await _ask(dialog, dialog.finished)
        return None
    if store.notice is not None:  # the dialog's module (a QMessageBox) only when it is due
        from app.ui.dialogs.store_problem_dialog import StoreProblemDialog

        dialog = StoreProblemDialog(store.notice, fatal=False, parent=parent)
        await _ask(dialog, dialog.finished)
    return store


async def _first_run(provider: KeyProvider, settings: Settings, problem: str | None) -> bool:
    """The welcome: True for the demo, False once a key was saved."""
    from app.ui.dialogs.welcome_dialog import WelcomeChoice, WelcomeDialog
    from app.ui.studio_dialogs import StudioDialogs

    welcome = WelcomeDialog(problem)
    try:
        if await _ask(welcome, welcome.chosen) != WelcomeChoice.KEY:
            return True
        dialogs = StudioDialogs(provider=provider, settings=settings, window=welcome,
                                api_base_url=settings[API_BASE_URL])
        key = dialogs.open_key("")
        return await _ask(key, key.key_saved) is None
    finally:
        welcome.deleteLater()


def _reapply_appearance(app: QApplication, opening: Opening) -> None:
    """The language and theme of the settings now (Preferences may have changed them), before
    the next window is built: its widgets take their texts from the translators installed."""
    from app.ui.appearance import apply_theme, switch_language

    settings = opening.settings
    opening.translators = switch_language(app, settings[LANGUAGE], opening.translators)
    apply_theme(app, settings[THEME])


async def _main(demo_flag: bool, opening: Opening | None = None) -> None:
    from PySide6.QtWidgets import QApplication

    from app.services.account.keychain import KeyProvider
    from app.services.backends import Backends
    from app.services.home import startup
    from app.services.session import Session
    from app.ui import quit_signals
    from app.ui.studio import Outcome

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    from app.services.main_thread_gc import collect_on_this_thread

    collect_on_this_thread(app)  # never in a download or probe thread (see its docstring)
    from app.services import thread_jobs

    thread_jobs.use_on(asyncio.get_running_loop())  # nor a job's objects let go in one
    opening = opening or prepare(app)
    settings, state = opening.settings, opening.state
    provider = KeyProvider()
    plan = startup.plan_start(provider, state, demo=demo_flag)
    demo = plan.mode is startup.StartMode.DEMO
    if plan.mode is startup.StartMode.WELCOME:
        demo = await _first_run(provider, settings, plan.keychain_problem)
        if quit_signals.requested():
            return
        startup.record_choice(state, demo=demo)
    store = await _open_store(opening.window)
    if store is None:
        return
    painted: asyncio.Future[QWidget] = asyncio.get_running_loop().create_future()
    if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
        painted.add_done_callback(
            lambda done: _report_ready_and_close(done, first_reported=opening.painted))
    # The start-up's classes are made: keep their code for the next start (app/__main__.py).
    painted.add_done_callback(lambda _done: code_cache.finish())
    async with contextlib.AsyncExitStack() as run_stack:
        backends = Backends(provider, run_stack, painted)
        while True:
            # One session per key and API base; windows come and go on it.
            async with contextlib.AsyncExitStack() as session_stack:
                backend = await backends.enter(demo, settings[API_BASE_URL], session_stack)
                session = Session(backend=backend, store=store, settings=settings)
                session_stack.push_async_callback(session.aclose)  # before its backend closes
                outcome = await _windows(app, opening, session, state, provider, painted)
            if outcome is Outcome.QUIT or quit_signals.requested():
                break
            demo = outcome is Outcome.DEMO
            log.info("a new session (%s)", outcome.value)
            _reapply_appearance(app, opening)
    store.close()


async def _windows(app: QApplication, opening: Opening, session: Session, state: WindowState,
                   provider: KeyProvider, painted: asyncio.Future[QWidget]) -> Outcome:
    """Windows on one session, a new one after each change of language or theme, until one
    ends otherwise (quit, or a new session needed)."""
    from app.ui import quit_signals
    from app.ui.studio import Outcome, Studio

    while True:
        studio = Studio(session=session, state=state, provider=provider,
                        window=opening.window)
        opening.window = None  # the frame is filled once; a rebuild makes a new window
        _resolve_when_ready(studio.window, painted)
        outcome = await studio.run()
        if outcome is not Outcome.WINDOW or quit_signals.requested():
            return outcome
        log.info("a new window (language or theme)")
        _reapply_appearance(app, opening)


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
