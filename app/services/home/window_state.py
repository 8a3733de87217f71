"""Window state (geometry, panel state) and app flags, apart from user settings."""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from app.services.home.settings import ini_settings

log = logging.getLogger(__name__)

STATE_FILE = "window-state.ini"
# App flags are declared like settings: an unknown one is an error, not a silent new entry.
FLAGS: dict[str, str] = {
    "welcome_done": "The first-run welcome was answered (key entered or demo chosen).",
    "chose_demo": "The last welcome answer was the demo; later runs without a key start it.",
}


class WindowState:
    """Per-name geometry and JSON panel state, plus the declared app flags."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def open_default(cls) -> WindowState:
        return cls(ini_settings(STATE_FILE))

    # -- geometry (QWidget.saveGeometry) ----------------------------------------------------

    def save_geometry(self, name: str, data: QByteArray) -> None:
        self._put(f"geometry/{name}", bytes(data.toBase64().data()).decode("ascii"))

    def geometry(self, name: str) -> QByteArray | None:
        raw = self._store.value(f"geometry/{name}")
        if not raw:
            return None
        return QByteArray.fromBase64(str(raw).encode("ascii"))

    # -- panels: any JSON-serialisable dict (column widths, sort order, last folder, …) ------

    def save_panel(self, name: str, state: dict[str, Any]) -> None:
        self._put(f"panel/{name}", json.dumps(state, ensure_ascii=False, sort_keys=True))

    def panel(self, name: str) -> dict[str, Any]:
        value = self._json(f"panel/{name}")
        return value if isinstance(value, dict) else {}

    # -- app flags -------------------------------------------------------------------------

    def flag(self, name: str) -> bool:
        self._declared(name)
        return str(self._store.value(f"flags/{name}", "false")).lower() == "true"

    def set_flag(self, name: str, value: bool) -> None:
        self._declared(name)
        self._put(f"flags/{name}", "true" if value else "false")

    @staticmethod
    def _declared(name: str) -> None:
        if name not in FLAGS:
            raise KeyError(f"no app flag is called {name!r}")

    def _put(self, key: str, value: str) -> None:
        if self._store.value(key) == value:
            return  # the file written again (~10 ms on the UI thread) for nothing new
        self._store.setValue(key, value)
        self._store.sync()

    def _json(self, key: str) -> Any:
        raw = self._store.value(key)
        if not raw:
            return None
        try:
            return json.loads(str(raw))
        except ValueError:
            log.warning("window state %s is unreadable; ignoring it", key)
            return None
