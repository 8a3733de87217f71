"""The dated price table: Evolink's latest published per-second prices and billing rules.

A table is an estimate of a given date; the gateway's quote, its public rules and the server's
`credits_reserved` / `credits_used` on each task are the truth (see price_choice.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from app.core.capabilities import MODELS, Mode, Quality, Tier
from app.core.catalog import PricesMsg
from app.core.messages import Message, tier_label

# [doc] api-notes "Prices: latest published": the edition the table below copies.
PRICE_TABLE_DATE: Final = "2026-12-02"
# [doc] credits per second: (tier, quality, with video input) -> rate. 1080p and Mini: none.
PRICES: Final[dict[tuple[Tier, Quality, bool], float]] = {
    (Tier.STANDARD, Quality.P480, False): 6.251,
    (Tier.STANDARD, Quality.P720, False): 13.50,
    (Tier.STANDARD, Quality.P480, True): 3.807,
    (Tier.STANDARD, Quality.P720, True): 8.222,
    (Tier.FAST, Quality.P480, False): 5.063,
    (Tier.FAST, Quality.P720, False): 10.935,
    (Tier.FAST, Quality.P480, True): 3.012,
    (Tier.FAST, Quality.P720, True): 6.506,
}
# [doc, older edition of the pricing page] content_filter: false costs 1.1x; the newest
# edition does not restate it and does not withdraw it, so the table keeps it.
NO_FILTER_FACTOR: Final = 1.1
# [doc] model_params.web_search on text-to-video standard/fast: per search actually made, so
# an estimate can only add "+0.04 per search".
WEB_SEARCH_CREDITS: Final = 0.04


@dataclass(frozen=True)
class CostEstimate:
    credits: float | None  # None: no published price
    billed_seconds: float
    rate: float | None
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def text(self) -> str:
        if self.credits is None:
            return "price not published"
        return f"≈ {self.credits:,.1f} credits"


def takes_video(model: str, *, has_video_input: bool, input_video_seconds: float) -> bool:
    """Only reference-to-video takes video: elsewhere input seconds are neither billed nor a
    reason for the with-video rate."""
    spec = MODELS.get(model)
    return (spec is not None and spec.mode is Mode.REFERENCE
            and (has_video_input or input_video_seconds > 0))


def billed_seconds(duration: float, input_video_seconds: float, video_in: bool) -> float:
    """[doc] with video input: billable input = max(input video seconds, output seconds), and
    the bill is (billable input + output seconds) at the with-video rate."""
    if not video_in:
        return float(duration)
    return max(max(0.0, input_video_seconds), float(duration)) + float(duration)


def web_search_on(model: str, model_params: dict[str, object] | None) -> bool:
    spec = MODELS.get(model)
    return bool(spec is not None and spec.model_params and model_params
                and model_params.get("web_search"))


def estimate(model: str, quality: str, duration: int, *, content_filter: bool = True,
             input_video_seconds: float = 0.0, has_video_input: bool = False,
             web_search: bool = False) -> CostEstimate:
    """The price of one clip from the dated table."""
    spec = MODELS.get(model)
    notes: list[str] = []
    if spec is None:
        return CostEstimate(None, float(duration), None,
                            (Message(PricesMsg.PRICE_UNKNOWN_MODEL),))
    video_in = takes_video(model, has_video_input=has_video_input,
                           input_video_seconds=input_video_seconds)
    billed = billed_seconds(duration, input_video_seconds, video_in)
    try:
        q = Quality(quality)
    except ValueError:
        return CostEstimate(None, billed, None,
                            (Message(PricesMsg.PRICE_UNKNOWN_QUALITY),))
    rate = PRICES.get((spec.tier, q, video_in))
    if rate is None:
        why = tier_label(Tier.MINI) if spec.tier is Tier.MINI else q.value
        return CostEstimate(
            None, billed, None, (Message(PricesMsg.PRICES_NOT_PUBLISHED, what=why),)
        )
    if video_in and input_video_seconds <= 0:
        notes.append(Message(PricesMsg.PRICE_PLUS_INPUT_VIDEO))
    if not content_filter:
        rate *= NO_FILTER_FACTOR
        notes.append(Message(PricesMsg.PRICE_FILTER_OFF))
    if web_search:
        notes.append(Message(PricesMsg.PRICE_WEB_SEARCH, credits=f"{WEB_SEARCH_CREDITS:g}"))
    return CostEstimate(round(rate * billed, 2), billed, rate, tuple(notes))
