"""Make a clip again: the same prompt and media on another tier, quality or duration.

The usual ladder: Mini or Fast at 480p to explore, Standard at 720p or 1080p for the keeper.
`choices` checks each rung on the clip's own request with `rules.check` (a rung the model
family cannot do is kept, with its reason, so the user sees why); `media_plan` says, for each
medium of the request, whether it can be sent again and how.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from app.core import rules
from app.core.capabilities import MODELS, Quality, Tier, model_for
from app.core.media_limits import MediaKind
from app.core.models import GenerationRequest
from app.core.problems import Problem


class Purpose(StrEnum):
    EXPLORE = "explore"  # cheap and quick: is the idea worth it?
    KEEP = "keep"  # the keeper at full quality


@dataclass(frozen=True)
class Rung:
    tier: Tier
    quality: Quality
    purpose: Purpose

    @property
    def label(self) -> str:
        return f"{self.tier.label} {self.quality.value}"


LADDER: Final = (
    Rung(Tier.MINI, Quality.P480, Purpose.EXPLORE),
    Rung(Tier.FAST, Quality.P480, Purpose.EXPLORE),
    Rung(Tier.STANDARD, Quality.P720, Purpose.KEEP),
    Rung(Tier.STANDARD, Quality.P1080, Purpose.KEEP),
)


@dataclass(frozen=True)
class Choice:
    """One rung for one clip: the request it would send, and why it cannot (empty: it can)."""

    rung: Rung
    request: GenerationRequest | None  # None: the clip's model is unknown
    problems: tuple[Problem, ...] = ()
    same: bool = False  # the clip's own settings: a re-roll

    @property
    def sendable(self) -> bool:
        return self.request is not None and not self.problems


def remade(original: GenerationRequest, tier: Tier, quality: Quality,
           duration: int | None = None) -> GenerationRequest | None:
    """The request with its model moved to `tier` (same mode), `quality` and, when given,
    `duration`; prompt, media, aspect and sound untouched. None when the model is unknown."""
    spec = MODELS.get(original.model)
    if spec is None:
        return None
    update: dict[str, object] = {"model": model_for(spec.mode, tier).id,
                                 "quality": quality.value}
    if duration is not None:
        update["duration"] = duration
    return original.model_copy(update=update, deep=True)


def choices(original: GenerationRequest, duration: int | None = None) -> list[Choice]:
    """Every rung of the ladder for this clip, each checked by the rules."""
    out = []
    for rung in LADDER:
        request = remade(original, rung.tier, rung.quality, duration)
        if request is None:
            out.append(Choice(rung, None))
            continue
        same = (request.model == original.model and request.quality == original.quality
                and request.duration == original.duration)
        out.append(Choice(rung, request, tuple(rules.check(request)), same))
    return out


def ladder_position(request: GenerationRequest) -> Rung | None:
    """The rung a request stands on, if it is one of the ladder's."""
    spec = MODELS.get(request.model)
    for rung in LADDER:
        if spec is not None and spec.tier is rung.tier and request.quality == rung.quality:
            return rung
    return None


class Gone(StrEnum):
    """Why a medium cannot be sent again."""

    FILE_AND_LINK = "file_and_link"  # the local file is gone and its upload link expired


@dataclass(frozen=True)
class Medium:
    kind: MediaKind
    index: int
    url: str  # as the request holds it
    local: str | None = None  # send this file again (uploaded anew, or its cached link)
    gone: Gone | None = None


@dataclass(frozen=True)
class MediaPlan:
    media: tuple[Medium, ...] = ()

    @property
    def gone(self) -> list[Medium]:
        return [m for m in self.media if m.gone is not None]

    @property
    def usable(self) -> bool:
        return not self.gone

    def of(self, kind: MediaKind) -> list[Medium]:
        return [m for m in self.media if m.kind is kind]


def media_plan(request: GenerationRequest, sources: Mapping[str, str],
               existing: Collection[str], *, links_valid: bool) -> MediaPlan:
    """How each medium of `request` goes out again. `sources`: {upload URL: local path} as the
    record keeps them; `existing`: which of those paths are still files; `links_valid`: the
    upload links have not expired yet. A URL the user gave (not an upload) goes as it is."""
    out = []
    for kind in MediaKind:
        for i, url in enumerate(getattr(request, kind.field)):
            path = sources.get(url)
            if path is None:
                out.append(Medium(kind, i, url))
            elif path in existing:
                out.append(Medium(kind, i, url, local=path))
            elif links_valid:
                out.append(Medium(kind, i, url))
            else:
                out.append(Medium(kind, i, url, gone=Gone.FILE_AND_LINK))
    return MediaPlan(tuple(out))
