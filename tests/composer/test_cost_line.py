"""The composer's estimate line on the simulator: the quote when it answers, else the rules,
else the dated table, each named with its age."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
from pytestqt.qtbot import QtBot

from app.services.account.price_estimator import PriceEstimator
from app.services.account.price_sources import PriceSources
from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.simulator import Simulator
from app.ui.composer.panel import ComposerPanel

KEY = "sk-test-LEAKMARK-cost-line-0123456789"


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    async with Simulator({KEY}) as s:
        yield s


@pytest.fixture
async def estimator(sim: Simulator) -> AsyncIterator[PriceEstimator]:
    assert sim.base_url
    async with EvolinkClient(KEY, resolve_endpoints(sim.base_url), timeout_s=5.0) as client, \
            httpx.AsyncClient(timeout=5.0) as http:
        est = PriceEstimator(PriceSources(client, http, sim.base_url), debounce_ms=10)
        yield est
        await est.close()


async def _estimate(panel: ComposerPanel, estimator: PriceEstimator, qtbot: QtBot,
                    duration: int) -> str:
    """Change the duration and wait (on the loop, not in a nested one) for the gateway's
    figure: the line shows the table at once, then what the estimator found."""
    arrived: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def done(*_: object) -> None:
        if not arrived.done():
            arrived.set_result(None)

    estimator.estimated.connect(done)
    try:
        panel.output.duration.setValue(duration)
        await asyncio.wait_for(arrived, 10.0)
    finally:
        estimator.estimated.disconnect(done)
    return panel.cost.text()


async def test_the_line_follows_quote_then_rules_then_table(
        panel: ComposerPanel, estimator: PriceEstimator, sim: Simulator, qtbot: QtBot) -> None:
    panel.prompt.set_text("a kite")
    panel.set_estimator(estimator)
    sim.prices.quote_factor = 0.8
    text = await _estimate(panel, estimator, qtbot, 5)
    assert text.startswith("≈ 54.0 credits · quote from Evolink, just now")  # 5 x 13.5 x 0.8
    sim.faults.server_error(n=1, only="quote")
    sim.prices.fresh_s = 0  # rules that are stale at once: the next estimate asks again
    text = await _estimate(panel, estimator, qtbot, 6)
    assert text.startswith("≈ 81.0 credits · Evolink's public price rules, updated 2 h ago")
    sim.faults.server_error(n=1, only="quote")
    sim.faults.server_error(n=1, only="rules")
    text = await _estimate(panel, estimator, qtbot, 7)
    assert text.startswith("≈ 94.5 credits · price table of 2026-12-02")
