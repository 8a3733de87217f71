"""Evolink's machine-readable prices: the public pricing rules and the account quote (pure).

The shapes are [seen] in Evolink's newer client (api-notes "Prices and models from the gateway
itself"); how a component's `dimension`, `condition` and `tiers` combine is our reading
[inferred], kept here only. Anything this reading does not understand prices as None, so the
caller falls back to the next source instead of showing a wrong figure.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Final

from app.core.pricing import billed_seconds, takes_video, web_search_on

if TYPE_CHECKING:  # a GenerationRequest or a RequestDraft
    from app.core.request_draft import RequestFields

QUOTE_OPERATION: Final = "video_generation"  # [inferred] the operation name of a video create
OUTPUT_SECONDS: Final = "output_seconds"  # [inferred] dimension names
INPUT_VIDEO_SECONDS: Final = "input_video_seconds"
WEB_SEARCHES: Final = "web_search_calls"


@dataclass(frozen=True)
class PriceQuery:
    """What a price depends on, for one request (input seconds probed from the local files)."""

    model: str
    quality: str
    duration: int
    content_filter: bool = True
    has_video_input: bool = False
    input_video_seconds: float = 0.0
    web_search: bool = False

    @classmethod
    def of(cls, request: RequestFields, input_video_seconds: float = 0.0) -> PriceQuery:
        video = takes_video(request.model, has_video_input=bool(request.video_urls),
                            input_video_seconds=input_video_seconds)
        return cls(request.model, request.quality, request.duration, request.content_filter,
                   video, input_video_seconds if video else 0.0,
                   web_search_on(request.model, request.model_params))

    @property
    def billed_seconds(self) -> float:
        return billed_seconds(self.duration, self.input_video_seconds, self.has_video_input)

    def parameters(self) -> dict[str, Any]:
        """The declared pricing parameters, as a quote request and a rule condition see them."""
        out: dict[str, Any] = {"duration": self.duration, "quality": self.quality,
                               "content_filter": self.content_filter,
                               "has_video_input": self.has_video_input,
                               "web_search": self.web_search}
        if self.has_video_input and self.input_video_seconds > 0:
            out["input_video_seconds"] = round(self.input_video_seconds, 3)
        return out


def quote_body(query: PriceQuery) -> dict[str, Any]:
    """The body of POST /v1/agent-estimates for this request."""
    return {"model_id": query.model, "operation": QUOTE_OPERATION,
            "parameters": query.parameters(), "expected_usage": {}}


def money(value: object) -> float | None:
    """A decimal string (or a number) as credits; None for anything else."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        d = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    f = float(d)
    return f if math.isfinite(f) and f >= 0 else None


def timestamp(value: object) -> float | None:
    """Unix seconds (or ms) or an ISO 8601 time as unix seconds."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) / (1000.0 if value > 1e11 else 1.0)
    if isinstance(value, str) and value.strip():
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).timestamp()
        except ValueError:
            return money(value)
    return None


@dataclass(frozen=True)
class Quote:
    credits: float
    expires_at: float | None
    estimate_id: str | None = None


def parse_quote(data: object) -> Quote | None:
    """`amounts.credits` of an account quote (else `amount` when the currency is credits)."""
    if not isinstance(data, dict):
        return None
    amounts = data.get("amounts")
    credits = money(amounts.get("credits")) if isinstance(amounts, dict) else None
    if credits is None and str(data.get("currency", "")).lower() == "credits":
        credits = money(data.get("amount"))
    if credits is None:
        return None
    eid = data.get("estimate_id")
    return Quote(credits, timestamp(data.get("expires_at")), eid if isinstance(eid, str) else None)


@dataclass(frozen=True)
class Component:
    dimension: str
    credits: float  # per unit
    condition: dict[str, Any] = field(default_factory=dict)
    multipliers: tuple[tuple[float, dict[str, Any]], ...] = ()
    minimum_charge: float | None = None


@dataclass(frozen=True)
class Rules:
    model: str
    available: bool
    components: tuple[Component, ...]
    updated_at: float | None
    fresh_until: float | None
    version: str | None = None


def _matches(when: object, params: dict[str, Any]) -> bool:
    if when is None or when == {}:
        return True
    if not isinstance(when, dict):
        return False  # a condition we cannot read: the component is not ours to apply
    for key, want in when.items():
        if key not in params:
            return False
        have = params[key]
        if isinstance(want, list):
            if have not in want:
                return False
        elif have != want:
            return False
    return True


def _component(raw: dict[str, Any]) -> Component | None:
    rate = raw.get("rate")
    credits = money(rate.get("credits")) if isinstance(rate, dict) else None
    dimension = raw.get("dimension")
    if credits is None or not isinstance(dimension, str):
        return None
    tiers: list[tuple[float, dict[str, Any]]] = []
    for tier in raw.get("tiers") or []:
        if isinstance(tier, dict) and money(tier.get("multiplier")) is not None:
            when = tier.get("when")
            tiers.append((money(tier.get("multiplier")) or 1.0,
                          when if isinstance(when, dict) else {"?": object()}))
    minimum = raw.get("minimum_charge")
    minimum = minimum.get("credits") if isinstance(minimum, dict) else minimum
    cond = raw.get("condition")
    return Component(dimension, credits, cond if isinstance(cond, dict) else {"?": object()},
                     tuple(tiers), money(minimum))


def parse_rules(data: object) -> Rules | None:
    if not isinstance(data, dict) or not isinstance(data.get("model"), dict):
        return None
    meta: dict[str, Any] = data["meta"] if isinstance(data.get("meta"), dict) else {}
    model: dict[str, Any] = data["model"]
    comps = [c for raw in model.get("components") or [] if isinstance(raw, dict)
             for c in [_component(raw)] if c is not None]
    version = meta.get("pricing_version")
    return Rules(model=str(model.get("model_id") or ""),
                 available=model.get("pricing_status") == "available",
                 components=tuple(comps), updated_at=timestamp(meta.get("updated_at")),
                 fresh_until=timestamp(meta.get("fresh_until")),
                 version=version if isinstance(version, str) else None)


@dataclass(frozen=True)
class RulesPrice:
    credits: float
    per_search: float | None = None  # web search: billed per search made


def rules_price(rules: Rules, query: PriceQuery) -> RulesPrice | None:
    """The rules' price for the query; None when they do not price it (or we cannot tell)."""
    if not rules.available or rules.model != query.model:
        return None
    params = query.parameters()
    total, per_search, priced_output = 0.0, None, False
    for comp in rules.components:
        if not _matches(comp.condition, params):
            continue
        if comp.dimension == OUTPUT_SECONDS:
            qty, priced_output = float(query.duration), True
        elif comp.dimension == INPUT_VIDEO_SECONDS:
            qty = query.billed_seconds - query.duration
        elif comp.dimension == WEB_SEARCHES:
            per_search = (per_search or 0.0) + comp.credits
            continue
        else:
            return None  # a dimension we do not know: no guess
        amount = comp.credits * qty
        for factor, when in comp.multipliers:
            if _matches(when, params):
                amount *= factor
        total += max(amount, comp.minimum_charge or 0.0)
    if not priced_output:
        return None
    return RulesPrice(round(total, 2), per_search)
