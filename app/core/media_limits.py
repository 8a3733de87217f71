"""The documented limits on input media, as data, and a pure checker over probed facts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from app.core.api_facts import MB
from app.core.catalog import MediaLimitsMsg, WordsMsg
from app.core.messages import Message, audio_alone, kind_word
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
    return Message(WordsMsg.COUNT_BYTES, n=n)


def about_file(name: str, problem: str) -> Message:
    """"clip.mp4: <problem>": a problem of one named file (the slot shows only `problem`)."""
    return Message(MediaLimitsMsg.FILE_PROBLEM, name=name, problem=problem)


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

    def bad(msg: Message, code: str) -> None:
        out.append(Problem(f.kind.field, about_file(f.name, msg), code, index))

    if f.format is not None and f.format.lower() not in lim.formats:
        bad(Message(MediaLimitsMsg.FORMAT_REFUSED,
                    format=f.format, formats=", ".join(sorted(lim.formats))), "format")
    if f.size_bytes is not None and f.size_bytes > lim.max_bytes:
        bad(Message(MediaLimitsMsg.FILE_TOO_LARGE,
                    size=_mb(f.size_bytes), limit=_mb(lim.max_bytes),
                    excess=_excess(f.size_bytes - lim.max_bytes)), "too_large")
    if lim.side_px and f.width is not None and f.height is not None:
        lo, hi = lim.side_px
        for id, px in (
            (MediaLimitsMsg.WIDTH_OUTSIDE, f.width),
            (MediaLimitsMsg.HEIGHT_OUTSIDE, f.height),
        ):
            if not _between(px, lo, hi):
                bad(Message(id, px=px, lo=lo, hi=hi), "dimensions")
        if lim.aspect and f.height > 0:
            ratio = f.width / f.height
            if not _between(ratio, *lim.aspect):
                bad(
                    Message(
                        MediaLimitsMsg.ASPECT_OUTSIDE,
                        ratio=_shown(ratio, *lim.aspect, digits=2),
                        width=f.width,
                        height=f.height,
                        lo=lim.aspect[0],
                        hi=lim.aspect[1],
                    ),
                    "aspect",
                )
        if lim.frame_pixels:
            px = f.width * f.height
            if not _between(px, *lim.frame_pixels):
                bad(Message(MediaLimitsMsg.FRAME_PIXELS_OUTSIDE, width=f.width, height=f.height,
                            pixels=px, lo=lim.frame_pixels[0], hi=lim.frame_pixels[1]),
                    "frame_pixels")
    if lim.duration_s and f.duration_s is not None and not _between(f.duration_s, *lim.duration_s):
        bad(Message(MediaLimitsMsg.DURATION_OUTSIDE,
                    duration=_shown(f.duration_s, *lim.duration_s), lo=lim.duration_s[0],
                    hi=lim.duration_s[1]), "duration")
    if lim.fps and f.fps is not None and not _between(round(f.fps, 2), *lim.fps):
        bad(Message(MediaLimitsMsg.FPS_OUTSIDE, fps=f.fps, lo=lim.fps[0], hi=lim.fps[1]), "fps")
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
            out.append(Problem(lim.kind.field, Message(
                MediaLimitsMsg.TOO_MANY_FILES,
                n=len(items), kind=kind_word(lim.kind.value), limit=lim.max_count), "too_many"))
        if lim.total_duration_s is not None:
            total = sum(f.duration_s or 0.0 for f in items)
            if total > lim.total_duration_s + 1e-6:
                out.append(Problem(lim.kind.field, Message(
                    MediaLimitsMsg.TOTAL_DURATION_OVER,
                    total=_shown(total, 0.0, lim.total_duration_s),
                    kind=kind_word(lim.kind.value), limit=lim.total_duration_s,
                    over=_shown(total - lim.total_duration_s, 0.0, 0.0)), "total_duration"))
    total_bytes = sum(f.size_bytes or 0 for _, items in groups for f in items)
    if total_bytes > REQUEST_BODY_MAX_BYTES:
        out.append(Problem("media", Message(
            MediaLimitsMsg.BODY_TOO_LARGE, size=_mb(total_bytes), limit=_mb(REQUEST_BODY_MAX_BYTES),
            excess=_excess(total_bytes - REQUEST_BODY_MAX_BYTES)), "body_too_large"))
    if audios and not images and not videos:
        out.append(Problem("audio_urls", audio_alone(), "audio_alone"))
    return out
