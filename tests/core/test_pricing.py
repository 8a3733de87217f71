"""The dated price table: api-notes "Prices: latest published" [doc], both sides of each rule."""

from __future__ import annotations

import pytest

from app.core.pricing import estimate, web_search_on

T2V, I2V, R2V = ("seedance-2.0-text-to-video", "seedance-2.0-image-to-video",
                 "seedance-2.0-reference-to-video")
FAST_T2V, FAST_I2V, FAST_R2V = ("seedance-2.0-fast-text-to-video",
                                "seedance-2.0-fast-image-to-video",
                                "seedance-2.0-fast-reference-to-video")
MINIS = ("seedance-2.0-mini-text-to-video", "seedance-2.0-mini-image-to-video",
         "seedance-2.0-mini-reference-to-video")

# api-notes "Prices: latest published": | tier | 480p | 720p | 480p video | 720p video |
NO_VIDEO_RATES = [
    # standard: 6.251 | 13.50
    (T2V, "480p", 6.251), (T2V, "720p", 13.50), (I2V, "480p", 6.251), (I2V, "720p", 13.50),
    (R2V, "480p", 6.251), (R2V, "720p", 13.50),
    # fast: 5.063 | 10.935
    (FAST_T2V, "480p", 5.063), (FAST_T2V, "720p", 10.935), (FAST_I2V, "480p", 5.063),
    (FAST_I2V, "720p", 10.935), (FAST_R2V, "480p", 5.063), (FAST_R2V, "720p", 10.935),
]
WITH_VIDEO_RATES = [
    # standard with video input: 3.807 | 8.222; fast: 3.012 | 6.506
    (R2V, "480p", 3.807), (R2V, "720p", 8.222),
    (FAST_R2V, "480p", 3.012), (FAST_R2V, "720p", 6.506),
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
def test_input_video_shorter_than_the_output_bills_the_output_length(
        model: str, quality: str, rate: float) -> None:
    # [doc] billable input = max(input, output): the docs' example, 10 s out with 5 s in
    # -> (10 + 10) x rate
    est = estimate(model, quality, 10, input_video_seconds=5.0)
    assert est.rate == pytest.approx(rate)
    assert est.billed_seconds == pytest.approx(20.0)
    assert est.credits == pytest.approx(rate * 20, abs=0.01)


@pytest.mark.parametrize(("model", "quality", "rate"), WITH_VIDEO_RATES)
def test_input_video_longer_than_the_output_bills_the_input_length(
        model: str, quality: str, rate: float) -> None:
    est = estimate(model, quality, 5, input_video_seconds=7.5)
    assert est.billed_seconds == pytest.approx(7.5 + 5)
    assert est.credits == pytest.approx(rate * 12.5, abs=0.01)


def test_input_video_as_long_as_the_output_is_the_boundary() -> None:
    assert estimate(R2V, "720p", 6, input_video_seconds=6.0).billed_seconds == 12.0


def test_video_input_without_known_length_bills_at_least_twice_the_output() -> None:
    est = estimate(R2V, "720p", 5, has_video_input=True)
    assert est.rate == pytest.approx(8.222)
    assert est.billed_seconds == 10
    assert any("longer than the clip" in n for n in est.notes)


def test_reference_without_video_input_uses_the_plain_rate() -> None:
    est = estimate(R2V, "720p", 5)
    assert est.rate == pytest.approx(13.50) and est.billed_seconds == 5


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
    assert est.rate in (pytest.approx(13.50), pytest.approx(10.935))


def test_web_search_is_an_estimate_per_search() -> None:
    # [doc] 0.04 credits per search actually made: the figure stays, a note says "+0.04"
    on = estimate(T2V, "720p", 8, web_search=True)
    off = estimate(T2V, "720p", 8)
    assert on.credits == off.credits == pytest.approx(108.0)
    assert any("+0.04 per web search" in n for n in on.notes)
    assert not any("web search" in n for n in off.notes)


def test_web_search_counts_only_where_model_params_are_taken() -> None:
    assert web_search_on(T2V, {"web_search": True})
    assert not web_search_on(T2V, {"web_search": False})
    assert not web_search_on(I2V, {"web_search": True})
    assert not web_search_on(MINIS[0], {"web_search": True})
