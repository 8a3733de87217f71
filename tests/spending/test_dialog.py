"""The spending dialog on a real store: chart values, the totals as text, the period switch
and the model filter, the CSV export through the file dialog, and the empty state."""

from __future__ import annotations

import csv
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from app.core.spending import CSV_HEADER
from app.services.account.spending import SpendingLedger
from app.ui.spending.dialog import SpendingDialog
from tests.library.test_panel_actions import answer_modal
from tests.spending.conftest import FAST, MINI, add_task, berlin_at, store_at
from tests.waiting import until

NOW = berlin_at(2026, 12, 2, 18, 0)


async def open_dialog(qtbot: QtBot, ledger: SpendingLedger, budget: int = 0
                      ) -> SpendingDialog:
    dialog = SpendingDialog(ledger.load, budget=lambda: budget, now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload()
    assert dialog.status.text() == "Reading your tasks…"
    await until(lambda: dialog.summary() is not None, what="the spending read")
    assert dialog.status.text() == ""
    return dialog


def filled(tmp_path: Path) -> SpendingLedger:
    store, clock = store_at(tmp_path / "tasks.db", NOW)
    add_task(store, clock, berlin_at(2026, 12, 1, 23, 59, 59), 100)
    add_task(store, clock, berlin_at(2026, 12, 2, 0, 0, 0), 300)
    add_task(store, clock, berlin_at(2026, 12, 2, 9, 0), 40.5, model=MINI, outcome="failed")
    add_task(store, clock, berlin_at(2026, 12, 2, 17, 0), 112, outcome="processing")
    add_task(store, clock, berlin_at(2026, 10, 20, 12, 0), 50, model=MINI)
    store.close()
    return SpendingLedger(tmp_path / "tasks.db", clock=lambda: NOW)


async def test_chart_and_totals_per_day(qtbot: QtBot, tmp_path: Path, berlin: ZoneInfo) -> None:
    ledger = filled(tmp_path)
    dialog = await open_dialog(qtbot, ledger, budget=500)
    chart = dialog.chart
    spent = [chart.spent.at(i) for i in range(chart.spent.count())]
    refunded = [chart.refunded.at(i) for i in range(chart.refunded.count())]
    assert len(spent) == 14 and spent[-2:] == [100, 300] and sum(spent) == 400
    assert refunded[-1] == 40.5 and sum(refunded) == 40.5
    assert dialog.spent.text() == "Spent in the last 14 days: 400 credits"
    assert dialog.refunded.text() == "Refunded (failed tasks, credits returned): 40.5 credits"
    assert dialog.held.text() == "Held by tasks still running: 112 credits"
    assert dialog.today.text() == "Today: 412 of your daily budget of 500 credits"
    assert "Text to video · Fast: 400 spent, 0 refunded" in dialog.per_model.text()
    assert "Text to video · Mini: 0 spent, 40.5 refunded" in dialog.per_model.text()
    # A screen reader hears the values: no fixed names on them; the chart describes itself.
    for label in (dialog.spent, dialog.refunded, dialog.held, dialog.today, dialog.per_model):
        assert label.accessibleName() == ""
    description = chart.accessibleDescription()
    assert "Credits per day" in description and "400 spent, 40.5 refunded" in description
    assert "Most: 300 on 2 December 2026" in description
    assert dialog.pages.currentWidget() is not dialog.empty
    ledger.close()


async def test_period_switch_and_model_filter(qtbot: QtBot, tmp_path: Path,
                                              berlin: ZoneInfo) -> None:
    ledger = filled(tmp_path)
    dialog = await open_dialog(qtbot, ledger)
    labels = {w.text(): w for w in dialog.findChildren(QLabel)}
    assert labels["&Period:"].buddy() is dialog.period and labels["&Model:"].buddy() is dialog.model
    assert (dialog.period.accessibleName(), dialog.model.accessibleName()) == ("Period", "Model")
    dialog.period.setCurrentIndex(dialog.period.findData("month"))
    chart = dialog.chart
    months = [chart.spent.at(i) for i in range(chart.spent.count())]
    assert len(months) == 12 and months[-3:] == [50, 0, 400]
    assert dialog.spent.text() == "Spent in the last 12 months: 450 credits"
    dialog.model.setCurrentIndex(dialog.model.findData(MINI))
    months = [chart.spent.at(i) for i in range(chart.spent.count())]
    assert months[-3:] == [50, 0, 0] and chart.refunded.at(11) == 40.5
    assert dialog.spent.text() == "Spent in the last 12 months: 50 credits"
    assert dialog.model.count() == 3  # all models, Fast, Mini: the list stays whole
    assert [dialog.model.itemData(i) for i in range(3)] == ["", FAST, MINI]
    ledger.close()


async def test_export_writes_the_shown_periods_as_csv(qtbot: QtBot, tmp_path: Path,
                                               berlin: ZoneInfo) -> None:
    ledger = filled(tmp_path)
    dialog = await open_dialog(qtbot, ledger)
    target = tmp_path / "out" / "mine.csv"
    target.parent.mkdir()

    def choose(file_dialog: QFileDialog) -> None:
        assert file_dialog.objectName() == "export-spending"
        file_dialog.selectFile(str(target))
        file_dialog.accept()

    dialog.export.click()
    answer_modal(QFileDialog, choose)
    with target.open(newline="") as f:
        rows = list(csv.reader(f))
    assert rows == [list(CSV_HEADER), ["2026-12-01", "day", FAST, "100", "0", "0", "1"],
                    ["2026-12-02", "day", FAST, "300", "0", "112", "2"],
                    ["2026-12-02", "day", MINI, "0", "40.5", "0", "1"]]
    assert dialog.status.text() == f"Exported to {target}"
    ledger.close()


async def test_empty_state_says_what_to_do(qtbot: QtBot, tmp_path: Path, berlin: ZoneInfo) -> None:
    store, clock = store_at(tmp_path / "tasks.db", NOW)
    add_task(store, clock, NOW - 60, 999, outcome="rejected")  # never created: costs nothing
    store.close()
    ledger = SpendingLedger(tmp_path / "tasks.db")
    dialog = await open_dialog(qtbot, ledger)
    assert dialog.pages.currentWidget() is dialog.empty
    assert dialog.empty.title.text() == "No credits spent yet"
    assert "press Generate" in dialog.empty.text.text()
    assert not dialog.export.isEnabled()
    ledger.close()
