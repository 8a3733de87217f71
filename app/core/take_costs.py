"""What a take set costs: each request priced from the dated table, and the total."""

from __future__ import annotations

from collections.abc import Sequence

from app.core.models import GenerationRequest
from app.core.price_rules import PriceQuery
from app.core.pricing import CostEstimate, estimate


def take_cost(request: GenerationRequest, input_video_seconds: float = 0.0) -> CostEstimate:
    query = PriceQuery.of(request, input_video_seconds)
    return estimate(query.model, query.quality, query.duration,
                    content_filter=query.content_filter,
                    input_video_seconds=query.input_video_seconds,
                    has_video_input=query.has_video_input, web_search=query.web_search)


def set_total(requests: Sequence[GenerationRequest],
              input_video_seconds: float = 0.0) -> float | None:
    """The credits of the whole set; None when any member has no published price."""
    total = 0.0
    for request in requests:
        credits = take_cost(request, input_video_seconds).credits
        if credits is None:
            return None
        total += credits
    return round(total, 2)
