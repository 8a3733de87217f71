"""RequestDraft: the composer's live checks read it instead of a GenerationRequest, and must
find exactly what they would find on the request that is sent."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.models import GenerationRequest
from app.core.price_rules import PriceQuery
from app.core.request_draft import RequestDraft
from app.core.rules import check
from app.core.take_costs import set_total, take_lines
from app.core.takes import Vary, VaryKey, plan_takes
from tests.core.test_rules import ALL_MODELS, IMAGE_MODELS, IMG, PROMPT, ROWS, any_request


def both(model: str, **kw: Any) -> tuple[RequestDraft, GenerationRequest]:
    """The same request as a draft and as the pydantic model (from the draft)."""
    if model in IMAGE_MODELS:
        kw.setdefault("image_urls", [IMG])
    kw.setdefault("prompt", PROMPT)
    draft = RequestDraft(model=model, **{k: tuple(v) if isinstance(v, list) else v
                                         for k, v in kw.items()})
    request = GenerationRequest(model=model, **kw)
    assert draft.to_request() == request
    return draft, request


def test_the_draft_has_the_fields_and_defaults_of_the_request() -> None:
    fields = {f.name: f for f in dataclasses.fields(RequestDraft)}
    assert list(fields) == list(GenerationRequest.model_fields)
    plain = GenerationRequest(model="m", prompt="p")
    for name, f in fields.items():
        if f.default is not dataclasses.MISSING:
            default = getattr(plain, name)
            assert f.default == (tuple(default) if isinstance(default, list) else default), name


def test_to_request_sends_the_same_body() -> None:
    draft = RequestDraft(model=ALL_MODELS[1], prompt="a kite", image_urls=(IMG,), duration=8,
                         quality="720p", aspect_ratio="9:16", generate_audio=False,
                         model_params={"seed": 1}, callback_url="https://x.example/cb")
    request = draft.to_request()
    assert request.to_body() == {
        "model": ALL_MODELS[1], "prompt": "a kite", "image_urls": [IMG], "duration": 8,
        "quality": "720p", "aspect_ratio": "9:16", "generate_audio": False,
        "content_filter": True, "model_params": {"seed": 1},
        "callback_url": "https://x.example/cb"}


@pytest.mark.parametrize(("model", "changes"), [r[1:3] for r in ROWS], ids=[r[0] for r in ROWS])
def test_every_documented_rule_finds_the_same_problems(model: str,
                                                       changes: dict[str, Any]) -> None:
    draft, request = both(model, **changes)
    assert check(draft) == check(request)


@settings(max_examples=200, deadline=None)
@given(kw=any_request(st.none() | st.just({"web_search": True})))
def test_checks_and_prices_agree_on_any_request(kw: dict[str, Any]) -> None:
    draft, request = both(**kw)
    assert check(draft) == check(request)
    assert PriceQuery.of(draft, 3.0) == PriceQuery.of(request, 3.0)


# The composer lists a set planned on its draft (no pydantic at start-up); what is sent is
# planned on the request. Both must be the same set, take for take.
VARIES = [
    (),
    (Vary(VaryKey.QUALITY, ("480p", "720p", "1080p")),),
    (Vary(VaryKey.TIER, ("standard", "fast", "mini")), Vary(VaryKey.DURATION, ("5s", "15s"))),
    (Vary(VaryKey.ASPECT, ("16:9", "9:16")), Vary(VaryKey.AUDIO, ("on", "off"))),
]


@settings(max_examples=150, deadline=None)
@given(kw=any_request(st.none()), vary=st.sampled_from(VARIES), takes=st.integers(0, 9),
       alternatives=st.sampled_from(["", " in the {rain|snow|fog}"]))
def test_a_set_planned_on_the_draft_is_the_set_sent(kw: dict[str, Any], vary: tuple[Vary, ...],
                                                    takes: int, alternatives: str) -> None:
    kw["prompt"] += alternatives
    draft, request = both(**kw)
    listed, sent = plan_takes(draft, takes=takes, vary=vary), plan_takes(request, takes=takes,
                                                                         vary=vary)
    assert listed.problems == sent.problems
    for shown, real in ((listed.takes, sent.takes), (listed.dropped, sent.dropped)):
        assert [(t.index, t.differs, t.problems) for t in shown] == [
            (t.index, t.differs, t.problems) for t in real]
        assert [t.request.to_request() for t in shown] == [t.request for t in real]
    assert take_lines(listed, 4.0) == take_lines(sent, 4.0)
    assert set_total(listed.requests, 4.0) == set_total(sent.requests, 4.0)
