"""A sentence for the user: its id, the template it comes from and the values that filled it.

The templates are written once, in app/core/catalog/ (one Enum per area). A Message is the
English text (the CLI prints it, the simulator answers with it) that also knows its id and
parameters, so the UI can translate the template and fill it again (app/ui/messages.py), and
the task store can keep the id and parameters instead of English (to_data / from_data).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from app.core.capabilities import Mode, ModelSpec, Quality, Tier
from app.core.catalog import BY_KEY, CapabilityMsg, RulesMsg, WordsMsg
from app.core.message_catalog import MessageId as MessageId


class Message(str):
    """An English sentence that also carries `id` and `params` (the values it was filled with).

    It *is* a str, so everything that prints, compares or serialises core messages keeps
    working unchanged; only the UI and the store look at `id`. A param may itself be a Message
    (a noun, a label), which the UI translates too. Plural templates take the count as `n`.
    """

    id: MessageId
    params: Mapping[str, Any]

    def __new__(cls, id: MessageId, /, **params: Any) -> Message:
        self = str.__new__(cls, id.template(params.get("n")).format(**params))
        self.id = id
        self.params = MappingProxyType(dict(params))
        return self

    @property
    def template(self) -> str:
        """The English template this text was made from (the form its `n` chose)."""
        return self.id.template(self.params.get("n"))

    def __reduce__(self) -> tuple[Any, ...]:  # copy/deepcopy/pickle: keep id and params
        return (_rebuilt, (self.id.key, dict(self.params)))

    def __repr__(self) -> str:
        return f"Message({self.id.key}, {str(self)!r})"


class SaidError(Exception):
    """An exception whose `str()` is its message itself: a Message keeps its id, so whoever
    shows `str(exc)` still reaches a sentence the interface can translate."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class MessageError(SaidError):
    """An error said in one catalog sentence: `message` is that sentence (a Message, which the
    interface translates; str() is its English)."""

    def __init__(self, id: MessageId, **params: object) -> None:
        super().__init__(Message(id, **params))


def _rebuilt(key: str, params: dict[str, Any]) -> Message:
    return Message(BY_KEY[key], **params)


def to_data(message: Message) -> dict[str, Any]:
    """`message` as JSON-ready data: {"id": key, "params": {...}}, a Message param nested."""
    params = {k: to_data(v) if isinstance(v, Message) else v if _plain(v) else str(v)
              for k, v in message.params.items()}
    return {"id": message.id.key, "params": params}


def _plain(value: object) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def from_data(data: object) -> Message | None:
    """The Message to_data gave; None when the id is no longer known or its template no
    longer fits the parameters (the caller then shows the English text it kept)."""
    if not isinstance(data, dict) or not isinstance(data.get("params"), dict):
        return None
    id = BY_KEY.get(str(data.get("id")))
    if id is None:
        return None
    params: dict[str, Any] = {}
    for k, v in data["params"].items():
        if isinstance(v, dict):
            v = from_data(v)
            if v is None:
                return None
        params[str(k)] = v
    try:
        return Message(id, **params)
    except (KeyError, IndexError, ValueError, TypeError):
        return None



_COUNTS: Final = {
    "image": WordsMsg.COUNT_IMAGES,
    "video": WordsMsg.COUNT_VIDEOS,
    "audio": WordsMsg.COUNT_AUDIOS,
}
_ITEMS: Final = {
    "image": WordsMsg.ITEM_IMAGE,
    "video": WordsMsg.ITEM_VIDEO,
    "audio": WordsMsg.ITEM_AUDIO,
}
_KINDS: Final = {
    "image": WordsMsg.KIND_IMAGE,
    "video": WordsMsg.KIND_VIDEO,
    "audio": WordsMsg.KIND_AUDIO,
}
_MODES: Final = {Mode.TEXT: WordsMsg.MODE_TEXT, Mode.IMAGE: WordsMsg.MODE_IMAGE,
                 Mode.REFERENCE: WordsMsg.MODE_REFERENCE}
_TIERS: Final = {
    Tier.STANDARD: WordsMsg.TIER_STANDARD,
    Tier.FAST: WordsMsg.TIER_FAST,
    Tier.MINI: WordsMsg.TIER_MINI,
}


def count(kind: str, n: int) -> Message:
    """"1 image", "3 audio clips": `kind` is a MediaKind value."""
    return Message(_COUNTS[kind], n=n)


def item(kind: str, number: int) -> Message:
    """"Image 2", "Audio clip 1": one item of a list field, numbered from 1."""
    return Message(_ITEMS[kind], n=number)


def kind_word(kind: str) -> Message:
    return Message(_KINDS[kind])


def mode_label(mode: Mode) -> Message:
    return Message(_MODES[mode])


def tier_label(tier: Tier) -> Message:
    return Message(_TIERS[tier])


def model_label(spec: ModelSpec) -> Message:
    return Message(WordsMsg.MODEL_LABEL, mode=mode_label(spec.mode), tier=tier_label(spec.tier))


def audio_alone() -> Message:
    return Message(RulesMsg.AUDIO_ALONE)


# Why the capability table says no.
def quality_reason(spec: ModelSpec, quality: Quality) -> Message | None:
    """Why `spec` cannot render `quality`, or None when it can."""
    if quality in spec.qualities:
        return None
    return Message(CapabilityMsg.QUALITY_STANDARD_ONLY, quality=quality.value,
                   fast=tier_label(Tier.FAST), mini=tier_label(Tier.MINI),
                   best=spec.qualities[-1].value)


def media_reason(spec: ModelSpec, kind: str) -> Message | None:
    """Why `spec` takes no media of `kind` ("image", "video", "audio"), or None when it does."""
    if {"image": spec.images, "video": spec.videos, "audio": spec.audios}[kind].allowed:
        return None
    if kind == "image":
        return Message(CapabilityMsg.NO_IMAGES_ON_TEXT)
    if kind == "video":
        return Message(CapabilityMsg.REFERENCE_ONLY_VIDEOS)
    return Message(CapabilityMsg.REFERENCE_ONLY_AUDIO)


def model_params_reason(spec: ModelSpec) -> Message | None:
    if spec.model_params:
        return None
    return Message(CapabilityMsg.MODEL_PARAMS_NOT_TAKEN)
