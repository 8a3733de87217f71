"""Account → Spending…: credits per day, week or month and per model, refunds apart, as a chart
and as text, exportable as CSV."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.budget import credits_text
from app.core.capabilities import MODELS
from app.core.messages import model_label
from app.core.spending import Period, Spend, Summary, csv_rows, spent_today, summarize
from app.services.account.spending import write_csv
from app.ui.dialogs.modal import open_modal
from app.ui.empty_state import EmptyState
from app.ui.messages import render
from app.ui.spending.chart import SpendingChart
from app.ui.wrapped_label import WrappedLabel

log = logging.getLogger(__name__)
Load = Callable[[], Awaitable[Sequence[Spend]]]
Write = Callable[[Path, Sequence[Sequence[str]]], None]


def model_name(model_id: str) -> str:
    spec = MODELS.get(model_id)
    return render(model_label(spec)) if spec is not None else model_id


class SpendingDialog(QDialog):
    """Shows what `load` returns (read off the UI thread by the service); no signals."""

    def __init__(self, load: Load, *, budget: Callable[[], int] = lambda: 0,
                 write: Write = write_csv, now: Callable[[], float] = time.time,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load, self._budget, self._write, self._now = load, budget, write, now
        self._spends: Sequence[Spend] = ()
        self._summary: Summary | None = None
        self._task: asyncio.Task[None] | None = None
        self.period = QComboBox()
        self.model = QComboBox()
        self.chart = SpendingChart()
        self.spent = QLabel()
        self.refunded = QLabel()
        self.held = QLabel()
        self.today = QLabel()
        self.per_model = WrappedLabel()
        self.status = QLabel()
        self.empty = EmptyState()
        self.figures = QWidget()
        self.pages = QStackedWidget()
        self.export = QPushButton(self.tr("&Export CSV…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._setup_ui()
        self.period.currentIndexChanged.connect(self._on_filter_changed)
        self.model.currentIndexChanged.connect(self._on_filter_changed)
        self.export.clicked.connect(self._on_export_clicked)
        self.buttons.rejected.connect(self.reject)

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Spending"))
        self.resize(920, 640)
        for period, text in ((Period.DAY, self.tr("Per day")), (Period.WEEK, self.tr("Per week")),
                             (Period.MONTH, self.tr("Per month"))):
            self.period.addItem(text, period.value)
        self.model.addItem(self.tr("All models"), "")
        filters = QHBoxLayout()
        for text, combo in ((self.tr("&Period:"), self.period), (self.tr("&Model:"), self.model)):
            label = QLabel(text)
            label.setBuddy(combo)
            combo.setAccessibleName(text.replace("&", "").rstrip(":："))
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.export)
        self.export.setAccessibleName(self.tr("Export CSV…"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        # The figures are the labels' own text (no fixed accessible names): a screen reader
        # reads the values; the selectable text can be copied.
        totals = QFormLayout()
        for label in (self.spent, self.refunded, self.held, self.today, self.per_model):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            totals.addRow(label)
        box = QVBoxLayout(self.figures)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.chart, 1)
        box.addLayout(totals)
        self.empty.show_state(
            self.tr("No credits spent yet"),
            self.tr("Write a prompt and press Generate: what each clip costs shows here per "
                    "day, week and month, and a failed task's credits that came back are "
                    "shown apart. Demo clips count too."))
        self.pages.addWidget(self.figures)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.export.setEnabled(False)

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the store again (latest wins); the figures follow when it is read."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self.status.setText(self.tr("Reading your tasks…"))
        self._task = asyncio.ensure_future(self._reload())
        self._task.set_name("spending load")

    async def _reload(self) -> None:
        try:
            spends = await self._load()
        except asyncio.CancelledError:
            raise
        except Exception:  # the store: the user hears of it, the log has why
            log.exception("reading the spending failed")
            self.status.setText(self.tr("Your tasks could not be read: see the log."))
            return
        self.show_spends(spends)

    def show_spends(self, spends: Sequence[Spend]) -> None:
        self._spends = spends
        self.status.setText("")
        current = self.model.currentData()
        models = sorted({s.model for s in spends}, key=model_name)
        self.model.blockSignals(True)
        self.model.clear()
        self.model.addItem(self.tr("All models"), "")
        for m in models:
            self.model.addItem(model_name(m), m)
        self.model.setCurrentIndex(max(0, self.model.findData(current)))
        self.model.blockSignals(False)
        self._refresh()

    def _refresh(self) -> None:
        now = self._now()
        period = Period(self.period.currentData())
        summary = summarize(self._spends, period, now=now, model=self.model.currentData() or None)
        self._summary = summary
        self.pages.setCurrentWidget(self.empty if summary.empty else self.figures)
        self.export.setEnabled(not summary.shown_empty)
        self.chart.show_summary(summary)
        shown = len(summary.buckets)
        last = {Period.DAY: self.tr("Spent in the last %1 days: %2 credits"),
                Period.WEEK: self.tr("Spent in the last %1 weeks: %2 credits"),
                Period.MONTH: self.tr("Spent in the last %1 months: %2 credits")}[period]
        t = summary.totals
        self.spent.setText(last.replace("%1", str(shown)).replace("%2", credits_text(t.spent)))
        self.refunded.setText(self.tr("Refunded (failed tasks, credits returned): %1 credits")
                              .replace("%1", credits_text(t.refunded)))
        self.held.setText(self.tr("Held by tasks still running: %1 credits")
                          .replace("%1", credits_text(t.held)))
        self.held.setVisible(t.held > 0)
        self._show_today(now)
        lines = [self.tr("%1: %2 spent, %3 refunded").replace("%1", model_name(m))
                 .replace("%2", credits_text(mt.spent)).replace("%3", credits_text(mt.refunded))
                 for m, mt in summary.by_model]
        self.per_model.setText(self.tr("Per model:") + "\n" + "\n".join(lines) if lines
                               else self.tr("Nothing spent on this model in these periods."))

    def _show_today(self, now: float) -> None:
        today = credits_text(spent_today(self._spends, now=now))
        budget = int(self._budget())
        self.today.setText(
            self.tr("Today: %1 of your daily budget of %2 credits").replace("%1", today)
            .replace("%2", credits_text(budget)) if budget > 0
            else self.tr("Today: %1 credits (no daily budget: set one in Preferences)")
            .replace("%1", today))

    def summary(self) -> Summary | None:
        return self._summary

    # -- slots ------------------------------------------------------------------------------

    def _on_filter_changed(self, _index: int) -> None:
        self._refresh()

    def _on_export_clicked(self) -> None:
        if self._summary is None:
            return
        name = f"seedance-spending-{self._summary.period.value}-{date.today().isoformat()}.csv"
        dialog = QFileDialog(self, self.tr("Export spending as CSV"), str(Path.home() / name),
                             self.tr("CSV files (*.csv)"))
        dialog.setObjectName("export-spending")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        open_modal(dialog, on_accepted=lambda: self._export_to(dialog.selectedFiles()))

    def _export_to(self, chosen: list[str]) -> None:
        if not chosen or self._summary is None:
            return
        target = Path(chosen[0])
        try:
            self._write(target, csv_rows(self._summary))
        except OSError as exc:
            self.status.setText(self.tr("%1 could not be written: %2").replace("%1", target.name)
                                .replace("%2", exc.strerror or str(exc)))
            return
        self.status.setText(self.tr("Exported to %1").replace("%1", str(target)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)

    def stop(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
