"""Export presets, frame geometry and the frame arithmetic of a film made of shots."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from app.core.capabilities import (
    DEFAULT_ASPECT,
    DEFAULT_QUALITY,
    PIXEL_SIZES,
    AspectRatio,
    Quality,
)
from app.core.sequence import Sequence

FILM_FPS: Final = 24
AUDIO_RATE: Final = 48_000
SAMPLES_PER_FRAME: Final = AUDIO_RATE // FILM_FPS  # 2000: audio cut on video frame edges
MAX_CROSSFADE_S: Final = 2.0


class Fit(StrEnum):
    LETTERBOX = "letterbox"  # the whole picture, black bars where the aspect differs
    CROP = "crop"  # the centre of the picture fills the frame


class Output(StrEnum):
    MP4 = "mp4"  # H.264 + AAC
    ANIMATION = "animation"  # WebP (or GIF) of the first seconds, no sound


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    quality: str | None = None  # None: the sequence's own
    aspect_ratio: str | None = None  # None: the sequence's own
    fit: Fit = Fit.LETTERBOX
    output: Output = Output.MP4
    fps: int = FILM_FPS
    max_seconds: float | None = None  # only the first seconds of the film
    max_width: int | None = None  # a smaller picture, same aspect


PRESETS: Final[dict[str, Preset]] = {p.name: p for p in (
    Preset("sequence", "The sequence's quality and aspect"),
    Preset("1080p", "1080p", quality=Quality.P1080.value),
    Preset("vertical-crop", "9:16 vertical, centre crop", aspect_ratio=AspectRatio.R9_16.value,
           fit=Fit.CROP),
    Preset("vertical-letterbox", "9:16 vertical, letterboxed",
           aspect_ratio=AspectRatio.R9_16.value),
    Preset("preview", "Animated preview of the first seconds", output=Output.ANIMATION, fps=12,
           max_seconds=6.0, max_width=480),
)}


def even(value: float) -> int:
    """The nearest even integer of at least 2: H.264 in 4:2:0 needs even sides."""
    return max(2, 2 * round(value / 2))


def target_size(preset: Preset, sequence: Sequence) -> tuple[int, int]:
    """The film's frame size: the generator's own pixel size for that aspect and quality."""
    try:
        aspect = AspectRatio(preset.aspect_ratio or sequence.aspect_ratio)
        quality = Quality(preset.quality or sequence.quality)
    except ValueError:
        aspect, quality = DEFAULT_ASPECT, DEFAULT_QUALITY
    if aspect is AspectRatio.ADAPTIVE:
        aspect = _aspect_of_first_clip(sequence)
    width, height = PIXEL_SIZES[aspect][quality]
    if preset.max_width is not None and width > preset.max_width:
        return even(preset.max_width), even(height * preset.max_width / width)
    return even(width), even(height)


def _aspect_of_first_clip(sequence: Sequence) -> AspectRatio:
    """An adaptive sequence takes the listed aspect nearest to its first clip's."""
    clips = sequence.clips()
    if not clips or clips[0].clip is None:
        return DEFAULT_ASPECT
    ratio = clips[0].clip.width / clips[0].clip.height

    def distance(a: AspectRatio) -> float:
        w, h = PIXEL_SIZES[a][Quality.P720]
        return abs(w / h - ratio)

    return min((a for a in PIXEL_SIZES), key=distance)


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True)
class Placement:
    """Crop `crop` out of the source, scale it to `scaled`, put it at `at` in the target."""

    crop: Rect
    scaled: tuple[int, int]
    at: tuple[int, int]
    target: tuple[int, int]


def place(source: tuple[int, int], target: tuple[int, int], fit: Fit) -> Placement:
    """Where a source picture goes in the target frame; all sides even, rectangles inside."""
    sw, sh = source
    tw, th = target
    if fit is Fit.CROP:
        # The largest centred part of the source with the target's aspect.
        if sw * th > tw * sh:
            cw, ch = min(sw, even(sh * tw / th)), sh
        else:
            cw, ch = sw, min(sh, even(sw * th / tw))
        cw, ch = cw - cw % 2, ch - ch % 2
        crop = Rect((sw - cw) // 2 // 2 * 2, (sh - ch) // 2 // 2 * 2, max(2, cw), max(2, ch))
        return Placement(crop, (tw, th), (0, 0), (tw, th))
    scale = min(tw / sw, th / sh)
    w, h = min(tw, even(sw * scale)), min(th, even(sh * scale))
    return Placement(Rect(0, 0, sw, sh), (w, h), ((tw - w) // 2 // 2 * 2, (th - h) // 2 // 2 * 2),
                     (tw, th))


@dataclass(frozen=True)
class ShotSpan:
    """One shot's part of the film, in output frames (and audio samples, 48 kHz)."""

    shot_index: int
    in_s: float
    out_s: float
    frames: int  # output frames this shot contributes before any overlap
    fade_in: int  # frames blended with the previous shot's tail

    @property
    def samples(self) -> int:
        return self.frames * SAMPLES_PER_FRAME


@dataclass(frozen=True)
class FilmPlan:
    spans: tuple[ShotSpan, ...]
    fps: int
    size: tuple[int, int]
    crossfade_frames: int

    @property
    def total_frames(self) -> int:
        return sum(s.frames for s in self.spans) - sum(s.fade_in for s in self.spans)

    @property
    def duration_s(self) -> float:
        return self.total_frames / self.fps


def plan_film(sequence: Sequence, preset: Preset, crossfade_s: float = 0.0) -> FilmPlan:
    """The frames of each shot at the preset's rate. Shot edges are rounded on the running
    total, so the film is the summed trims within half a frame however many shots there are.
    A crossfade overlaps neighbours by whole frames, at most half the shortest shot."""
    shots = [(i, s) for i, s in enumerate(sequence.shots) if s.clip is not None]
    fps = preset.fps
    edges = [0]
    running = 0.0
    for _, shot in shots:
        running += shot.trimmed_s
        edges.append(round(running * fps))
    counts = [max(1, b - a) for a, b in itertools.pairwise(edges)]
    fade = 0
    if len(counts) > 1 and crossfade_s > 0:
        fade = min(round(min(crossfade_s, MAX_CROSSFADE_S) * fps), min(counts) // 2)
    spans: list[ShotSpan] = []
    budget = None if preset.max_seconds is None else round(preset.max_seconds * fps)
    for n, ((index, shot), count) in enumerate(zip(shots, counts, strict=True)):
        fade_in = fade if n > 0 else 0
        if budget is not None:
            left = budget + fade_in  # the overlap does not count towards the preview's length
            if left <= fade_in:
                break
            if count > left:
                count, fade_in = left, min(fade_in, left // 2)
            budget -= count - fade_in
        spans.append(ShotSpan(index, shot.in_s, shot.out_s, count, fade_in))
    return FilmPlan(tuple(spans), fps, target_size(preset, sequence), fade)
