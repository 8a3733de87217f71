"""The simulator's prices: its own configurable table, published as pricing rules and quoted.

The table is the simulator's, not Evolink's: by default the latest published rates plus rates
of its own for Mini and 1080p, which it charges but, like Evolink, does not publish (their
rules say `pricing_status: unavailable` and a quote is refused). Tests change it at will.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from app.core.capabilities import MODELS, Quality, Tier
from app.core.models import GenerationRequest
from app.core.price_rules import INPUT_VIDEO_SECONDS, OUTPUT_SECONDS, WEB_SEARCHES
from app.core.pricing import NO_FILTER_FACTOR, PRICES, WEB_SEARCH_CREDITS, billed_seconds

CREDITS_PER_USD: Final = 68.0  # [doc] "68 credits ≈ 1 USD"
UNPUBLISHED: Final[dict[tuple[Tier, Quality, bool], float]] = {
    # The simulator's own stand-ins. Mini 480p: one real 4 s task cost 10.23 credits [seen].
    (Tier.MINI, Quality.P480, False): 2.5575,
    (Tier.MINI, Quality.P720, False): 5.6,
    (Tier.MINI, Quality.P480, True): 1.6,
    (Tier.MINI, Quality.P720, True): 3.4,
    (Tier.STANDARD, Quality.P1080, False): 30.0,
    (Tier.STANDARD, Quality.P1080, True): 18.0,
}


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=UTC).isoformat(timespec="seconds")


@dataclass
class SimPrices:
    """What the simulated gateway charges, publishes and quotes; safe to change in a test."""

    rates: dict[tuple[Tier, Quality, bool], float] = field(
        default_factory=lambda: {**PRICES, **UNPUBLISHED})
    unpublished: set[tuple[Tier, Quality]] = field(default_factory=lambda: {
        (Tier.MINI, Quality.P480), (Tier.MINI, Quality.P720), (Tier.STANDARD, Quality.P1080)})
    quote_factor: float = 1.0  # this account's own price against the public one
    updated_at: float = field(default_factory=lambda: time.time() - 7200)
    fresh_s: float = 300.0
    version: str = "sim-2026-12-02"

    def rate(self, model: str, quality: str, video_in: bool) -> float | None:
        spec = MODELS.get(model)
        if spec is None or quality not in {q.value for q in Quality}:
            return None
        return self.rates.get((spec.tier, Quality(quality), video_in))

    def published(self, model: str, quality: str) -> bool:
        spec = MODELS.get(model)
        return spec is not None and (spec.tier, Quality(quality)) not in self.unpublished

    def charge(self, req: GenerationRequest, input_video_seconds: float = 0.0) -> float:
        """Credits a create reserves: billable seconds at the table's rate.

        Input videos are not probed here: their billable input is the output seconds, the
        least the documented rule max(input, output) gives."""
        video_in = bool(req.video_urls) and MODELS[req.model].videos.allowed
        rate = self.rate(req.model, req.quality, video_in) or 0.0
        if not req.content_filter:
            rate *= NO_FILTER_FACTOR
        return round(rate * billed_seconds(req.duration, input_video_seconds, video_in), 2)

    def quote(self, model: str, params: dict[str, Any]) -> float | None:
        quality = str(params.get("quality", "720p"))
        if not self.published(model, quality):
            return None
        try:
            duration = int(params.get("duration", 5))
            seconds_in = float(params.get("input_video_seconds") or 0.0)
        except (TypeError, ValueError):
            return None
        video_in = bool(params.get("has_video_input")) or seconds_in > 0
        rate = self.rate(model, quality, video_in)
        if rate is None:
            return None
        if params.get("content_filter") is False:
            rate *= NO_FILTER_FACTOR
        return round(rate * billed_seconds(duration, seconds_in, video_in) * self.quote_factor,
                     2)

    def rules(self, model: str) -> dict[str, Any]:
        """GET …/pricing-rules?view=full, in the [seen] shape."""
        spec = MODELS.get(model)
        now = time.time()
        components: list[dict[str, Any]] = []
        available = spec is not None and any(
            (spec.tier, q) not in self.unpublished for q in spec.qualities)
        for quality in spec.qualities if spec else ():
            assert spec is not None
            if (spec.tier, quality) in self.unpublished:
                continue
            for video_in in ((False, True) if spec.videos.allowed else (False,)):
                rate = self.rates.get((spec.tier, quality, video_in))
                if rate is None:
                    continue
                cond = {"quality": quality.value, "has_video_input": video_in}
                dims = (OUTPUT_SECONDS, INPUT_VIDEO_SECONDS) if video_in else (OUTPUT_SECONDS,)
                components.extend(_component(f"{quality.value}-{'v' if video_in else 'n'}-{d}",
                                             d, rate, cond) for d in dims)
        if spec is not None and spec.model_params:
            components.append(_component("web-search", WEB_SEARCHES, WEB_SEARCH_CREDITS,
                                         {"web_search": True}, tiers=False))
        return {
            "meta": {"schema_version": "2", "pricing_version": self.version,
                     "updated_at": iso(self.updated_at),
                     "fresh_until": iso(now + self.fresh_s), "currency": "USD",
                     "exchange_rate_version": "pricing-fx/v1:USD-CNY=6.8"},
            "model": {"model_id": model, "operation": "video_generation", "modality": "video",
                      "lifecycle": "ga",
                      "pricing_status": "available" if available else "unavailable",
                      "settlement_basis": "request_then_actual", "components": components,
                      "parameters": [{"name": "quality", "type": "string",
                                      "enum": [q.value for q in spec.qualities] if spec else []},
                                     {"name": "duration", "type": "integer", "minimum": 4,
                                      "maximum": 15, "default": 5}]},
        }


def amounts(credits: float) -> dict[str, str]:
    """Money as decimal strings in four units that agree [seen]."""
    usd = credits / CREDITS_PER_USD
    return {"uc": f"{credits * 1000:.0f}", "credits": f"{credits:.4f}", "cny": f"{usd * 6.8:.4f}",
            "usd": f"{usd:.4f}"}


def _component(cid: str, dimension: str, rate: float, cond: dict[str, Any], *,
               tiers: bool = True) -> dict[str, Any]:
    return {"id": cid, "role": "usage", "dimension": dimension,
            "unit": "call" if dimension == WEB_SEARCHES else "second", "rate": amounts(rate),
            "minimum_charge": None, "billing_rule": "per_unit", "effective_at": None,
            "condition": cond, "quantity_rule": dimension,
            "tiers": [{"multiplier": f"{NO_FILTER_FACTOR}", "when": {"content_filter": False}}]
            if tiers else []}


def billing(credits: float, status: str, finished_at: float | None) -> tuple[dict[str, Any],
                                                                           dict[str, Any]]:
    """(usage fields, billing) of a task [seen]: reserved while it runs, charged when it
    completes, refunded when it fails or is cancelled. Status words are [inferred]."""
    if status == "completed":
        return ({"credits_used": credits, "cost": {"credits": credits,
                                                   "usd": round(credits / CREDITS_PER_USD, 4)}},
                {"charge_status": "charged", "refund_status": "none",
                 "reserved_credits": credits, "charged_credits": credits,
                 "refunded_credits": 0, "refunded_at": None})
    if status in ("failed", "cancelled"):
        return ({"credits_used": 0, "cost": {"credits": 0, "usd": 0}},
                {"charge_status": "refunded", "refund_status": "refunded",
                 "reserved_credits": credits, "charged_credits": 0, "refunded_credits": credits,
                 "refunded_at": iso(finished_at or time.time())})
    return ({}, {"charge_status": "reserved", "refund_status": "none",
                 "reserved_credits": credits, "charged_credits": 0, "refunded_credits": 0,
                 "refunded_at": None})


