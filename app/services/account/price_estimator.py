"""The composer's estimate: at once from what is known, then from the gateway when the
settings stop changing (debounced, latest wins, never blocking the window)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from app.core import api_facts
from app.core.price_choice import Charge, PriceFigure, choose, learned_rate, table_figure
from app.core.price_rules import PriceQuery
from app.core.pricing import estimate
from app.services.account.price_sources import PriceSources

log = logging.getLogger(__name__)
Charges = Callable[[str, str], Sequence[Charge]]


def table_for(query: PriceQuery) -> PriceFigure:
    return table_figure(estimate(
        query.model, query.quality, query.duration, content_filter=query.content_filter,
        input_video_seconds=query.input_video_seconds, has_video_input=query.has_video_input,
        web_search=query.web_search))


class PriceEstimator(QObject):
    """Signals: estimated(object PriceQuery, object PriceFigure) — a figure from the gateway
    (or the fallbacks) for that query arrived; show it if the query is still the current one."""

    estimated = Signal(object, object)

    def __init__(self, sources: PriceSources | None = None, charges: Charges | None = None, *,
                 debounce_ms: int = api_facts.QUOTE_DEBOUNCE_MS,
                 clock: Callable[[], float] = time.time, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sources, self._charges, self._clock = sources, charges, clock
        self._query: PriceQuery | None = None
        self._figure: PriceFigure | None = None
        self._task: asyncio.Task[None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def ask(self, query: PriceQuery) -> PriceFigure:
        """The best figure known now; a fresher one follows through `estimated`."""
        if query == self._query and self._figure is not None:
            return self._figure
        self._query = query
        s = self._sources
        self._figure = self._choose(query, s.cached_quote(query) if s else None,
                                    s.cached_rules(query) if s else None)
        if s is not None:
            self._timer.start()
        return self._figure

    async def figure(self, query: PriceQuery) -> PriceFigure:
        """Every source in order: the quote, the rules, the table; then the learned rate."""
        s = self._sources
        quote = await s.quote(query) if s else None
        rules = await s.rules(query) if s and quote is None else None
        return self._choose(query, quote, rules)

    async def close(self) -> None:
        self._timer.stop()
        if self._task is not None and not self._task.done():
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    def _choose(self, query: PriceQuery, quote: PriceFigure | None,
                rules: PriceFigure | None) -> PriceFigure:
        learned = None
        if self._charges is not None:
            learned = learned_rate(self._charges(query.model, query.quality), query)
        return choose(quote=quote, rules=rules, table=table_for(query), learned=learned,
                      now=self._clock())

    def _on_timer_timeout(self) -> None:
        if self._query is None:
            return
        if self._task is not None and not self._task.done():
            self._task.cancel()  # latest wins
        self._task = asyncio.ensure_future(self._run(self._query))
        self._task.set_name("price-estimate")

    async def _run(self, query: PriceQuery) -> None:
        try:
            figure = await self.figure(query)
        except asyncio.CancelledError:
            raise
        except Exception:  # an estimate must never take the window down
            log.exception("price estimate failed")
            return
        if query == self._query:
            self._figure = figure
            self.estimated.emit(query, figure)
