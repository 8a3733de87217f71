"""The account balance in the status bar; a click asks for a fresh reading."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from app.ui.messages import render

if TYPE_CHECKING:
    from app.core.models import Credits


class BalanceLabel(QToolButton):
    """Shows `Credits` (the account's, and the key's own limit when it has one).

    Signals:
        refresh_requested() — the user clicked the balance.
    Slots: show_credits(Credits), show_loading(), show_failed(str).
    """

    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._credits: Credits | None = None
        self.setAutoRaise(True)
        # No fixed name or description: a screen reader says the text ("Credits: 1,095.39")
        # as shown, and the tooltip (the details, "Click to refresh") as the description.
        self.setText(self.tr("Credits: —"))
        self.setToolTip(self.tr("Click to refresh the balance"))
        self.clicked.connect(self.refresh_requested)

    @staticmethod
    def _number(value: float) -> str:
        return QLocale().toString(float(value), "f", 2)

    def show_credits(self, credits: Credits) -> None:
        self._credits = credits
        account = credits.user_remaining
        text = (self.tr("Credits: %1").replace("%1", self._number(account))
                if account is not None else self.tr("Credits: unknown"))
        limited = credits.token_unlimited is False and credits.token_remaining is not None
        if limited and credits.token_remaining is not None and (
                account is None or credits.token_remaining < account):
            # The key's own limit matters only when it is tighter than the account.
            text += self.tr(" · this key: %1").replace("%1",
                                                       self._number(credits.token_remaining))
        self.setText(text)
        tip = [self.tr("Account: %1 credits left, %2 used")
               .replace("%1", self._number(account or 0))
               .replace("%2", self._number(credits.user_used or 0))]
        if credits.token_unlimited:
            tip.append(self.tr("This key has no limit of its own"))
        elif credits.token_remaining is not None:
            tip.append(self.tr("This key: %1 credits left of its own limit")
                       .replace("%1", self._number(credits.token_remaining)))
        tip.append(self.tr("Click to refresh"))
        self.setToolTip("\n".join(tip))

    def show_loading(self) -> None:
        if self._credits is None:
            self.setText(self.tr("Credits: …"))

    def show_failed(self, reason: str) -> None:
        if self._credits is None:
            self.setText(self.tr("Credits: unavailable"))
        # The reason is the service's Message: rendered, it speaks the interface's language.
        self.setToolTip(self.tr("The balance could not be read: %1\nClick to try again")
                        .replace("%1", render(reason)))
