"""The gateway's price rules and quote as parsed, and which figure the estimate shows."""

from __future__ import annotations

import pytest

from app.core.charges import ChargeTrail
from app.core.models import parse_task
from app.core.price_choice import (
    Charge,
    PriceFigure,
    Source,
    choose,
    learned_rate,
    source_label,
    table_figure,
)
from app.core.price_rules import PriceQuery, parse_quote, parse_rules, rules_price
from app.core.pricing import estimate

R2V = "seedance-2.0-reference-to-video"
T2V = "seedance-2.0-text-to-video"
MINI = "seedance-2.0-mini-text-to-video"


def _rules(status: str = "available", dimension: str = "output_seconds") -> dict[str, object]:
    def comp(dim: str, credits: str, video: bool) -> dict[str, object]:
        return {"id": dim, "dimension": dim, "unit": "second",
                "rate": {"uc": "1", "credits": credits, "cny": "1", "usd": "1"},
                "condition": {"quality": "720p", "has_video_input": video},
                "tiers": [{"multiplier": "1.1", "when": {"content_filter": False}}]}
    return {"meta": {"updated_at": "2026-12-02T10:00:00Z", "fresh_until": 1_800_000_000},
            "model": {"model_id": R2V, "pricing_status": status, "components": [
                comp(dimension, "13.5", False), comp("output_seconds", "8.222", True),
                comp("input_video_seconds", "8.222", True)]}}


def test_rules_price_both_sides_of_the_input_rule() -> None:
    rules = parse_rules(_rules())
    assert rules is not None and rules.updated_at is not None
    short = rules_price(rules, PriceQuery(R2V, "720p", 10, has_video_input=True,
                                          input_video_seconds=5))
    long = rules_price(rules, PriceQuery(R2V, "720p", 10, has_video_input=True,
                                         input_video_seconds=12))
    assert short is not None and short.credits == pytest.approx(20 * 8.222, abs=0.01)
    assert long is not None and long.credits == pytest.approx(22 * 8.222, abs=0.01)
    plain = rules_price(rules, PriceQuery(R2V, "720p", 10))
    assert plain is not None and plain.credits == pytest.approx(135.0)


def test_rules_multiplier_applies_only_when_its_condition_holds() -> None:
    rules = parse_rules(_rules())
    assert rules is not None
    on = rules_price(rules, PriceQuery(R2V, "720p", 10))
    off = rules_price(rules, PriceQuery(R2V, "720p", 10, content_filter=False))
    assert on is not None and off is not None
    assert off.credits == pytest.approx(on.credits * 1.1)


def test_rules_that_do_not_price_give_none() -> None:
    unavailable = parse_rules(_rules(status="unavailable"))
    assert unavailable is not None
    assert rules_price(unavailable, PriceQuery(R2V, "720p", 5)) is None
    unknown = parse_rules(_rules(dimension="output_tokens"))  # a dimension we cannot read
    assert unknown is not None
    assert rules_price(unknown, PriceQuery(R2V, "720p", 5)) is None
    rules = parse_rules(_rules())
    assert rules is not None
    assert rules_price(rules, PriceQuery(R2V, "480p", 5)) is None  # no 480p component
    assert rules_price(rules, PriceQuery(T2V, "720p", 5)) is None  # another model's rules
    assert parse_rules({"meta": {}}) is None


def test_quote_reads_credits_as_a_decimal_string() -> None:
    q = parse_quote({"amounts": {"uc": "67500", "credits": "67.5000", "cny": "6.75",
                                 "usd": "0.99"}, "expires_at": "2026-12-02T10:05:00Z"})
    assert q is not None and q.credits == 67.5 and q.expires_at is not None
    assert parse_quote({"amount": "0.99", "currency": "USD"}) is None  # never dollars
    assert parse_quote({"amounts": {"credits": "abc"}}) is None


def _charge(credits: float, at: float, duration: int = 4, **kw: object) -> Charge:
    return Charge(MINI, "480p", duration, 0.0, credits, at, **kw)  # type: ignore[arg-type]


