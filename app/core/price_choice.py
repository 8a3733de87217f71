"""Which price the composer shows: the account quote, the public rules, the dated table or
the account's own recent charges, always with where the figure came from and how old it is."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from app.core.capabilities import MODELS
from app.core.catalog import PricesMsg
from app.core.messages import Message, tier_label
from app.core.price_rules import PriceQuery
from app.core.pricing import NO_FILTER_FACTOR, PRICE_TABLE_DATE, CostEstimate, billed_seconds

LEARNED_DIFFERS: Final = 0.05  # recent charges more than 5 % off a public source win
LEARNED_LAST: Final = 5  # how many recent clips make a learned rate


class Source(StrEnum):
    QUOTE = "quote"  # POST /v1/agent-estimates for this exact request
    RULES = "rules"  # GET /v1/catalog/models/{model}/pricing-rules
    TABLE = "table"  # app/core/pricing.py, of PRICE_TABLE_DATE
    LEARNED = "learned"  # the account's recent charges for this model and quality
    NONE = "none"  # nothing prices it


@dataclass(frozen=True)
class PriceFigure:
    credits: float | None
    source: Source
    as_of: float | None = None  # unix seconds: quote received, rules updated, newest charge
    clips: int = 0  # LEARNED: how many charges the rate comes from
    notes: tuple[str, ...] = ()
    rate: float | None = None  # credits per billed second, where one applies
    billed_seconds: float | None = None
    model: str = ""  # LEARNED: what the charges were for
    quality: str = ""


@dataclass(frozen=True)
class Charge:
    """What one finished task of this account cost, with what its price depends on."""

    model: str
    quality: str
    duration: int
    input_video_seconds: float
    credits: float
    at: float  # unix seconds
    content_filter: bool = True


def learned_rate(charges: Sequence[Charge], query: PriceQuery) -> PriceFigure | None:
    """The query priced at the mean per-second rate of the last charges of its model and
    quality (content filter surcharge taken out, then put back as the query asks)."""
    same = sorted((c for c in charges if c.model == query.model and c.quality == query.quality
                   and c.credits > 0 and c.duration > 0), key=lambda c: c.at, reverse=True)
    same = same[:LEARNED_LAST]
    if not same:
        return None
    rates = []
    for c in same:
        video = c.input_video_seconds > 0
        seconds = billed_seconds(c.duration, c.input_video_seconds, video)
        rates.append(c.credits / seconds / (1.0 if c.content_filter else NO_FILTER_FACTOR))
    rate = sum(rates) / len(rates) * (1.0 if query.content_filter else NO_FILTER_FACTOR)
    billed = query.billed_seconds
    return PriceFigure(round(rate * billed, 2), Source.LEARNED, as_of=same[0].at,
                       clips=len(same), rate=rate, billed_seconds=billed, model=query.model,
                       quality=query.quality)


def table_figure(est: CostEstimate) -> PriceFigure:
    if est.credits is None:
        return PriceFigure(None, Source.NONE, notes=est.notes)
    return PriceFigure(est.credits, Source.TABLE, notes=est.notes, rate=est.rate,
                       billed_seconds=est.billed_seconds)


def choose(*, quote: PriceFigure | None, rules: PriceFigure | None, table: PriceFigure,
           learned: PriceFigure | None, now: float) -> PriceFigure:
    """The quote when the gateway gave one (it is this account's price for this request);
    else the rules, else the table; the account's own recent charges replace a public figure
    that is missing or more than 5 % off them, keeping the public figure as a note."""
    if quote is not None and quote.credits is not None:
        return quote
    public = rules if rules is not None and rules.credits is not None else table
    if learned is None or learned.credits is None:
        return public
    if public.credits is None:
        return learned
    if abs(learned.credits - public.credits) <= LEARNED_DIFFERS * public.credits:
        return public
    said = Message(PricesMsg.PRICE_SOURCE_SAYS,
                   source=source_label(public, now), credits=f"{public.credits:,.1f}")
    return dataclasses.replace(learned, notes=(said, *public.notes))


def age(seconds: float) -> Message:
    seconds = max(0.0, seconds)
    if seconds < 60:
        return Message(PricesMsg.AGE_JUST_NOW)
    if seconds < 3600:
        return Message(PricesMsg.AGE_MINUTES, n=int(seconds // 60))
    if seconds < 86400:
        return Message(PricesMsg.AGE_HOURS, n=int(seconds // 3600))
    return Message(PricesMsg.AGE_DAYS, n=int(seconds // 86400))


def source_label(figure: PriceFigure, now: float) -> Message | None:
    """Where the figure came from and how old it is ("quote from Evolink, just now")."""
    when = age(now - figure.as_of) if figure.as_of is not None else None
    if figure.source is Source.QUOTE:
        return Message(PricesMsg.PRICE_SOURCE_QUOTE, age=when or age(0))
    if figure.source is Source.RULES:
        if when is None:  # rules that give no date: say so rather than invent one
            return Message(PricesMsg.PRICE_SOURCE_RULES, age="?")
        return Message(PricesMsg.PRICE_SOURCE_RULES, age=when)
    if figure.source is Source.TABLE:
        return Message(PricesMsg.PRICE_SOURCE_TABLE, date=PRICE_TABLE_DATE)
    if figure.source is Source.LEARNED:
        spec = MODELS.get(figure.model)
        what = tier_label(spec.tier) if spec else figure.model
        n = figure.clips
        return Message(PricesMsg.PRICE_SOURCE_LEARNED, n=n, model=what, quality=figure.quality)
    return None
