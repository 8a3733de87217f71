"""The composer's pure rules: derived from the capability table, never a second copy."""

from __future__ import annotations

from app.core import api_facts
from app.core.capabilities import MODELS, AspectRatio, Mode, Quality, Tier, model_for, pixel_size
from app.core.composer_rules import (
    Level,
    aspect_choices,
    greyed_reason,
    kept_notices,
    media_problems,
    parse_model_params,
    prompt_count,
    quality_choices,
    quality_fallback,
    references,
    slot_title,
)
from app.core.media_limits import MediaFacts, MediaKind


def test_quality_choices_follow_the_table_for_all_nine_models() -> None:
    for spec in MODELS.values():
        for choice in quality_choices(spec):
            assert choice.enabled == (choice.value in spec.qualities), spec.id
            if not choice.enabled:
                assert "only available on the standard models" in (choice.reason or "")


def test_aspect_labels_carry_the_pixel_size_of_the_quality() -> None:
    spec = model_for(Mode.TEXT, Tier.STANDARD)
    labels = {c.value: c.label for c in aspect_choices(spec, Quality.P720)}
    assert labels[AspectRatio.R9_16] == "9:16 · 720×1280"
    assert labels[AspectRatio.ADAPTIVE] == "Adaptive · from the prompt"
    for aspect in AspectRatio:
        size = pixel_size(aspect, Quality.P480)
        if size:
            label = next(c.label for c in aspect_choices(spec, Quality.P480) if c.value is aspect)
            assert f"{size[0]}×{size[1]}" in label


def test_fallback_picks_the_nearest_quality_and_says_so() -> None:
    fast = model_for(Mode.IMAGE, Tier.FAST)
    got, note = quality_fallback(fast, Quality.P1080)
    assert got is Quality.P720
    assert note and "1080p" in note and "720p" in note
    assert quality_fallback(fast, Quality.P480) == (Quality.P480, None)


def test_greyed_reasons_name_the_mode_and_the_count() -> None:
    text = model_for(Mode.TEXT, Tier.MINI)
    image = model_for(Mode.IMAGE, Tier.STANDARD)
    assert "take no images" in (greyed_reason(text, MediaKind.IMAGE, 0) or "")
    assert greyed_reason(image, MediaKind.IMAGE, 1) is None
    assert "at most 2 images" in (greyed_reason(image, MediaKind.IMAGE, 2) or "")
    assert "reference videos" in (greyed_reason(image, MediaKind.VIDEO, 0) or "")
    notes = kept_notices(image, {MediaKind.IMAGE: 4, MediaKind.VIDEO: 1})
    assert notes == ["2 images kept but not used by Image to video · Standard",
                     "1 video kept but not used by Image to video · Standard"]


def test_slot_names_and_references() -> None:
    image = model_for(Mode.IMAGE, Tier.FAST)
    ref = model_for(Mode.REFERENCE, Tier.FAST)
    assert [slot_title(image, MediaKind.IMAGE, i) for i in range(3)] == [
        "First frame", "Last frame", "Image 3"]
    assert slot_title(ref, MediaKind.VIDEO, 1) == "Video 2"
    counts = {MediaKind.IMAGE: 2, MediaKind.VIDEO: 1, MediaKind.AUDIO: 1}
    assert references(ref, counts) == ["image 1", "image 2", "video 1", "audio 1"]
    assert references(image, counts) == []


def test_media_problems_keep_slot_indexes_past_unmeasured_urls() -> None:
    small = MediaFacts(MediaKind.IMAGE, "s.png", "png", 1000, 100, 400)
    problems = media_problems({MediaKind.IMAGE: [None, small]})
    assert {p.index for p in problems} == {1}
    long = MediaFacts(MediaKind.VIDEO, "v.mp4", "mp4", 1000, 640, 640, 8.0, 24.0)
    totals = media_problems({MediaKind.VIDEO: [long, long]})
    assert [p.message for p in totals] == ["16.0 s of video in all is over the 15 s total by 1.0 s"]


def test_model_params_must_be_a_json_object() -> None:
    assert parse_model_params("") == (None, None)
    assert parse_model_params('{"seed": 7}') == ({"seed": 7}, None)
    assert "JSON object" in (parse_model_params("[1]")[1] or "")
    assert "Not valid JSON" in (parse_model_params("{seed: 7}")[1] or "")


def test_prompt_counter_levels() -> None:
    assert prompt_count("two words").text == "9 characters · 2 words"
    assert prompt_count("雨夜").text == "2 characters · 2 Chinese"
    warn = prompt_count("猫" * (api_facts.PROMPT_RECOMMENDED_CJK_CHARS + 1))
    assert warn.level is Level.WARN and "recommended" in (warn.message or "")
    error = prompt_count("猫" * (api_facts.PROMPT_MAX_TOKENS + 1))
    assert error.level is Level.ERROR and "10,000" in (error.message or "")
