"""The documented limits on input media, as data, and a pure checker over probed facts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from app.core.api_facts import MB
from app.core.problems import Problem


class MediaKind(StrEnum):
    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"

    @property
    def field(self) -> str:
        return f"{self.value}_urls"


@dataclass(frozen=True)
class MediaLimits:
    kind: MediaKind
    formats: frozenset[str]  # lower-case format names as probed ("jpeg", "mp4", "mp3", …)
    extensions: frozenset[str]
    max_count: int
    max_bytes: int
    side_px: tuple[int, int] | None = None
    aspect: tuple[float, float] | None = None
    duration_s: tuple[float, float] | None = None
    total_duration_s: float | None = None
    fps: tuple[float, float] | None = None
    frame_pixels: tuple[int, int] | None = None


IMAGE: Final = MediaLimits(
    MediaKind.IMAGE, frozenset({"jpeg", "png", "webp"}),
    frozenset({".jpg", ".jpeg", ".png", ".webp"}), 9, 30 * MB,
    side_px=(300, 6000), aspect=(0.4, 2.5),
)
VIDEO: Final = MediaLimits(
    MediaKind.VIDEO, frozenset({"mp4", "mov"}), frozenset({".mp4", ".mov"}), 3, 50 * MB,
    side_px=(300, 6000), aspect=(0.4, 2.5), duration_s=(2.0, 15.0), total_duration_s=15.0,
    fps=(24.0, 60.0), frame_pixels=(409_600, 2_086_876),
)
AUDIO: Final = MediaLimits(
    MediaKind.AUDIO, frozenset({"wav", "mp3"}), frozenset({".wav", ".mp3"}), 3, 15 * MB,
    duration_s=(2.0, 15.0), total_duration_s=15.0,
)
LIMITS: Final = {lim.kind: lim for lim in (IMAGE, VIDEO, AUDIO)}
REQUEST_BODY_MAX_BYTES: Final = 64 * MB


@dataclass(frozen=True)
class MediaFacts:
    """What probing a file found. None means "could not be measured", never "zero"."""

    kind: MediaKind
    name: str
    format: str | None = None
    size_bytes: int | None = None
    width: int | None = None
    height: int | None = None
    duration_s: float | None = None
    fps: float | None = None


def _mb(n: int) -> str:
    return f"{n / MB:.1f} MB"


def _excess(n: int) -> str:
    """A size overrun; in bytes when it is too small to show in MB (30.0 MB + 1 byte)."""
    if n >= MB // 10:
        return _mb(n)
    return f"{n:,} byte" + ("" if n == 1 else "s")


def _shown(x: float, lo: float, hi: float, digits: int = 1) -> str:
    """`x` with enough decimals that the number shown is itself outside lo–hi.

    So that a probe just past a limit never reads "15.0 s is outside 2–15 s".
    """
    text = f"{x:.{digits}f}"
    for d in range(digits, 5):
        text = f"{x:.{d}f}"
        if not lo <= float(text) <= hi:
            break
    return text


def _between(value: float, lo: float, hi: float) -> bool:
    return lo <= value <= hi


def check_item(f: MediaFacts, index: int | None = None) -> list[Problem]:
    """Every per-file limit `f` breaks, each naming the number that failed."""
    lim = LIMITS[f.kind]
    out: list[Problem] = []

    def bad(msg: str, code: str) -> None:
        out.append(Problem(f.kind.field, f"{f.name}: {msg}", code, index))

    if f.format is not None and f.format.lower() not in lim.formats:
        bad(f"{f.format} is not accepted; use " + ", ".join(sorted(lim.formats)), "format")
    if f.size_bytes is not None and f.size_bytes > lim.max_bytes:
        bad(f"{_mb(f.size_bytes)} is over the {_mb(lim.max_bytes)} limit by "
            f"{_excess(f.size_bytes - lim.max_bytes)}", "too_large")
    if lim.side_px and f.width is not None and f.height is not None:
        lo, hi = lim.side_px
        for side, px in (("width", f.width), ("height", f.height)):
            if not _between(px, lo, hi):
                bad(f"{side} {px} px is outside {lo}–{hi} px", "dimensions")
        if lim.aspect and f.height > 0:
            ratio = f.width / f.height
            if not _between(ratio, *lim.aspect):
                bad(f"aspect ratio {_shown(ratio, *lim.aspect, digits=2)} "
                    f"({f.width}×{f.height}) is outside "
                    f"{lim.aspect[0]}–{lim.aspect[1]}", "aspect")
        if lim.frame_pixels:
            px = f.width * f.height
            if not _between(px, *lim.frame_pixels):
                bad(f"{f.width}×{f.height} = {px:,} pixels per frame is outside "
                    f"{lim.frame_pixels[0]:,}–{lim.frame_pixels[1]:,}", "frame_pixels")
    if lim.duration_s and f.duration_s is not None and not _between(f.duration_s, *lim.duration_s):
        bad(f"{_shown(f.duration_s, *lim.duration_s)} s is outside "
            f"{lim.duration_s[0]:g}–{lim.duration_s[1]:g} s", "duration")
    if lim.fps and f.fps is not None and not _between(round(f.fps, 2), *lim.fps):
        bad(f"{f.fps:.2f} fps is outside {lim.fps[0]:g}–{lim.fps[1]:g} fps", "fps")
    return out


def check_set(images: Sequence[MediaFacts] = (), videos: Sequence[MediaFacts] = (),
              audios: Sequence[MediaFacts] = ()) -> list[Problem]:
    """Per-file limits, then the totals: counts, summed durations, the request body size."""
    out: list[Problem] = []
    groups = ((IMAGE, images), (VIDEO, videos), (AUDIO, audios))
    for lim, items in groups:
        for i, f in enumerate(items):
            out.extend(check_item(f, i))
        if len(items) > lim.max_count:
            out.append(Problem(lim.kind.field, f"{len(items)} {lim.kind.value} files; at most "
                               f"{lim.max_count} can be used", "too_many"))
        if lim.total_duration_s is not None:
            total = sum(f.duration_s or 0.0 for f in items)
            if total > lim.total_duration_s + 1e-6:
                out.append(Problem(
                    lim.kind.field,
                    f"{_shown(total, 0.0, lim.total_duration_s)} s of {lim.kind.value} in all "
                    f"is over the {lim.total_duration_s:g} s total by "
                    f"{_shown(total - lim.total_duration_s, 0.0, 0.0)} s",
                    "total_duration"))
    total_bytes = sum(f.size_bytes or 0 for _, items in groups for f in items)
    if total_bytes > REQUEST_BODY_MAX_BYTES:
        out.append(Problem("media", f"{_mb(total_bytes)} of media in all is over the "
                           f"{_mb(REQUEST_BODY_MAX_BYTES)} request limit by "
                           f"{_excess(total_bytes - REQUEST_BODY_MAX_BYTES)}", "body_too_large"))
    if audios and not images and not videos:
        out.append(Problem("audio_urls", "Audio cannot be used alone: add at least one image "
                           "or one video", "audio_alone"))
    return out
