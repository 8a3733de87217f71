"""Acceptance: the estimate follows the simulator's quote, then its rules, then the dated
table, and learns from the account's own charges what none of them prices."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from app.core.capabilities import Quality, Tier
from app.core.models import GenerationRequest
from app.core.price_choice import Source, source_label
from app.core.price_rules import PriceQuery
from app.core.states import TaskState
from app.services.account.price_estimator import PriceEstimator
from app.services.account.price_sources import PriceSources, charges
from app.services.api.client import EvolinkClient
from app.services.api.config import control_base_url, resolve_endpoints
from app.services.tasks import generation
from app.services.tasks.store import TaskStore
from app.simulator import Simulator

T2V = "seedance-2.0-text-to-video"
MINI = "seedance-2.0-mini-text-to-video"
Q = PriceQuery(T2V, "720p", 5)


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=10) as c:  # keyless, as the public rules want
        yield c


def sources(sim: Simulator, client: EvolinkClient, http: httpx.AsyncClient,
            clock: list[float] | None = None) -> PriceSources:
    assert sim.base_url
    now = clock or []
    return PriceSources(client, http, sim.base_url,
                        **({"clock": lambda: now[0]} if clock else {}))


async def test_estimate_is_the_quote_when_the_gateway_answers(
        sim: Simulator, client: EvolinkClient, http: httpx.AsyncClient) -> None:
    sim.prices.quote_factor = 0.9  # this account pays less than the public rate
    est = PriceEstimator(sources(sim, client, http))
    fig = await est.figure(Q)
    assert fig.source is Source.QUOTE
    assert fig.credits == pytest.approx(5 * 13.5 * 0.9, abs=0.01)
    label = source_label(fig, now=fig.as_of or 0)
    assert label == "quote from Evolink, just now"
    # cached until it expires: a second ask sends nothing
    before = len([r for r in sim.requests if r.group == "quote"])
    assert (await est.figure(Q)).credits == fig.credits
    assert len([r for r in sim.requests if r.group == "quote"]) == before


async def test_estimate_falls_back_to_the_rules_when_quotes_fail(
        sim: Simulator, client: EvolinkClient, http: httpx.AsyncClient) -> None:
    # the simulator's own rate, not our table's 13.50: the figure must come from its rules
    sim.prices.rates[(Tier.STANDARD, Quality.P720, False)] = 14.0
    sim.faults.server_error(n=1, status=503, only="quote")
    fig = await PriceEstimator(sources(sim, client, http)).figure(Q)
    assert fig.source is Source.RULES
    assert fig.credits == pytest.approx(5 * 14.0)
    assert fig.as_of is not None
    label = source_label(fig, now=fig.as_of + 7200)
    assert label == "Evolink's public price rules, updated 2 h ago"


async def test_estimate_falls_back_to_the_table_when_both_fail(
        sim: Simulator, client: EvolinkClient, http: httpx.AsyncClient) -> None:
    sim.faults.server_error(n=1, status=503, only="quote")
    sim.faults.server_error(n=1, status=502, only="rules")
    fig = await PriceEstimator(sources(sim, client, http)).figure(Q)
    assert fig.source is Source.TABLE
    assert fig.credits == pytest.approx(67.5)
    assert source_label(fig, now=0) == "price table of 2026-12-02"


async def test_rules_are_revalidated_with_if_none_match_after_a_minute(
        sim: Simulator, client: EvolinkClient, http: httpx.AsyncClient) -> None:
    clock = [1000.0]
    sim.faults.server_error(n=3, status=503, only="quote")
    src = sources(sim, client, http, clock)
    assert (await src.rules(Q)) is not None
    assert (await src.rules(Q)) is not None  # cached: no request
    rules_requests = [r for r in sim.requests if r.group == "rules"]
    assert len(rules_requests) == 1
    clock[0] += 61
    assert (await src.rules(Q)) is not None  # asked again: 304 Not Modified
    assert [r.status for r in sim.requests if r.group == "rules"] == [200, 304]


async def test_control_base_override(monkeypatch: pytest.MonkeyPatch) -> None:
    ends = resolve_endpoints("http://127.0.0.1:9")
    assert control_base_url(ends, {}) == "http://127.0.0.1:9"
    assert control_base_url(ends, {"EVOLINK_CONTROL_BASE": "https://ctl.example/"}) \
        == "https://ctl.example"


async def test_learned_rate_prices_mini_from_the_first_clip(
        sim: Simulator, client: EvolinkClient, http: httpx.AsyncClient, tmp_path: Path) -> None:
    store = TaskStore(tmp_path / "tasks.db")
    est = PriceEstimator(sources(sim, client, http),
                         charges=lambda m, q: charges(store, m, q))
    query = PriceQuery(MINI, "480p", 4)
    first = await est.figure(query)
    assert first.credits is None and first.source is Source.NONE  # nobody publishes Mini
    rec = await generation.submit(client, store, GenerationRequest(
        model=MINI, prompt="a fox", duration=4, quality="480p"), source="cli")
    assert rec.task_id
    for _ in range(200):
        rec = store.apply_poll(rec.local_id, await client.get(rec.task_id))
        if rec.state is TaskState.COMPLETED:
            break
        await asyncio.sleep(0.05)
    assert rec.credits_charged == pytest.approx(10.23)  # the simulator's own Mini rate
    second = await est.figure(PriceQuery(MINI, "480p", 8))
    assert second.source is Source.LEARNED
    assert second.credits == pytest.approx(20.46)  # 10.23 for 4 s -> 8 s
    assert source_label(second, now=0) == "from your last Mini 480p clip"
    store.close()
