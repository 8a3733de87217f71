"""The spending dialog (one at a time) and the budget question, as the running studio uses them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.services.account.spending import SpendingLedger
from app.ui.spending.budget_prompt import BudgetPrompt

if TYPE_CHECKING:  # the dialog (QtCharts) is imported when first opened, not at start-up
    from app.ui.spending.dialog import SpendingDialog


class SpendingViews(QObject):
    """Reads through the session's ledger; `budget()` is the daily budget setting and
    `estimate()` the composer's current figure. No signals."""

    def __init__(self, ledger: SpendingLedger, *, budget: Callable[[], int],
                 estimate: Callable[[], float | None], window: QWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ledger, self._budget, self._window = ledger, budget, window
        self.dialog: SpendingDialog | None = None
        self.prompt = BudgetPrompt(budget=budget, today=ledger.load_today, estimate=estimate,
                                   window=window, parent=self)

    def open(self) -> SpendingDialog:
        if self.dialog is None:
            from app.ui.spending.dialog import SpendingDialog

            self.dialog = SpendingDialog(self._ledger.load, budget=self._budget,
                                         parent=self._window)
            self.dialog.finished.connect(self._on_dialog_finished)
            self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def refresh(self) -> None:
        """A task settled: the open dialog reads the store again."""
        if self.dialog is not None:
            self.dialog.reload()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.stop()
            self.dialog.close()

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
