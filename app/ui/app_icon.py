"""The app icon (window, taskbar, tray): PNGs rendered from icons/seedance-studio.svg."""

from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from app import DESKTOP_FILE_NAME

log = logging.getLogger(__name__)

# A source checkout (and an editable install) keeps icons/ at the repository root; the
# PyInstaller bundle puts it at the same place relative to the package (_internal/icons).
_CANDIDATES = (
    Path(__file__).resolve().parents[2] / "icons" / "png",
    Path(__file__).resolve().parents[1] / "icons" / "png",
)
_NAME = re.compile(r"seedance-studio-(\d+)\.png")


def icon_dir() -> Path | None:
    return next((d for d in _CANDIDATES if d.is_dir() and any(d.glob("*.png"))), None)


def icon_files() -> dict[int, Path]:
    """Every rendered size found, smallest first."""
    folder = icon_dir()
    if folder is None:
        return {}
    found = {int(m.group(1)): p for p in folder.iterdir() if (m := _NAME.fullmatch(p.name))}
    return dict(sorted(found.items()))


@cache
def app_icon() -> QIcon:
    """Every size as its own pixmap, so Qt never scales a 512 px image down to 16 px.

    A missing folder is logged, not fatal: the window then shows the platform's default icon.
    Call it after the QGuiApplication exists."""
    icon = QIcon()
    files = icon_files()
    if not files:
        log.warning("no app icon found (looked in %s)", ", ".join(map(str, _CANDIDATES)))
    for size, path in files.items():
        icon.addFile(str(path), QSize(size, size))
    return icon


def install_app_icon(app: QGuiApplication) -> None:
    """At start, before the first window: the icon of every window, the taskbar and the tray."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_FILE_NAME)
