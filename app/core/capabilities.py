"""The one capability table of the nine Seedance 2.0 models; every rule is derived from it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class Mode(StrEnum):
    TEXT = "text"
    IMAGE = "image"
    REFERENCE = "reference"

    @property
    def label(self) -> str:
        return _MODE_LABELS[self]


class Tier(StrEnum):
    STANDARD = "standard"
    FAST = "fast"
    MINI = "mini"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Quality(StrEnum):
    P480 = "480p"
    P720 = "720p"
    P1080 = "1080p"


class AspectRatio(StrEnum):
    R16_9 = "16:9"
    R9_16 = "9:16"
    R1_1 = "1:1"
    R4_3 = "4:3"
    R3_4 = "3:4"
    R21_9 = "21:9"
    ADAPTIVE = "adaptive"


_MODE_LABELS: Final = {
    Mode.TEXT: "Text to video",
    Mode.IMAGE: "Image to video",
    Mode.REFERENCE: "Reference to video",
}


@dataclass(frozen=True)
class Span:
    """An inclusive integer range: how many of something a model takes."""

    lo: int
    hi: int

    def __contains__(self, n: object) -> bool:
        return isinstance(n, int) and self.lo <= n <= self.hi

    @property
    def allowed(self) -> bool:
        return self.hi > 0


@dataclass(frozen=True)
class ModelSpec:
    id: str
    mode: Mode
    tier: Tier
    qualities: tuple[Quality, ...]
    images: Span
    videos: Span
    audios: Span
    model_params: bool

    @property
    def label(self) -> str:
        return f"{self.mode.label} · {self.tier.label}"


# [doc] pixel size of each aspect ratio per quality.
PIXEL_SIZES: Final[dict[AspectRatio, dict[Quality, tuple[int, int]]]] = {
    AspectRatio.R16_9: {Quality.P480: (864, 496), Quality.P720: (1280, 720),
                        Quality.P1080: (1920, 1080)},
    AspectRatio.R4_3: {Quality.P480: (752, 560), Quality.P720: (1112, 834),
                       Quality.P1080: (1664, 1248)},
    AspectRatio.R1_1: {Quality.P480: (640, 640), Quality.P720: (960, 960),
                       Quality.P1080: (1440, 1440)},
    AspectRatio.R3_4: {Quality.P480: (560, 752), Quality.P720: (834, 1112),
                       Quality.P1080: (1248, 1664)},
    AspectRatio.R9_16: {Quality.P480: (496, 864), Quality.P720: (720, 1280),
                        Quality.P1080: (1080, 1920)},
    AspectRatio.R21_9: {Quality.P480: (992, 432), Quality.P720: (1470, 630),
                        Quality.P1080: (2206, 946)},
}

DURATION: Final = Span(4, 15)
DEFAULT_DURATION: Final = 5
DEFAULT_QUALITY: Final = Quality.P720
DEFAULT_ASPECT: Final = AspectRatio.R16_9
NONE: Final = Span(0, 0)


def _model_id(mode: Mode, tier: Tier) -> str:
    prefix = "seedance-2.0" if tier is Tier.STANDARD else f"seedance-2.0-{tier.value}"
    return f"{prefix}-{mode.value}-to-video"


def _spec(mode: Mode, tier: Tier) -> ModelSpec:
    standard = tier is Tier.STANDARD
    reference = mode is Mode.REFERENCE
    images = {Mode.TEXT: NONE, Mode.IMAGE: Span(1, 2), Mode.REFERENCE: Span(0, 9)}[mode]
    return ModelSpec(
        id=_model_id(mode, tier),
        mode=mode,
        tier=tier,
        qualities=tuple(Quality) if standard else (Quality.P480, Quality.P720),
        images=images,
        videos=Span(0, 3) if reference else NONE,
        audios=Span(0, 3) if reference else NONE,
        model_params=mode is Mode.TEXT and tier is not Tier.MINI,
    )


MODELS: Final[dict[str, ModelSpec]] = {
    spec.id: spec for spec in (_spec(m, t) for t in Tier for m in Mode)
}


def model_for(mode: Mode, tier: Tier) -> ModelSpec:
    return MODELS[_model_id(mode, tier)]


def pixel_size(aspect: AspectRatio, quality: Quality) -> tuple[int, int] | None:
    """The documented output size, or None for `adaptive` (the server decides)."""
    return PIXEL_SIZES.get(aspect, {}).get(quality)
