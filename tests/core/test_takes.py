"""Takes in the core: prompt alternatives, the sweep, the set checked request by request."""

from __future__ import annotations

import pytest

from app.core.catalog import TakesMsg
from app.core.messages import Message
from app.core.models import GenerationRequest
from app.core.takes import (
    MAX_SET,
    Vary,
    VaryKey,
    differences,
    parse_vary,
    plan_takes,
    prompt_alternatives,
)

FAST_TEXT = "seedance-2.0-fast-text-to-video"
STD_TEXT = "seedance-2.0-text-to-video"
MINI_TEXT = "seedance-2.0-mini-text-to-video"


def base(**kw: object) -> GenerationRequest:
    return GenerationRequest.model_validate({"model": FAST_TEXT, "prompt": "a kite", **kw})


def test_groups_multiply_and_label_their_choices() -> None:
    found = prompt_alternatives("a {red|blue} kite in {rain|snow}")
    assert found == [("a red kite in rain", "red / rain"), ("a red kite in snow", "red / snow"),
                     ("a blue kite in rain", "blue / rain"),
                     ("a blue kite in snow", "blue / snow")]


def test_braces_without_a_bar_and_empty_choices() -> None:
    assert prompt_alternatives("a {name} kite") == [("a {name} kite", "")]
    assert prompt_alternatives("a {red|} kite") == [("a red kite", "red"), ("a kite", "—")]
    assert prompt_alternatives("a {red|red|blue} kite") == [("a red kite", "red"),
                                                            ("a blue kite", "blue")]


def test_one_prompt_per_line() -> None:
    text = "a kite over dunes\n\n  a kite over the sea at night, seen from far away \n"
    found = prompt_alternatives(text, per_line=True)
    assert [p for p, _ in found] == ["a kite over dunes",
                                     "a kite over the sea at night, seen from far away"]
    assert found[1][1].endswith("…") and len(found[1][1]) <= 24
    assert prompt_alternatives("one line", per_line=True) == [("one line", "")]


def test_re_rolls_are_the_same_request_n_times() -> None:
    plan = plan_takes(base(), takes=3)
    assert plan.sendable and len(plan.takes) == 3 and not plan.dropped
    assert {t.request.model_dump_json() for t in plan.takes} == {base().model_dump_json()}
    assert [t.index for t in plan.takes] == [0, 1, 2]


def test_two_tiers_times_two_prompts_make_four() -> None:
    plan = plan_takes(base(prompt="a kite in {rain|snow}"),
                      vary=[Vary(VaryKey.TIER, ("mini", "standard"))])
    assert [(t.request.model, t.request.prompt) for t in plan.takes] == [
        (MINI_TEXT, "a kite in rain"), (MINI_TEXT, "a kite in snow"),
        (STD_TEXT, "a kite in rain"), (STD_TEXT, "a kite in snow")]
    assert plan.takes[0].label == "Mini · rain" and plan.takes[3].label == "Standard · snow"


def test_an_invalid_combination_is_dropped_with_its_reason() -> None:
    """1080p exists only on the standard tier: the Fast and Mini 1080p takes are dropped."""
    plan = plan_takes(base(), vary=[Vary(VaryKey.TIER, ("fast", "mini", "standard")),
                                    Vary(VaryKey.QUALITY, ("720p", "1080p"))])
    sent = {(t.request.model, t.request.quality) for t in plan.takes}
    assert sent == {(FAST_TEXT, "720p"), (MINI_TEXT, "720p"), (STD_TEXT, "720p"),
                    (STD_TEXT, "1080p")}
    assert [(t.request.model, t.request.quality) for t in plan.dropped] == [
        (FAST_TEXT, "1080p"), (MINI_TEXT, "1080p")]
    reason = plan.dropped[0].problems[0]
    assert reason.field == "quality" and "1080p" in str(reason)


@pytest.mark.parametrize(("key", "values", "field", "expected"), [
    (VaryKey.DURATION, ("4", "15s"), "duration", [4, 15]),
    (VaryKey.AUDIO, ("on", "off"), "generate_audio", [True, False]),
    (VaryKey.ASPECT, ("9:16", "1:1"), "aspect_ratio", ["9:16", "1:1"]),
])
def test_each_setting_can_be_swept(key: VaryKey, values: tuple[str, ...], field: str,
                                   expected: list[object]) -> None:
    plan = plan_takes(base(), takes=2, vary=[Vary(key, values)])
    assert [getattr(t.request, field) for t in plan.takes] == [
        v for v in expected for _ in range(2)]


def test_the_set_as_a_whole_is_bounded() -> None:
    too_many = plan_takes(base(prompt="{a|b|c}"), takes=8)
    assert not too_many.sendable and too_many.problems[0].id is TakesMsg.TAKES_TOO_MANY
    assert too_many.problems[0].params["max"] == MAX_SET
    assert plan_takes(base(), takes=0).problems[0].id is TakesMsg.TAKES_COUNT
    twice = plan_takes(base(), vary=[Vary(VaryKey.QUALITY, ("480p", "720p")),
                                     Vary(VaryKey.QUALITY, ("480p", "720p"))])
    assert twice.problems[0].id is TakesMsg.VARY_TOO_MANY


def test_parse_vary_reads_the_cli_form() -> None:
    assert parse_vary("tier=Mini, standard,mini") == Vary(VaryKey.TIER, ("mini", "standard"))
    assert parse_vary("duration=4,10") == Vary(VaryKey.DURATION, ("4", "10"))
    for text, wanted in [("seed=1,2", TakesMsg.VARY_UNKNOWN_KEY),
                         ("tier", TakesMsg.VARY_UNKNOWN_KEY),
                         ("tier=mini", TakesMsg.VARY_TOO_FEW),
                         ("duration=3,5", TakesMsg.VARY_BAD_VALUE),
                         ("quality=720p,4k", TakesMsg.VARY_BAD_VALUE),
                         ("audio=on,maybe", TakesMsg.VARY_BAD_VALUE)]:
        found = parse_vary(text)
        assert isinstance(found, Message) and found.id is wanted, text


def test_differences_name_only_what_varies() -> None:
    one = base(prompt="a kite over dunes in rain at dusk", model=MINI_TEXT)
    two = base(prompt="a kite over dunes in heavy snow at dusk", model=STD_TEXT)
    three = base(prompt="a kite over dunes in rain at dusk", model=STD_TEXT, duration=9)
    found = differences([one, two, None, three])
    assert found[0] == [("model", "Text to video · Mini"), ("duration", "5 s"),
                        ("prompt", "rain")]
    assert found[1] == [("model", "Text to video · Standard"), ("duration", "5 s"),
                        ("prompt", "heavy snow")]
    assert found[2] == []
    assert found[3][1] == ("duration", "9 s")
    assert differences([one, one]) == [[], []]  # re-rolls: nothing differs


def test_differences_of_prompts_that_differ_at_the_start_or_end() -> None:
    a, b = base(prompt="rain over the harbour"), base(prompt="snow over the harbour")
    assert [d[0][1] for d in differences([a, b])] == ["rain", "snow"]
    c, d = base(prompt="a fox"), base(prompt="a fox running")
    # cut back to a whole word, so "fox" stays beside "fox running"
    assert [x[0][1] for x in differences([c, d])] == ["fox", "fox running"]
