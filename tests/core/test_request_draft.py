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
from tests.core.test_rules import ALL_MODELS, IMAGE_MODELS, IMG, PROMPT, ROWS, URLISH


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
@given(model=st.sampled_from([*ALL_MODELS, "x"]), prompt=st.text(max_size=50),
       images=st.lists(URLISH, max_size=10), videos=st.lists(URLISH, max_size=4),
       audios=st.lists(URLISH, max_size=4), duration=st.integers(-5, 30),
       quality=st.sampled_from(["480p", "720p", "1080p", "", "4k"]),
       aspect=st.sampled_from(["16:9", "adaptive", "2:1", ""]),
       callback=st.none() | URLISH, params=st.none() | st.just({"web_search": True}))
def test_checks_and_prices_agree_on_any_request(
        model: str, prompt: str, images: list[str], videos: list[str], audios: list[str],
        duration: int, quality: str, aspect: str, callback: str | None,
        params: dict[str, Any] | None) -> None:
    draft, request = both(model, prompt=prompt, image_urls=images, video_urls=videos,
                          audio_urls=audios, duration=duration, quality=quality,
                          aspect_ratio=aspect, callback_url=callback, model_params=params)
    assert check(draft) == check(request)
    assert PriceQuery.of(draft, 3.0) == PriceQuery.of(request, 3.0)
