"""Making a clip again: the ladder's rungs checked by the rules, the request rewritten with
nothing but tier, quality and duration changed, and what becomes of each medium."""

from __future__ import annotations

from app.core.capabilities import Quality, Tier
from app.core.media_limits import MediaKind
from app.core.models import GenerationRequest
from app.core.remake import LADDER, Gone, Purpose, choices, ladder_position, media_plan, remade

IMAGE = GenerationRequest(model="seedance-2.0-mini-image-to-video", prompt="a kite in rain",
                          image_urls=["https://files.example.com/u/1.png",
                                      "https://example.org/mine.png"],
                          duration=5, quality="480p", aspect_ratio="9:16",
                          generate_audio=False)


def test_the_ladder_explores_low_and_keeps_high() -> None:
    assert [(r.label, r.purpose) for r in LADDER] == [
        ("Mini 480p", Purpose.EXPLORE), ("Fast 480p", Purpose.EXPLORE),
        ("Standard 720p", Purpose.KEEP), ("Standard 1080p", Purpose.KEEP)]


def test_only_tier_quality_and_duration_change() -> None:
    again = remade(IMAGE, Tier.STANDARD, Quality.P720, 8)
    assert again is not None
    assert again.model == "seedance-2.0-image-to-video"
    assert (again.quality, again.duration) == ("720p", 8)
    unchanged = again.model_dump(exclude={"model", "quality", "duration"})
    assert unchanged == IMAGE.model_dump(exclude={"model", "quality", "duration"})
    assert remade(IMAGE, Tier.FAST, Quality.P480).duration == 5  # type: ignore[union-attr]


def test_each_rung_is_checked_and_the_own_rung_is_a_new_take() -> None:
    found = choices(IMAGE)
    assert [c.sendable for c in found] == [True] * 4
    assert [c.same for c in found] == [True, False, False, False]
    assert ladder_position(IMAGE) == LADDER[0]


def test_a_rung_the_model_family_cannot_do_says_why() -> None:
    searching = GenerationRequest(model="seedance-2.0-text-to-video", prompt="news today",
                                  model_params={"web_search": True})
    mini, fast, *_ = choices(searching)
    assert not mini.sendable and mini.problems[0].field == "model_params"
    assert fast.sendable


def test_an_unknown_model_cannot_be_made_again() -> None:
    odd = GenerationRequest(model="seedance-9", prompt="x")
    assert remade(odd, Tier.MINI, Quality.P480) is None
    assert not any(c.sendable for c in choices(odd))


def test_media_come_back_as_files_links_or_gone() -> None:
    upload = IMAGE.image_urls[0]
    sources = {upload: "/clips/in/1.png"}
    kept = media_plan(IMAGE, sources, {"/clips/in/1.png"}, links_valid=False)
    assert kept.usable and kept.of(MediaKind.IMAGE)[0].local == "/clips/in/1.png"
    assert kept.of(MediaKind.IMAGE)[1].local is None  # the user's own link goes as it is
    linked = media_plan(IMAGE, sources, set(), links_valid=True)
    assert linked.usable and linked.of(MediaKind.IMAGE)[0].local is None
    gone = media_plan(IMAGE, sources, set(), links_valid=False)
    assert not gone.usable
    assert [(m.kind, m.index, m.gone) for m in gone.gone] == [
        (MediaKind.IMAGE, 0, Gone.FILE_AND_LINK)]
