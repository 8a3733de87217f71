"""A sequence: shots (saved clips or drafts) in order, with continuity links and trims."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Final

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.core.capabilities import DEFAULT_ASPECT, DEFAULT_QUALITY
from app.core.models import GenerationRequest

SEQUENCE_SCHEMA: Final = 1


class LinkKind(StrEnum):
    """How a shot starts from the previous one."""

    LAST_FRAME = "last_frame"  # image-to-video, the previous clip's last frame as first frame
    CHOSEN_FRAME = "chosen_frame"  # image-to-video from a frame picked at `frame_time_s`
    CONTINUE = "continue"  # reference-to-video with the previous clip as video 1


class Continuity(BaseModel):
    """The link to the previous shot, with the hash of the clip it was made from: a previous
    shot replaced by another take has another hash, so the dependent shot can say so."""

    model_config = ConfigDict(frozen=True)

    kind: LinkKind
    frame_time_s: float | None = None  # CHOSEN_FRAME only: seconds into the previous clip
    source_sha256: str | None = None  # the previous clip when the link was made; None: not yet

    @model_validator(mode="after")
    def _time_for_chosen(self) -> Continuity:
        if self.kind is LinkKind.CHOSEN_FRAME and (self.frame_time_s is None
                                                   or self.frame_time_s < 0):
            raise ValueError("a chosen-frame link needs a time of 0 s or more")
        return self


class ClipRef(BaseModel):
    """A saved clip by path and content (sha256 of the file, as the library's sidecars hash it),
    with the facts the model needs to compute durations without opening the file."""

    model_config = ConfigDict(frozen=True)

    path: str
    sha256: str
    size: int = Field(ge=0)
    duration_s: float = Field(gt=0)
    fps: float = Field(gt=0)
    width: int = Field(gt=0)
    height: int = Field(gt=0)
    has_audio: bool = False

    @property
    def frame_count(self) -> int:
        return max(1, round(self.duration_s * self.fps))


class Shot(BaseModel):
    """One shot: a clip (`clip`) or a draft (`request` only); the request stays after the clip
    is made, so the film's sidecar can say how each shot was asked for."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    clip: ClipRef | None = None
    request: GenerationRequest | None = None
    link: Continuity | None = None
    trim_in_s: float = Field(default=0.0, ge=0)
    trim_out_s: float | None = Field(default=None, gt=0)  # None: to the clip's end

    @model_validator(mode="after")
    def _something(self) -> Shot:
        if self.clip is None and self.request is None:
            raise ValueError("a shot needs a clip or a request")
        if self.trim_out_s is not None and self.trim_out_s <= self.trim_in_s:
            raise ValueError("a shot's out point must come after its in point")
        return self

    @property
    def is_draft(self) -> bool:
        return self.clip is None

    def frames(self) -> tuple[int, int]:
        """(in, out) as frame indices of the clip (out excluded), snapped to its frame grid and
        kept inside it, with at least one frame between."""
        if self.clip is None:
            return (0, 0)
        total = self.clip.frame_count
        first = min(round(self.trim_in_s * self.clip.fps), total - 1)
        end = total if self.trim_out_s is None else round(self.trim_out_s * self.clip.fps)
        return first, min(total, max(end, first + 1))

    @property
    def in_s(self) -> float:
        return self.frames()[0] / self.clip.fps if self.clip is not None else 0.0

    @property
    def out_s(self) -> float:
        return self.frames()[1] / self.clip.fps if self.clip is not None else 0.0

    @property
    def trimmed_s(self) -> float:
        """The shot's length after trims, frame-accurate; 0 for a draft."""
        first, end = self.frames()
        return (end - first) / self.clip.fps if self.clip is not None else 0.0

    def trimmed(self, in_s: float, out_s: float | None) -> Shot:
        return self.model_copy(update={"trim_in_s": in_s, "trim_out_s": out_s})


class Missing(StrEnum):
    DRAFT = "draft"  # not generated yet
    WAITS = "waits"  # its start needs the previous shot, which is missing itself


class Gap(BaseModel):
    """Why one shot is not ready for export."""

    model_config = ConfigDict(frozen=True)

    index: int
    shot_id: str
    why: Missing


class Sequence(BaseModel):
    """An ordered list of shots; operations return a new sequence (autosave compares them)."""

    model_config = ConfigDict(frozen=True)

    schema_version: int = SEQUENCE_SCHEMA
    name: str = "Untitled sequence"
    quality: str = DEFAULT_QUALITY.value
    aspect_ratio: str = DEFAULT_ASPECT.value
    shots: tuple[Shot, ...] = ()

    def _with(self, shots: list[Shot]) -> Sequence:
        return self.model_copy(update={"shots": tuple(shots)})

    def _check(self, index: int) -> None:
        if not 0 <= index < len(self.shots):
            raise IndexError(f"no shot {index} in a sequence of {len(self.shots)}")

    def add(self, shot: Shot, at: int | None = None) -> Sequence:
        shots = list(self.shots)
        shots.insert(len(shots) if at is None else max(0, min(at, len(shots))), shot)
        return self._with(shots)

    def replace(self, index: int, shot: Shot) -> Sequence:
        self._check(index)
        shots = list(self.shots)
        shots[index] = shot
        return self._with(shots)

    def move(self, index: int, to: int) -> Sequence:
        """Move shot `index` so that it ends up at position `to` (clamped)."""
        self._check(index)
        shots = list(self.shots)
        shot = shots.pop(index)
        shots.insert(max(0, min(to, len(shots))), shot)
        return self._with(shots)

    def remove(self, index: int) -> Sequence:
        self._check(index)
        return self._with([s for i, s in enumerate(self.shots) if i != index])

    def duplicate(self, index: int) -> Sequence:
        """A copy right after the original, with an id of its own."""
        self._check(index)
        copy = self.shots[index].model_copy(update={"id": uuid.uuid4().hex[:12]})
        return self.add(copy, index + 1)

    def index_of(self, shot_id: str) -> int:
        for i, shot in enumerate(self.shots):
            if shot.id == shot_id:
                return i
        raise KeyError(shot_id)

    def link_changed(self, index: int) -> bool:
        """True when the shot was made from a previous clip that is no longer the one in place
        (another take, or the previous shot moved)."""
        self._check(index)
        link = self.shots[index].link
        if link is None or link.source_sha256 is None:
            return False
        previous = self.shots[index - 1].clip if index > 0 else None
        return previous is None or previous.sha256 != link.source_sha256

    def missing(self) -> list[Gap]:
        """The shots still to generate, in order: an export needs none."""
        gaps: list[Gap] = []
        previous_ready = True
        for i, shot in enumerate(self.shots):
            if shot.is_draft:
                needs_previous = shot.link is not None and i > 0
                why = Missing.WAITS if needs_previous and not previous_ready else Missing.DRAFT
                gaps.append(Gap(index=i, shot_id=shot.id, why=why))
                previous_ready = False
                continue
            previous_ready = True
        return gaps

    def changed_links(self) -> list[int]:
        """Shots whose previous shot is no longer the clip they were (or will be) made from:
        a warning for the strip, not a reason to refuse an export."""
        return [i for i in range(len(self.shots)) if self.link_changed(i)]

    def clips(self) -> list[Shot]:
        """The shots that have a clip, in order."""
        return [s for s in self.shots if s.clip is not None]

    @property
    def duration_s(self) -> float:
        """The summed trimmed length of the shots that have a clip (no crossfades)."""
        return sum(s.trimmed_s for s in self.shots)
