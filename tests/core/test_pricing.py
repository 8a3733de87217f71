"""Price estimates from the published per-second prices (api-notes.md "Prices" [doc])."""

from __future__ import annotations

import pytest

from app.core.pricing import estimate

T2V, I2V, R2V = ("seedance-2.0-text-to-video", "seedance-2.0-image-to-video",
                 "seedance-2.0-reference-to-video")
FAST_T2V, FAST_I2V, FAST_R2V = ("seedance-2.0-fast-text-to-video",
                                "seedance-2.0-fast-image-to-video",
                                "seedance-2.0-fast-reference-to-video")
MINIS = ("seedance-2.0-mini-text-to-video", "seedance-2.0-mini-image-to-video",
         "seedance-2.0-mini-reference-to-video")

# api-notes.md: | model tier | 480p | 720p | (credits per second of output)
NO_VIDEO_RATES = [
    # standard, no video input: 5.093 | 11.00
    (T2V, "480p", 5.093), (T2V, "720p", 11.00), (I2V, "480p", 5.093), (I2V, "720p", 11.00),
    (R2V, "480p", 5.093), (R2V, "720p", 11.00),
    # fast, no video input: 4.1254 | 8.91
    (FAST_T2V, "480p", 4.1254), (FAST_T2V, "720p", 8.91), (FAST_I2V, "480p", 4.1254),
    (FAST_I2V, "720p", 8.91), (FAST_R2V, "480p", 4.1254), (FAST_R2V, "720p", 8.91),
]
WITH_VIDEO_RATES = [
    # standard reference-to-video with video input: 3.1017 | 6.699
    (R2V, "480p", 3.1017), (R2V, "720p", 6.699),
    # fast reference-to-video with video input: 2.4546 | 5.3015
    (FAST_R2V, "480p", 2.4546), (FAST_R2V, "720p", 5.3015),
]


@pytest.mark.parametrize(("model", "quality", "rate"), NO_VIDEO_RATES)
@pytest.mark.parametrize("duration", [4, 5, 15])
def test_published_rates_without_video(model: str, quality: str, rate: float,
                                       duration: int) -> None:
    est = estimate(model, quality, duration)
    assert est.rate == pytest.approx(rate)
    assert est.billed_seconds == duration
    assert est.credits == pytest.approx(rate * duration, abs=0.01)
    assert "credits" in est.text


@pytest.mark.parametrize(("model", "quality", "rate"), WITH_VIDEO_RATES)
def test_published_rates_with_video_input(model: str, quality: str, rate: float) -> None:
    # [doc] "Using video references will increase costs (input video duration is counted in
    # billing)". [inferred] billed seconds = output seconds + input video seconds, all at the
    # with-video rate: the pricing page gives the rate, not the formula.
    est = estimate(model, quality, 5, input_video_seconds=7.5)
    assert est.rate == pytest.approx(rate)
    assert est.billed_seconds == pytest.approx(12.5)
    assert est.credits == pytest.approx(rate * 12.5, abs=0.01)


def test_video_input_without_known_length_notes_it() -> None:
    est = estimate(R2V, "720p", 5, has_video_input=True)
    assert est.rate == pytest.approx(6.699)
    assert est.billed_seconds == 5
    assert any("input video" in n for n in est.notes)


@pytest.mark.parametrize(("model", "quality", "rate"), NO_VIDEO_RATES + WITH_VIDEO_RATES)
def test_content_filter_off_costs_ten_percent_more(model: str, quality: str, rate: float) -> None:
    # [doc] "false: Relaxes content restrictions, billed at +10% (1.1x)"
    video = 3.0 if (model, quality, rate) in WITH_VIDEO_RATES else 0.0
    on = estimate(model, quality, 8, input_video_seconds=video)
    off = estimate(model, quality, 8, content_filter=False, input_video_seconds=video)
    assert on.credits is not None
    assert off.credits is not None
    assert off.credits == pytest.approx(on.credits * 1.1, abs=0.02)
    assert any("10%" in n for n in off.notes)


@pytest.mark.parametrize("model", [T2V, I2V, R2V])
def test_1080p_price_not_published(model: str) -> None:
    # [doc] "1080p and Mini prices are not published"
    est = estimate(model, "1080p", 5)
    assert est.credits is None
    assert est.text == "price not published"
    assert any("not published" in n for n in est.notes)
    assert any("1080p" in n for n in est.notes)


@pytest.mark.parametrize("model", MINIS)
@pytest.mark.parametrize("quality", ["480p", "720p"])
def test_mini_price_not_published(model: str, quality: str) -> None:
    est = estimate(model, quality, 5)
    assert est.credits is None
    assert est.text == "price not published"
    assert any("Mini" in n and "not published" in n for n in est.notes)


def test_unknown_model_or_quality_has_no_price() -> None:
    assert estimate("seedance-1.0-pro", "720p", 5).credits is None
    assert estimate(T2V, "4k", 5).credits is None


@pytest.mark.parametrize("model", [T2V, I2V, FAST_T2V, FAST_I2V])
def test_video_seconds_are_not_billed_where_video_is_not_taken(model: str) -> None:
    # Only reference-to-video takes video; the with-video rate and input seconds apply only there.
    est = estimate(model, "720p", 5, input_video_seconds=6.0)
    assert est.billed_seconds == 5
    assert est.rate in (pytest.approx(11.00), pytest.approx(8.91))


def test_documented_example_reserve_is_the_same_order() -> None:
    # The doc's example reserves 50 credits for 8 s of 720p standard T2V; the published rate
    # gives 88. The server's credits_reserved is the truth once a task exists: this only checks
    # the estimate is in credits, not dollars (~69 credits per USD [seen]).
    est = estimate(T2V, "720p", 8)
    assert est.credits == pytest.approx(88.0)
