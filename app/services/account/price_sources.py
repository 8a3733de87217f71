"""The gateway's own prices: the account quote and the public pricing rules, each cached for
as long as its answer says it holds, and the account's recent charges from the store."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core import api_facts
from app.core.catalog import PricesMsg
from app.core.messages import Message
from app.core.price_choice import Charge, PriceFigure, Source
from app.core.price_rules import (
    PriceQuery,
    Rules,
    parse_quote,
    parse_rules,
    quote_body,
    rules_price,
)
from app.core.pricing import WEB_SEARCH_CREDITS
from app.services.api.config import InsecureURL, control_base_url
from app.services.api.errors import ApiError, NetworkError

if TYPE_CHECKING:  # httpx and pydantic load with the first fetch, after the panels painted
    import httpx

    from app.services.api.client import EvolinkClient
    from app.services.tasks.store import TaskStore

log = logging.getLogger(__name__)
Clock = Callable[[], float]
QUOTE_DEFAULT_TTL_S = 60.0  # a quote that names no expiry is kept this long


@dataclass
class _CachedRules:
    rules: Rules
    etag: str | None
    until: float  # local time: ask again (with If-None-Match) after it


def make_public_client() -> httpx.AsyncClient:
    """A client for public endpoints (the price rules): no key ever, redirects followed, a
    product agent."""
    import httpx

    from app.services.api.client import USER_AGENT
    from app.services.api.tls import AsyncClient

    return AsyncClient(follow_redirects=True, timeout=httpx.Timeout(30.0, connect=15.0),
                       headers={"User-Agent": USER_AGENT})


class PriceSources:
    """Fetches prices; every failure is None (the caller takes the next source), never raised.

    `client` carries the key (the quote); `http` carries none: the rules are public and may
    live on another host (EVOLINK_CONTROL_BASE)."""

    def __init__(self, client: EvolinkClient | None,
                 http: httpx.AsyncClient | Callable[[], httpx.AsyncClient] | None,
                 control_base: str, *, clock: Clock = time.time) -> None:
        self._client, self._http, self._base, self._clock = client, http, control_base, clock
        self._quotes: dict[str, tuple[PriceFigure, float]] = {}
        self._rules: dict[str, _CachedRules] = {}

    # -- the account quote --------------------------------------------------------------

    def cached_quote(self, query: PriceQuery) -> PriceFigure | None:
        hit = self._quotes.get(_key(query))
        return hit[0] if hit is not None and self._clock() < hit[1] else None

    async def quote(self, query: PriceQuery) -> PriceFigure | None:
        if (hit := self.cached_quote(query)) is not None:
            return hit
        if self._client is None:
            return None
        try:
            quote = parse_quote(await self._client.quote(quote_body(query)))
        except (ApiError, NetworkError) as exc:
            log.info("no quote for %s: %s", query.model, exc)
            return None
        if quote is None:
            log.info("the quote for %s named no credits", query.model)
            return None
        now = self._clock()
        figure = PriceFigure(quote.credits, Source.QUOTE, as_of=now,
                             billed_seconds=query.billed_seconds)
        self._quotes[_key(query)] = (figure, quote.expires_at or now + QUOTE_DEFAULT_TTL_S)
        return figure

    # -- the public rules ---------------------------------------------------------------

    def cached_rules(self, query: PriceQuery) -> PriceFigure | None:
        hit = self._rules.get(query.model)
        if hit is None or self._clock() >= hit.until:
            return None
        return _priced(hit.rules, query)

    async def rules(self, query: PriceQuery) -> PriceFigure | None:
        hit = self._rules.get(query.model)
        if hit is not None and self._clock() < hit.until:
            return _priced(hit.rules, query)
        if self._http is None:
            return None
        http = self._http() if callable(self._http) else self._http
        url = self._base + api_facts.PRICING_RULES_PATH.format(model=query.model)
        import httpx  # with the first fetch, after the composer painted

        from app.services.api.client import USER_AGENT

        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if hit is not None and hit.etag:
            headers["If-None-Match"] = hit.etag
        try:
            resp = await http.get(url, params={"view": "full"}, headers=headers,
                                        timeout=15.0)
        except httpx.HTTPError as exc:
            log.info("no pricing rules for %s: %s", query.model, type(exc).__name__)
            return None
        now = self._clock()
        if resp.status_code == 304 and hit is not None:
            hit.until = now + api_facts.RULES_MAX_CACHE_S
            return _priced(hit.rules, query)
        rules = None
        if resp.status_code == 200:
            try:
                rules = parse_rules(resp.json())
            except ValueError:
                rules = None
        if rules is None:
            log.info("no pricing rules for %s (HTTP %s)", query.model, resp.status_code)
            return None
        until = now + api_facts.RULES_MAX_CACHE_S
        if rules.fresh_until is not None:
            until = min(until, rules.fresh_until)
        self._rules[query.model] = _CachedRules(rules, resp.headers.get("ETag"), until)
        return _priced(rules, query)


def _key(query: PriceQuery) -> str:
    return json.dumps(quote_body(query), sort_keys=True)


def _priced(rules: Rules, query: PriceQuery) -> PriceFigure | None:
    price = rules_price(rules, query)
    if price is None:
        return None
    notes: tuple[str, ...] = ()
    if query.web_search:
        notes = (Message(PricesMsg.PRICE_WEB_SEARCH,
                         credits=f"{price.per_search or WEB_SEARCH_CREDITS:g}"),)
    return PriceFigure(price.credits, Source.RULES, as_of=rules.updated_at, notes=notes,
                       billed_seconds=query.billed_seconds)


def control_base_for(client: EvolinkClient) -> str:
    """Where the public pricing rules are asked: EVOLINK_CONTROL_BASE, else the API host."""
    try:
        return control_base_url(client.endpoints)
    except InsecureURL as exc:  # a bad EVOLINK_CONTROL_BASE: the rules come from the API host
        log.warning("EVOLINK_CONTROL_BASE ignored: %s", exc)
        return client.endpoints.base_url


def charges(store: TaskStore, model: str, quality: str) -> list[Charge]:
    """The account's recent charges for one model and quality, as the store kept them."""
    out = []
    for r in store.charges(model, quality):
        credits = next((v for v in (r.credits_charged, r.credits_used, r.credits_reserved)
                        if v is not None and v > 0), None)
        if credits is None:
            continue
        out.append(Charge(r.request.model, r.request.quality, r.request.duration,
                          r.input_video_seconds or 0.0, credits,
                          r.completed_at or r.created_at, r.request.content_filter))
    return out
