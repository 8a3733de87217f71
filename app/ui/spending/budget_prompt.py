"""Before a submission that would pass the daily budget: ask, with the figures."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.budget import BudgetCheck, check_budget
from app.ui.dialogs.modal import clicked
from app.ui.messages import render


class BudgetPrompt(QObject):
    """Asks "Send anyway?" when today's spending plus this request's estimate passes the
    budget. `budget()` is the setting (0: none), `today()` reads the store off the UI thread,
    `estimate()` is the figure the composer shows (None: unpriced). No signals."""

    def __init__(self, *, budget: Callable[[], int], today: Callable[[], Awaitable[float]],
                 estimate: Callable[[], float | None], window: QWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._budget, self._today, self._estimate, self._window = budget, today, estimate, window
        self.question: QMessageBox | None = None  # the open question, if any

    async def allows(self) -> bool:
        """True to send: no budget, within it, or the user said "Send anyway"."""
        budget = int(self._budget())
        if budget <= 0:
            return True
        found = check_budget(budget, await self._today(), self._estimate())
        return True if found is None else await self._ask(found)

    async def over(self, estimate: float | None) -> BudgetCheck | None:
        """What passing the budget with `estimate` more would be (a take set's total, asked
        together with the set), or None: no budget, or within it."""
        budget = int(self._budget())
        return None if budget <= 0 else check_budget(budget, await self._today(), estimate)

    def dismiss(self) -> None:
        """Answer an open question "Don't send" (the window is closing)."""
        if self.question is not None:
            self.question.reject()

    async def _ask(self, found: BudgetCheck) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Over your daily budget"),
                          render(found.figures()) + ". " + self.tr("Send anyway?"),
                          QMessageBox.StandardButton.NoButton, self._window)
        send = box.addButton(self.tr("&Send anyway"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Don't send"), QMessageBox.ButtonRole.RejectRole)
        send.setAccessibleName(self.tr("Send anyway"))
        keep.setAccessibleName(self.tr("Don't send"))
        box.setDefaultButton(keep)  # Enter does not spend past the budget
        box.setEscapeButton(keep)
        box.setInformativeText(self.tr("The daily budget is in Preferences → Account & "
                                       "advanced."))
        self.question = box
        try:
            return await clicked(box) is send
        finally:  # answered, or the window closed under it: the question goes
            self.question = None
