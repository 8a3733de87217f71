"""What a take set costs: each request priced from the dated table, and the total."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.price_rules import PriceQuery
from app.core.pricing import CostEstimate, estimate
from app.core.problems import Problem
from app.core.takes import TakePlan

if TYPE_CHECKING:  # a GenerationRequest, or the composer's RequestDraft
    from app.core.request_draft import RequestFields


def take_cost(request: RequestFields, input_video_seconds: float = 0.0) -> CostEstimate:
    query = PriceQuery.of(request, input_video_seconds)
    return estimate(query.model, query.quality, query.duration,
                    content_filter=query.content_filter,
                    input_video_seconds=query.input_video_seconds,
                    has_video_input=query.has_video_input, web_search=query.web_search)


def set_total(requests: Sequence[RequestFields],
              input_video_seconds: float = 0.0) -> float | None:
    """The credits of the whole set; None when any member has no published price."""
    total = 0.0
    for request in requests:
        credits = take_cost(request, input_video_seconds).credits
        if credits is None:
            return None
        total += credits
    return round(total, 2)


@dataclass(frozen=True)
class TakeLine:
    """One line of the composer's list of a set: what sets the take apart, its price, and
    why it will not be sent (empty: it will)."""

    index: int
    label: str
    credits: float | None
    refused: tuple[Problem, ...] = ()


def take_lines(plan: TakePlan[Any], input_video_seconds: float = 0.0) -> list[TakeLine]:
    """Every take of the plan in order, the dropped ones with their reasons."""
    takes = sorted((*plan.takes, *plan.dropped), key=lambda t: t.index)
    return [TakeLine(t.index, t.label, take_cost(t.request, input_video_seconds).credits,
                     t.problems) for t in takes]
