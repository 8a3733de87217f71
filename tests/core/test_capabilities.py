"""The capability table against the generation endpoint's documentation."""

from __future__ import annotations

import pytest

from app.core.capabilities import (
    MODELS,
    PIXEL_SIZES,
    AspectRatio,
    Mode,
    Quality,
    Tier,
    model_for,
    pixel_size,
)

# doc: model "Model ID / Mode / Version" table
DOC_MODELS = {
    "seedance-2.0-text-to-video": (Mode.TEXT, Tier.STANDARD),
    "seedance-2.0-image-to-video": (Mode.IMAGE, Tier.STANDARD),
    "seedance-2.0-reference-to-video": (Mode.REFERENCE, Tier.STANDARD),
    "seedance-2.0-fast-text-to-video": (Mode.TEXT, Tier.FAST),
    "seedance-2.0-fast-image-to-video": (Mode.IMAGE, Tier.FAST),
    "seedance-2.0-fast-reference-to-video": (Mode.REFERENCE, Tier.FAST),
    "seedance-2.0-mini-text-to-video": (Mode.TEXT, Tier.MINI),
    "seedance-2.0-mini-image-to-video": (Mode.IMAGE, Tier.MINI),
    "seedance-2.0-mini-reference-to-video": (Mode.REFERENCE, Tier.MINI),
}

# doc: aspect_ratio "Pixel values per resolution" table (Aspect Ratio | 480p | 720p | 1080p)
DOC_PIXELS = {
    "16:9": ((864, 496), (1280, 720), (1920, 1080)),
    "4:3": ((752, 560), (1112, 834), (1664, 1248)),
    "1:1": ((640, 640), (960, 960), (1440, 1440)),
    "3:4": ((560, 752), (834, 1112), (1248, 1664)),
    "9:16": ((496, 864), (720, 1280), (1080, 1920)),
    "21:9": ((992, 432), (1470, 630), (2206, 946)),
}


def test_exactly_the_nine_documented_ids() -> None:
    assert set(MODELS) == set(DOC_MODELS)
    assert len(MODELS) == 9


@pytest.mark.parametrize(("model_id", "mode_tier"), DOC_MODELS.items())
def test_mode_and_tier(model_id: str, mode_tier: tuple[Mode, Tier]) -> None:
    spec = MODELS[model_id]
    assert spec.id == model_id
    assert (spec.mode, spec.tier) == mode_tier
    assert spec.label


@pytest.mark.parametrize("mode", list(Mode))
@pytest.mark.parametrize("tier", list(Tier))
def test_model_for_round_trips(mode: Mode, tier: Tier) -> None:
    spec = model_for(mode, tier)
    assert (spec.mode, spec.tier) == (mode, tier)
    assert DOC_MODELS[spec.id] == (mode, tier)
    assert MODELS[spec.id] is spec


CELLS = [(a, q, size) for a, sizes in DOC_PIXELS.items()
         for q, size in zip(("480p", "720p", "1080p"), sizes, strict=True)]


@pytest.mark.parametrize(("aspect", "quality", "size"), CELLS)
def test_pixel_sizes(aspect: str, quality: str, size: tuple[int, int]) -> None:
    assert pixel_size(AspectRatio(aspect), Quality(quality)) == size
    assert PIXEL_SIZES[AspectRatio(aspect)][Quality(quality)] == size


def test_all_18_cells_and_adaptive() -> None:
    assert len(CELLS) == 18
    assert sum(len(v) for v in PIXEL_SIZES.values()) == 18
    for q in Quality:
        assert pixel_size(AspectRatio.ADAPTIVE, q) is None  # the server decides


def test_enums_match_the_doc() -> None:
    # doc: quality "Available options: 480p, 720p, 1080p"
    assert {q.value for q in Quality} == {"480p", "720p", "1080p"}
    # doc: aspect_ratio "Available options: 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive"
    assert {a.value for a in AspectRatio} == {"16:9", "9:16", "1:1", "4:3", "3:4", "21:9",
                                              "adaptive"}


@pytest.mark.parametrize("model_id", DOC_MODELS)
def test_spec_fields_match_the_doc(model_id: str) -> None:
    spec = MODELS[model_id]
    mode, tier = DOC_MODELS[model_id]
    # doc: "1080p ... only supported by standard models"
    assert (Quality.P1080 in spec.qualities) == (tier is Tier.STANDARD)
    assert Quality.P480 in spec.qualities
    assert Quality.P720 in spec.qualities
    # doc: images "Text-to-Video: Not supported / Image-to-Video: Required, 1-2 /
    # Reference-to-Video: Optional, 0-9"
    expected_images = {Mode.TEXT: (0, 0), Mode.IMAGE: (1, 2), Mode.REFERENCE: (0, 9)}[mode]
    assert (spec.images.lo, spec.images.hi) == expected_images
    # doc: video_urls / audio_urls "Only applicable to Reference-to-Video models", 0-3
    expected_media = (0, 3) if mode is Mode.REFERENCE else (0, 0)
    assert (spec.videos.lo, spec.videos.hi) == expected_media
    assert (spec.audios.lo, spec.audios.hi) == expected_media
    # doc: model_params "Only applicable to Text-to-Video models (standard and fast versions)"
    assert spec.model_params == (mode is Mode.TEXT and tier is not Tier.MINI)
