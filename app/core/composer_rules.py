"""What the composer offers for a model and why not, derived from the capability table.

Pure functions the composer widgets ask: which option is disabled and the reason, the nearest
valid value when a model change invalidates one (with a one-line notice), how media slots are
named, which kept media the current model greys out, and the live prompt counter.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final, Generic, TypeVar

from app.core import api_facts
from app.core.capabilities import (
    AspectRatio,
    Mode,
    ModelSpec,
    Quality,
    Span,
    Tier,
    model_for,
    pixel_size,
)
from app.core.catalog import AccountMsg, ComposerMsg, WordsMsg
from app.core.media_limits import MediaFacts, MediaKind, check_item, check_set
from app.core.messages import (
    Message,
    count,
    media_reason,
    mode_label,
    model_label,
    model_params_reason,
    quality_reason,
    tier_label,
)
from app.core.problems import Problem
from app.core.rules import prompt_advice, prompt_stats

T = TypeVar("T")

KINDS: Final = (MediaKind.IMAGE, MediaKind.VIDEO, MediaKind.AUDIO)
_SLOT_TITLES: Final = {MediaKind.IMAGE: WordsMsg.SLOT_IMAGE, MediaKind.VIDEO: WordsMsg.SLOT_VIDEO,
                       MediaKind.AUDIO: WordsMsg.SLOT_AUDIO}
_KIND_TITLES: Final = {
    MediaKind.IMAGE: WordsMsg.KIND_TITLE_IMAGES,
    MediaKind.VIDEO: WordsMsg.KIND_TITLE_VIDEOS,
    MediaKind.AUDIO: WordsMsg.KIND_TITLE_AUDIO,
}
_ADAPTIVE_HINT: Final = {
    Mode.TEXT: "from the prompt",
    Mode.IMAGE: "from the first frame",
    Mode.REFERENCE: "from the media",
}


@dataclass(frozen=True)
class Choice(Generic[T]):
    """One option of a picker: enabled when `reason` is None, else disabled with the reason."""

    value: T
    label: str
    reason: str | None = None

    @property
    def enabled(self) -> bool:
        return self.reason is None


def quality_choices(spec: ModelSpec) -> list[Choice[Quality]]:
    return [Choice(q, q.value, quality_reason(spec, q)) for q in Quality]


def aspect_label(aspect: AspectRatio, quality: Quality, mode: Mode) -> str:
    """"9:16 · 720×1280", or for adaptive where the server takes the size from."""
    size = pixel_size(aspect, quality)
    if size is None:
        return f"Adaptive · {_ADAPTIVE_HINT[mode]}"
    return f"{aspect.value} · {size[0]}×{size[1]}"


def aspect_choices(spec: ModelSpec, quality: Quality) -> list[Choice[AspectRatio]]:
    # Every model takes every aspect ratio [doc]; only the pixel size depends on the quality.
    return [Choice(a, aspect_label(a, quality, spec.mode)) for a in AspectRatio]


def nearest_quality(spec: ModelSpec, wanted: Quality) -> Quality:
    """`wanted` when the model renders it, else the closest it does (the lower one on a tie)."""
    if wanted in spec.qualities:
        return wanted
    order = list(Quality)
    return min(spec.qualities, key=lambda q: (abs(order.index(q) - order.index(wanted)),
                                              order.index(q)))


def quality_fallback(spec: ModelSpec, wanted: Quality) -> tuple[Quality, Message | None]:
    """The quality to use on `spec` and, when it changed, the one-line notice saying so."""
    got = nearest_quality(spec, wanted)
    if got is wanted:
        return got, None
    return got, Message(ComposerMsg.QUALITY_CHANGED, wanted=wanted.value, got=got.value,
                        tier=tier_label(spec.tier), best=spec.qualities[-1].value)


def capacity(spec: ModelSpec, kind: MediaKind) -> Span:
    return {MediaKind.IMAGE: spec.images, MediaKind.VIDEO: spec.videos,
            MediaKind.AUDIO: spec.audios}[kind]


def slot_reference(kind: MediaKind, index: int) -> str:
    """How the prompt names a slot on reference-to-video: "image 1", "video 2", "audio 1"."""
    return f"{kind.value} {index + 1}"


def slot_title(spec: ModelSpec, kind: MediaKind, index: int) -> Message:
    """"First frame", or "Image 1" (the capitalised slot_reference)."""
    if spec.mode is Mode.IMAGE and kind is MediaKind.IMAGE and index < 2:
        return (Message(WordsMsg.SLOT_FIRST_FRAME),
                Message(WordsMsg.SLOT_LAST_FRAME))[index]
    return Message(_SLOT_TITLES[kind], n=index + 1)


def kind_title(kind: MediaKind) -> Message:
    return Message(_KIND_TITLES[kind])


def greyed_reason(spec: ModelSpec, kind: MediaKind, index: int) -> Message | None:
    """Why a kept item in slot `index` is not used by `spec`, or None when it is used."""
    reason = media_reason(spec, kind.value)
    if reason:
        return Message(ComposerMsg.GREYED_NOT_TAKEN, reason=reason)
    span = capacity(spec, kind)
    if index >= span.hi:
        return Message(ComposerMsg.GREYED_OVER_CAPACITY,
                       mode=mode_label(spec.mode), count=count(kind.value, span.hi))
    return None


def active_count(spec: ModelSpec, kind: MediaKind, count: int) -> int:
    """How many of the first `count` items of `kind` the model uses (the rest stay greyed)."""
    return min(count, capacity(spec, kind).hi)


def kept_notices(spec: ModelSpec, counts: Mapping[MediaKind, int]) -> list[Message]:
    """One line per kind that has items the model will not use."""
    out: list[Message] = []
    for kind in KINDS:
        unused = counts.get(kind, 0) - active_count(spec, kind, counts.get(kind, 0))
        if unused > 0:
            out.append(Message(ComposerMsg.KEPT_NOT_USED,
                               count=count(kind.value, unused), model=model_label(spec)))
    return out


def references(spec: ModelSpec, counts: Mapping[MediaKind, int]) -> list[str]:
    """The prompt references the filled slots offer; only reference-to-video names media."""
    if spec.mode is not Mode.REFERENCE:
        return []
    return [slot_reference(kind, i) for kind in KINDS
            for i in range(active_count(spec, kind, counts.get(kind, 0)))]


def media_problems(facts: Mapping[MediaKind, Sequence[MediaFacts | None]]) -> list[Problem]:
    """The documented limits over the used items; `None` marks an item not measured (a URL).

    Per-item problems carry the slot index; totals (durations, body size, audio alone) carry
    none.
    """
    out: list[Problem] = []
    for items in facts.values():
        for i, f in enumerate(items):
            if f is not None:
                out.extend(check_item(f, i))
    measured = {k: [f for f in facts.get(k, ()) if f is not None] for k in KINDS}
    totals = check_set(measured[MediaKind.IMAGE], measured[MediaKind.VIDEO],
                       measured[MediaKind.AUDIO])
    out.extend(p for p in totals if p.index is None and p.code != "audio_alone")
    return out


def parse_model_params(text: str) -> tuple[dict[str, Any] | None, Message | None]:
    """The model_params object typed in the Advanced section, or why it is not one."""
    if not text.strip():
        return None, None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        # exc.msg is the json module's English ("Expecting value"); it stays as it is.
        return None, Message(
            ComposerMsg.JSON_INVALID, error=exc.msg, line=exc.lineno, column=exc.colno
        )
    if not isinstance(value, dict):
        return None, Message(ComposerMsg.JSON_NOT_OBJECT, example='{"key": "value"}')
    return value, None


def model_params_state(spec: ModelSpec) -> Message | None:
    return model_params_reason(spec)


class Level(StrEnum):
    OK = "ok"
    WARN = "warn"
    ERROR = "error"


@dataclass(frozen=True)
class PromptCount:
    text: str  # "120 characters · 24 words"
    level: Level
    message: str | None  # the recommendation or the limit, when past it


def prompt_count(prompt: str) -> PromptCount:
    """The live counter under the prompt: characters, words of Latin text, and past what."""
    cjk, words, tokens = prompt_stats(prompt)
    parts = [f"{len(prompt):,} characters"]
    if cjk:
        parts.append(f"{cjk:,} Chinese")
    if words:
        parts.append(f"{words:,} word" + ("" if words == 1 else "s"))
    text = " · ".join(parts)
    if tokens > api_facts.PROMPT_MAX_TOKENS:
        return PromptCount(text, Level.ERROR, Message(
            ComposerMsg.PROMPT_ABOUT_TOKENS,
            tokens=tokens, limit=api_facts.PROMPT_MAX_TOKENS))
    advice = prompt_advice(prompt)
    return PromptCount(text, Level.WARN if advice else Level.OK, advice)


# --- Which models this key may use (GET /v1/models [seen], issue 21) -----------------------

def model_access_reason(spec: ModelSpec, allowed: frozenset[str] | None) -> Message | None:
    """Why this key may not use `spec`; None when it may, or while nobody knows."""
    if allowed is None or spec.id in allowed:
        return None
    return Message(AccountMsg.MODEL_NOT_ALLOWED, model=model_label(spec))


def tier_choices(mode: Mode, allowed: frozenset[str] | None) -> list[Choice[Tier]]:
    """The tiers of `mode`, each disabled with the reason when this key may not use it."""
    return [Choice(t, t.label, model_access_reason(model_for(mode, t), allowed)) for t in Tier]
