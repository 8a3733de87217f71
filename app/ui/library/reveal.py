"""Show a clip selected in the system's file manager, or at least open its folder."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Final

from PySide6.QtCore import QProcess, QUrl

from app.ui.dialogs.help_actions import open_folder

log = logging.getLogger(__name__)
FILE_MANAGER: Final = "org.freedesktop.FileManager1"
FILE_MANAGER_PATH: Final = "/org/freedesktop/FileManager1"


def reveal(path: Path) -> bool:
    """Select `path` in the file manager (Nautilus, Dolphin, Nemo… through FileManager1 on
    Linux; Finder; Explorer); else open its folder. False when nothing took the request."""
    if sys.platform == "darwin" and QProcess.startDetached("open", ["-R", str(path)])[0]:
        return True
    if sys.platform == "win32" and QProcess.startDetached(
            "explorer", [f"/select,{path}"])[0]:
        return True
    if sys.platform.startswith("linux") and _show_items(path):
        return True
    return open_folder(path.parent)


def _show_items(path: Path) -> bool:
    """Ask a freedesktop file manager over the session bus; False without bus or manager."""
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage
    except ImportError:  # a build without QtDBus
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    names = bus.interface()
    running = names.isServiceRegistered(FILE_MANAGER)
    activatable = names.activatableServiceNames()
    if not ((running.isValid() and running.value())
            or (activatable.isValid() and FILE_MANAGER in (activatable.value() or []))):
        return False
    message = QDBusMessage.createMethodCall(FILE_MANAGER, FILE_MANAGER_PATH, FILE_MANAGER,
                                            "ShowItems")
    # (as uris, s startup id); sent without waiting: starting a file manager takes seconds.
    message.setArguments([[QUrl.fromLocalFile(str(path)).toString()], ""])
    sent = bus.send(message)
    log.debug("FileManager1.ShowItems(%s): %s", path.name, "sent" if sent else "not sent")
    return bool(sent)
