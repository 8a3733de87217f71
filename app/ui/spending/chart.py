"""The spending chart: credits spent and refunded per period, side by side, described in words."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QWidget

from app.core.budget import credits_text
from app.core.spending import Period, Summary


def period_label(start: datetime, period: Period, *, long: bool = False) -> str:
    """"2 Dec" (a day, a week by its Monday) or "Dec 2026" (a month); `long` for sentences."""
    date = QDate(start.year, start.month, start.day)
    if period is Period.MONTH:
        return QLocale().toString(date, "MMMM yyyy" if long else "MMM yyyy")
    return QLocale().toString(date, "d MMMM yyyy" if long else "d MMM")


def axis_labels(summary: Summary) -> list[str]:
    """Short enough for a bar each: days by their number, with the month on the first bar and
    on the 1st ("28 Nov", "29", "30", "1 Dec", "2")."""
    if summary.period is not Period.DAY:
        return [period_label(b.start, summary.period) for b in summary.buckets]
    return [period_label(b.start, Period.DAY) if i == 0 or b.start.day == 1 else str(b.start.day)
            for i, b in enumerate(summary.buckets)]


class SpendingChart(QChartView):
    """Two bar sets per period: what was spent, and what came back (refunds, apart)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spent = QBarSet(self.tr("Spent"))
        self.refunded = QBarSet(self.tr("Refunded"))
        self.series = QBarSeries()
        self.series.append(self.spent)
        self.series.append(self.refunded)
        self.categories = QBarCategoryAxis()
        self.values = QValueAxis()
        self.values.setTitleText(self.tr("Credits"))
        self.values.setLabelFormat("%.0f")
        self.values.setTickType(QValueAxis.TickType.TicksDynamic)
        self.values.setTickAnchor(0)
        chart = QChart()
        chart.addSeries(self.series)
        chart.addAxis(self.categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.values, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setAccessibleName(self.tr("Spending chart"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reaches its description
        self._follow_palette()

    def _follow_palette(self) -> None:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        chart = self.chart()
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark
                       else QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundBrush(self.palette().brush(QPalette.ColorRole.Base))
        chart.setBackgroundRoundness(0)

    def show_summary(self, summary: Summary) -> None:
        spent = [b.totals.spent for b in summary.buckets]
        refunded = [b.totals.refunded for b in summary.buckets]
        self.spent.remove(0, self.spent.count())
        self.refunded.remove(0, self.refunded.count())
        self.spent.append(spent)
        self.refunded.append(refunded)
        self.categories.clear()
        self.categories.append(axis_labels(summary))
        top = max([*spent, *refunded, 1.0])
        end, step = _nice(top)
        self.values.setRange(0, end)
        self.values.setTickInterval(step)  # gridlines on round figures, not at end / 4
        self.setAccessibleDescription(self.describe(summary))

    def describe(self, summary: Summary) -> str:
        """The chart in one sentence: the range, the totals, the period with most spent."""
        buckets = summary.buckets
        first = period_label(buckets[0].start, summary.period, long=True)
        last = period_label(buckets[-1].start, summary.period, long=True)
        per = {Period.DAY: self.tr("Credits per day"), Period.WEEK: self.tr("Credits per week"),
               Period.MONTH: self.tr("Credits per month")}[summary.period]
        text = self.tr("%1, %2 to %3: %4 spent, %5 refunded.").replace("%1", per) \
            .replace("%2", first).replace("%3", last) \
            .replace("%4", credits_text(summary.totals.spent)) \
            .replace("%5", credits_text(summary.totals.refunded))
        most = max(buckets, key=lambda b: b.totals.spent)
        if most.totals.spent > 0:
            when = {Period.DAY: self.tr("Most: %1 on %2."),
                    Period.WEEK: self.tr("Most: %1 in the week of %2."),
                    Period.MONTH: self.tr("Most: %1 in %2.")}[summary.period]
            text += " " + when.replace("%1", credits_text(most.totals.spent)).replace(
                "%2", period_label(most.start, summary.period, long=True))
        return text


def _nice(top: float) -> tuple[float, float]:
    """An axis end a little above `top` on a round figure, and the step of its gridlines."""
    for step in (10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000):
        if top <= step * 8:
            return float(-(-top * 1.05 // step) * step), float(step)
    step = 10 ** len(str(int(top)))  / 10
    return float(-(-top * 1.05 // step) * step), step
