"""SIGTERM and SIGINT close the app the way the Quit menu does: state saved, services stopped.

Python runs a signal handler only between bytecodes, and Qt's event loop may sit in C++ for as
long as nothing happens; `signal.set_wakeup_fd` makes the C-level handler write a byte that a
QSocketNotifier sees at once, so the Python handler runs within one turn of the loop.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

_requested = False
_installed: list[Callable[[], None]] = []  # keeps each notifier alive while it is installed


def requested() -> bool:
    """A signal asked the app to quit: start no new window."""
    return _requested


def _close_everything(signum: int, _frame: FrameType | None) -> None:
    global _requested
    app = QApplication.instance()
    if _requested or app is None:
        # A second signal while shutting down: the user means it.
        os._exit(128 + signum)
    _requested = True
    # Closing each window runs its ordinary close path (the studio saves and stops there).
    assert isinstance(app, QApplication)
    app.closeAllWindows()


Handler = Callable[[int, FrameType | None], object]


def install(on_signal: Handler = _close_everything) -> Callable[[], None]:
    """Route SIGTERM and SIGINT to `on_signal` through the Qt event loop (POSIX only); returns
    what undoes it (the process keeps it for its whole run; tests undo it)."""
    if sys.platform == "win32":
        return lambda: None
    read_fd, write_fd = os.pipe()
    os.set_blocking(read_fd, False)
    os.set_blocking(write_fd, False)
    old_fd = signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
    notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read)

    def drain() -> None:
        # Reading the byte is all: the Python handler itself runs as this slot executes.
        with contextlib.suppress(BlockingIOError):
            os.read(read_fd, 64)

    notifier.activated.connect(drain)
    old = {signum: signal.signal(signum, on_signal) for signum in (signal.SIGTERM, signal.SIGINT)}

    def uninstall() -> None:
        if uninstall not in _installed:
            return
        _installed.remove(uninstall)
        for signum, handler in old.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(old_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        os.close(read_fd)
        os.close(write_fd)

    _installed.append(uninstall)
    return uninstall