def test_learned_rate_from_the_last_clips_of_the_same_model_and_quality() -> None:
    charges = [_charge(10.23, 1.0), _charge(20.46, 2.0, duration=8),
               Charge(MINI, "720p", 4, 0.0, 99.0, 3.0)]  # another quality: not used
    fig = learned_rate(charges, PriceQuery(MINI, "480p", 6))
    assert fig is not None and fig.source is Source.LEARNED and fig.clips == 2
    assert fig.credits == pytest.approx(10.23 / 4 * 6, abs=0.01)
    assert source_label(fig, 0) == "from your last 2 Mini 480p clips"
    assert learned_rate(charges, PriceQuery(T2V, "480p", 6)) is None


def test_learned_rate_takes_the_filter_surcharge_out_and_back() -> None:
    fig = learned_rate([_charge(11.0, 1.0, content_filter=False)],
                       PriceQuery(MINI, "480p", 4))
    assert fig is not None and fig.credits == pytest.approx(10.0)


def _table(model: str = T2V) -> PriceFigure:
    return table_figure(estimate(model, "720p", 5))


def _learned(credits: float) -> PriceFigure:
    return PriceFigure(credits, Source.LEARNED, as_of=0.0, clips=3, model=T2V, quality="720p")


def test_learned_within_five_percent_keeps_the_public_figure() -> None:
    fig = choose(quote=None, rules=None, table=_table(), learned=_learned(67.5 * 1.05),
                 now=0)
    assert fig.source is Source.TABLE


def test_learned_beyond_five_percent_wins_and_says_what_the_source_said() -> None:
    fig = choose(quote=None, rules=None, table=_table(), learned=_learned(67.5 * 1.06),
                 now=0)
    assert fig.source is Source.LEARNED
    assert any("price table of 2026-12-02: ≈ 67.5 credits" in n for n in fig.notes)


def test_learned_is_used_where_nothing_else_prices() -> None:
    table = _table(MINI)
    assert table.source is Source.NONE
    assert choose(quote=None, rules=None, table=table, learned=None, now=0) is table
    learned = _learned(41.0)
    assert choose(quote=None, rules=None, table=table, learned=learned, now=0) is learned


def test_the_quote_wins_then_the_rules_then_the_table() -> None:
    quote = PriceFigure(60.0, Source.QUOTE, as_of=100.0)
    rules = PriceFigure(70.0, Source.RULES, as_of=100.0 - 7200)
    assert choose(quote=quote, rules=rules, table=_table(), learned=_learned(99), now=0) \
        is quote
    assert choose(quote=None, rules=rules, table=_table(), learned=None, now=0) is rules
    assert source_label(quote, 100.0 + 30) == "quote from Evolink, just now"
    assert source_label(quote, 100.0 + 300) == "quote from Evolink, 5 min ago"
    assert source_label(rules, 100.0) == "Evolink's public price rules, updated 2 h ago"


def test_usage_cost_is_an_object_or_a_number_and_billing_is_read() -> None:
    task = parse_task({"id": "task-unified-1-a", "status": "completed",
                       "usage": {"credits_reserved": 12.5, "cost": {"credits": 12.5,
                                                                    "usd": 0.18}},
                       "billing": {"charge_status": "charged", "charged_credits": 12.5,
                                   "refunded_credits": 0, "reserved_credits": 12.5}})
    assert task.usage is not None and task.usage.cost is not None
    assert task.usage.cost.usd == 0.18
    assert task.credits_used == 12.5  # from cost, since credits_used is absent
    assert task.billing is not None and task.billing.charge_status == "charged"
    old = parse_task({"id": "task-unified-1-a", "usage": {"cost": 9.5}})
    assert old.credits_used == 9.5
    junk = parse_task({"id": "task-unified-1-a", "usage": {"cost": "n/a"}, "billing": 3})
    assert junk.credits_used is None and junk.billing is None


def test_charge_trail_hides_a_zero_charge_until_the_task_has_ended() -> None:
    running = ChargeTrail.of(reserved=10.0, used=0.0, charged=0.0, refunded=0.0,
                             settled=False)
    assert running.charged is None
    failed = ChargeTrail.of(reserved=10.0, used=0.0, charged=0.0, refunded=10.0)
    assert failed.was_refunded and failed.charged == 0.0
