"""Help-menu helpers: open the log folder in the file manager; the versions for a bug report."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices

from app import APP_NAME, __version__
from app.services.home import paths


def versions() -> list[tuple[str, str]]:
    """(component, version) rows for the About dialog and bug reports."""
    import platform  # ~3 ms to import: when the About dialog opens

    return [
        (APP_NAME, __version__),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Python", platform.python_version()),
        ("OS", f"{platform.system()} {platform.release()} ({platform.machine()})"),
    ]


def versions_text() -> str:
    return "\n".join(f"{name}: {version}" for name, version in versions())


def log_folder() -> Path:
    return paths.log_dir()


def open_log_folder() -> bool:
    """Help → Open log folder; False when no file manager took the URL."""
    return open_folder(log_folder())


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
