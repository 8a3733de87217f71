"""The composer's estimate: the figure, where it came from and how old it is."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from app.core.price_choice import PriceFigure, Source, source_label
from app.core.price_rules import PriceQuery
from app.services.account.price_estimator import PriceEstimator, table_for
from app.ui.labels import joined
from app.ui.messages import render

AGE_REFRESH_MS = 30_000


class CostLine(QLabel):
    """Shows the estimator's figure for the composer's current request; a fresher figure
    from the gateway replaces it when it arrives. Without an estimator: the dated table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._estimator: PriceEstimator | None = None
        self._query: PriceQuery | None = None
        self._figure: PriceFigure | None = None
        self._ages = QTimer(self)
        self._ages.setInterval(AGE_REFRESH_MS)
        self._ages.timeout.connect(self._render)
        self.setWordWrap(True)
        self.setToolTip(self.tr("The server's reserved credits are the final figure"))

    def set_estimator(self, estimator: PriceEstimator | None) -> None:
        if self._estimator is not None:
            self._estimator.estimated.disconnect(self._on_estimator_estimated)
        self._estimator = estimator
        if estimator is not None:
            estimator.estimated.connect(self._on_estimator_estimated)
        if self._query is not None:
            self.show_query(self._query)

    def show_query(self, query: PriceQuery) -> None:
        self._query = query
        self._figure = (self._estimator.ask(query) if self._estimator is not None
                        else table_for(query))
        self._render()

    def figure(self) -> PriceFigure | None:
        return self._figure

    def _on_estimator_estimated(self, query: PriceQuery, figure: PriceFigure) -> None:
        if query == self._query:
            self._figure = figure
            self._render()

    def _render(self) -> None:
        fig = self._figure
        if fig is None:
            return
        if fig.credits is None:
            text = self.tr("price not published")
        else:
            text = self.tr("≈ %1 credits").replace("%1", f"{fig.credits:,.1f}")
            label = source_label(fig, time.time())
            if label is not None:
                text += " · " + render(label)
        details = []
        if fig.credits is not None and fig.rate is not None and fig.billed_seconds:
            details.append(self.tr("%1 s × %2 credits/s").replace(
                "%1", f"{fig.billed_seconds:.3g}").replace("%2", f"{fig.rate:.2f}"))
        details.extend(render(n) for n in fig.notes)
        if details:
            text += "  ·  " + joined(details)
        self.setText(text)
        if fig.source in (Source.QUOTE, Source.RULES) and not self._ages.isActive() \
                and self.isVisible():
            self._ages.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ages.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._ages.stop()
