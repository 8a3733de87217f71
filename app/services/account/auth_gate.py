"""One place that turns a refused key (HTTP 401) into one key prompt, not a failure per task."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from app.services.api.errors import Unauthorized

log = logging.getLogger(__name__)


class AuthGate(QObject):
    """Collects 401s from anywhere (queue, poller, balance) and asks for a key once.

    While `blocked`, senders should hold new requests instead of failing them; `cleared` says
    when a new key is in place and they may go on.

    Signals:
        key_rejected(object) — the first 401 since the key was last accepted; the reason
            (a str, or a Message that the window translates: a Signal(str) would drop its id).
        cleared() — a new key was installed (after `key_replaced`).
    """

    key_rejected = Signal(object)
    cleared = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._blocked = False

    @property
    def blocked(self) -> bool:
        return self._blocked

    def report(self, error: object) -> bool:
        """Slot for any error object; True (and handled) when it is an Unauthorized."""
        if not isinstance(error, Unauthorized):
            return False
        self.report_unauthorized(error.message)
        return True

    def report_unauthorized(self, reason: str) -> None:
        """Slot: the API refused the key; only the first report while blocked opens a prompt."""
        if self._blocked:
            return
        self._blocked = True
        log.warning("the API refused the key: %s", reason)
        self.key_rejected.emit(reason)

    def key_replaced(self) -> None:
        """Slot: a new key was saved (or the demo was chosen): let held requests go."""
        was = self._blocked
        self._blocked = False
        if was:
            self.cleared.emit()
