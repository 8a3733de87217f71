"""The window's frame, painted before the heavy modules load (pydantic, httpx, qasync, PyAV).

Start-up feels instant when the window the user will work in is on screen at once: this module
imports only Qt and the light settings modules, shows the frame with its remembered geometry,
theme and language, and waits for its first paint; the studio then fills it in.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from typing import Final

from PySide6.QtCore import QEventLoop, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from app import APP_NAME, DESKTOP_FILE_NAME, __version__
from app.services.home.settings import LANGUAGE, THEME, Settings
from app.services.home.window_state import WindowState
from app.ui.actions import Actions
from app.ui.appearance import apply_language, apply_theme
from app.ui.main_window import MainWindow

PAINT_WAIT_MS: Final = 2000  # a platform that never exposes the window must not hold the start
# The start-up benchmark's hook (tests/perf/startup.py): print when the window first painted and
# when it was ready, then close it.
EXIT_AFTER_PAINT_ENV: Final = "SEEDANCE_STUDIO_EXIT_AFTER_PAINT"
FIRST_PAINT_MARK: Final = "first-paint"
READY_MARK: Final = "ready"


def report_mark(mark: str) -> None:
    """`<mark> monotonic=<s> cpu=<s>` on stdout for the benchmark; time.monotonic() is one
    clock for every process, so it subtracts the moment it spawned this one; the CPU time this
    process used so far tells the work apart from waiting on a busy machine."""
    if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
        print(f"{mark} monotonic={time.monotonic():.6f} cpu={time.process_time():.6f}",
              flush=True)


@dataclass
class Opening:
    """What start-up prepared before the studio's modules were imported."""

    settings: Settings
    state: WindowState
    window: MainWindow | None  # None when the welcome comes first
    painted: bool = False  # the window was on screen before the studio's modules loaded
    translators: list[QTranslator] = field(default_factory=list)  # kept alive for the run


def paint_now(window: MainWindow) -> bool:
    """Show `window` and run Qt's events until it has painted (False if it never did).

    The window reports its own paint: an event filter on the whole application would make
    Qt call into Python for every event of every object, which costs more than the paint."""
    loop = QEventLoop()
    painted: list[bool] = []
    window.painted.connect(loop.quit)
    window.painted.connect(painted.append)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    guard.start(PAINT_WAIT_MS)
    window.show()
    if not painted:
        loop.exec()
    guard.stop()
    window.painted.disconnect(loop.quit)
    window.painted.disconnect(painted.append)
    return bool(painted)


def prepare(app: QApplication) -> Opening:
    """Settings, theme and language for the whole run; no window yet."""
    settings, state = Settings.open_default(), WindowState.open_default()
    translators = apply_language(app, settings[LANGUAGE])
    apply_theme(app, settings[THEME])
    return Opening(settings, state, None, False, translators)


def open_window(app: QApplication, *, demo: bool) -> Opening:
    """`prepare`, and the frame on screen when no welcome is due.

    The welcome is due only before its flag is set and without `--demo` (a key in the keychain
    is then looked up by the studio: the keychain is too slow to ask before the first paint)."""
    opening = prepare(app)
    if demo or opening.state.flag("welcome_done"):
        opening.window = MainWindow(actions=Actions(), state=opening.state)
        opening.painted = paint_now(opening.window)
        if opening.painted:
            report_mark(FIRST_PAINT_MARK)
    return opening


def run_gui(*, demo: bool = False) -> int:
    """The desktop app: the frame first, then the modules of the studio and its loop."""
    from app.ui.pyside_imports import skip_source_scan

    skip_source_scan()
    from app.ui import quit_signals
    from app.ui.display_check import display_problem

    if QApplication.instance() is None and (problem := display_problem()) is not None:
        print(f"seedance-studio: {problem}", file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    quit_signals.install()
    # The entry name now (Wayland and docks take the icon from the installed .desktop file by
    # it); the window icon itself once the frame is on screen.
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    # Dialogs come and go before and between windows; the studio decides when to quit.
    QApplication.setQuitOnLastWindowClosed(False)
    opening = open_window(app, demo=demo)
    # Logging and the icon wait for the paint: the handlers import half the standard library,
    # the icon loads eight PNGs. Until then a warning goes to stderr (Python's last resort).
    from app.services.home.logs import setup_logging
    from app.ui.app_icon import install_app_icon
    from app.ui.launch import run_loop

    install_app_icon(app)
    setup_logging(console=True)

    return run_loop(demo, opening)
