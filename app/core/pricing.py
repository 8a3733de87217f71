"""Cost arithmetic from Evolink's published per-second prices; the server's figure wins."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from app.core.capabilities import MODELS, Mode, Quality, Tier
from app.core.messages import Message, MessageId, tier_label

M = MessageId

# [doc] credits per second of output: (tier, quality, with video input) -> rate.
PRICES: Final[dict[tuple[Tier, Quality, bool], float]] = {
    (Tier.STANDARD, Quality.P480, False): 5.093,
    (Tier.STANDARD, Quality.P720, False): 11.00,
    (Tier.STANDARD, Quality.P480, True): 3.1017,
    (Tier.STANDARD, Quality.P720, True): 6.699,
    (Tier.FAST, Quality.P480, False): 4.1254,
    (Tier.FAST, Quality.P720, False): 8.91,
    (Tier.FAST, Quality.P480, True): 2.4546,
    (Tier.FAST, Quality.P720, True): 5.3015,
}
NO_FILTER_FACTOR: Final = 1.1  # [doc] content_filter: false


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


def estimate(model: str, quality: str, duration: int, *, content_filter: bool = True,
             input_video_seconds: float = 0.0, has_video_input: bool = False) -> CostEstimate:
    """The published price of one clip.

    On reference-to-video with video input the input seconds are billed too, at the lower
    with-video rate [doc: "input video duration is counted in billing"; the sum is inferred].
    """
    spec = MODELS.get(model)
    notes: list[str] = []
    if spec is None:
        return CostEstimate(None, float(duration), None,
                            (Message(M.PRICE_UNKNOWN_MODEL, "unknown model"),))
    # Only reference-to-video takes video: elsewhere input seconds are neither billed nor
    # a reason for the with-video rate.
    video_in = spec.mode is Mode.REFERENCE and (has_video_input or input_video_seconds > 0)
    billed = float(duration) + (max(0.0, input_video_seconds) if video_in else 0.0)
    try:
        q = Quality(quality)
    except ValueError:
        return CostEstimate(None, billed, None,
                            (Message(M.PRICE_UNKNOWN_QUALITY, "unknown quality"),))
    rate = PRICES.get((spec.tier, q, video_in))
    if rate is None:
        why = tier_label(Tier.MINI) if spec.tier is Tier.MINI else q.value
        return CostEstimate(None, billed, None, (Message(
            M.PRICES_NOT_PUBLISHED, "{what} prices are not published", what=why),))
    if video_in and input_video_seconds <= 0:
        notes.append(Message(M.PRICE_PLUS_INPUT_VIDEO, "plus the seconds of input video"))
    if not content_filter:
        rate *= NO_FILTER_FACTOR
        notes.append(Message(M.PRICE_FILTER_OFF, "+10% with the content filter off"))
    return CostEstimate(round(rate * billed, 2), billed, rate, tuple(notes))
