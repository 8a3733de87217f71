"""Takes: one idea as a set of requests — N re-rolls of the same settings, swept over one or
two settings and over prompt alternatives written `{rain|snow|fog}`.

Seedance 2.0 has no seed, so a variation is a re-roll or a change of settings. `plan_takes`
turns the composer's request plus the sweep into the set's requests, each checked by
`rules.check`; a combination the rules refuse is dropped with its reason, never sent.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final, Generic, Protocol, Self, TypeAlias, TypeVar

from app.core import rules
from app.core.capabilities import (
    DURATION,
    MODELS,
    AspectRatio,
    Mode,
    Quality,
    Tier,
    model_for,
)
from app.core.catalog import TakesMsg
from app.core.messages import Message
from app.core.problems import Problem
from app.core.request_draft import RequestDraft

if TYPE_CHECKING:
    from app.core.models import GenerationRequest
    from app.core.request_draft import RequestFields

    class Plannable(RequestFields, Protocol):
        """A request the planner can vary: the pydantic `GenerationRequest` (a set sent) or
        a `RequestDraft` (the composer's list, drawn without pydantic)."""

        def model_copy(self, *, update: Mapping[str, Any] | None = None,
                       deep: bool = False) -> Self: ...

R = TypeVar("R", bound="Plannable")
SentPlan: TypeAlias = "TakePlan[GenerationRequest]"  # to send; the composer lists drafts

MAX_TAKES: Final = 8  # re-rolls of one combination
MAX_SET: Final = 16  # requests in one set, after the sweep
MAX_VARIED: Final = 2  # settings swept at once (prompt alternatives not counted)

# `{a|b}`: a group with at least one bar; `{name}` without a bar stays as written.
_GROUP: Final = re.compile(r"\{([^{}]*\|[^{}]*)\}")


class VaryKey(StrEnum):
    TIER = "tier"
    QUALITY = "quality"
    ASPECT = "aspect"
    DURATION = "duration"
    AUDIO = "audio"


_ANY_MODEL: Final = model_for(Mode.TEXT, Tier.STANDARD).id  # a model to try values on
_AUDIO_VALUES: Final = {"on": True, "off": False, "yes": True, "no": False,
                        "true": True, "false": False}


@dataclass(frozen=True)
class Vary:
    """One swept setting and its values, in the user's order, without repeats."""

    key: VaryKey
    values: tuple[str, ...]


@dataclass(frozen=True)
class Take(Generic[R]):
    """One request of the set; `differs` names what sets it apart (key → shown value)."""

    index: int
    request: R
    differs: tuple[tuple[str, str], ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def label(self) -> str:
        return " · ".join(value for _key, value in self.differs)


@dataclass(frozen=True)
class TakePlan(Generic[R]):
    """The set as it would be sent (`takes`) and what was dropped with its reasons."""

    takes: tuple[Take[R], ...] = ()
    dropped: tuple[Take[R], ...] = ()
    problems: tuple[Message, ...] = field(default_factory=tuple)  # the set as a whole

    @property
    def requests(self) -> list[R]:
        return [t.request for t in self.takes]

    @property
    def sendable(self) -> bool:
        return bool(self.takes) and not self.problems


def prompt_alternatives(prompt: str, *, per_line: bool = False) -> list[tuple[str, str]]:
    """Every prompt the text stands for, each with the label of its choices.

    `{rain|snow}` groups multiply (two groups of 2 give 4 prompts); with `per_line`, each
    non-empty line is a prompt of its own. Empty choices are kept ("a {red|} kite" → "a red
    kite", "a  kite"), so an option can be "nothing". One prompt without groups: itself, "".
    """
    if per_line:
        lines = [line.strip() for line in prompt.splitlines() if line.strip()]
        if len(lines) > 1:
            return [(line, _short(line)) for line in _unique(lines)]
    groups = list(_GROUP.finditer(prompt))
    if not groups:
        return [(prompt, "")]
    options = [_unique([o.strip() for o in g.group(1).split("|")]) for g in groups]
    out = []
    for choice in itertools.product(*options):
        text, last = [], 0
        for group, picked in zip(groups, choice, strict=True):
            text.append(prompt[last:group.start()])
            text.append(picked)
            last = group.end()
        text.append(prompt[last:])
        label = " / ".join(c or "—" for c in choice)
        out.append((" ".join("".join(text).split()), label))
    return out


def parse_vary(text: str) -> Vary | Message:
    """`KEY=V1,V2` (the CLI's `--vary`) as a Vary, or why it is not one."""
    key, sep, raw = text.partition("=")
    key = key.strip().lower()
    names = ", ".join(k.value for k in VaryKey)
    if not sep or key not in {k.value for k in VaryKey}:
        return Message(TakesMsg.VARY_UNKNOWN_KEY, text=text, keys=names)
    values = _unique([v.strip().lower() for v in raw.split(",") if v.strip()])
    if len(values) < 2:
        return Message(TakesMsg.VARY_TOO_FEW, key=key)
    vary = Vary(VaryKey(key), tuple(values))
    bad = [v for v in vary.values if _apply(RequestDraft(model=_ANY_MODEL, prompt="x"),
                                            vary.key, v) is None]
    if bad:
        return Message(TakesMsg.VARY_BAD_VALUE, value=bad[0],
                       key=key)
    return vary


def plan_takes(base: R, *, takes: int = 1, vary: Sequence[Vary] = (),
               per_line: bool = False) -> TakePlan[R]:
    """The set: every combination of the swept values and prompt alternatives, `takes` times."""
    problems: list[Message] = []
    if not 1 <= takes <= MAX_TAKES:
        problems.append(Message(TakesMsg.TAKES_COUNT, max=MAX_TAKES, n=takes))
        takes = max(1, min(takes, MAX_TAKES))
    keys = [v.key for v in vary]
    if len(set(keys)) != len(keys) or len(keys) > MAX_VARIED:
        problems.append(Message(TakesMsg.VARY_TOO_MANY, max=MAX_VARIED))
    prompts = prompt_alternatives(base.prompt, per_line=per_line)
    axes: list[list[tuple[str, str, str]]] = [[(k.key.value, v, _shown(k.key, v))
                                              for v in k.values] for k in vary]
    if len(prompts) > 1:
        axes.append([("prompt", text, label) for text, label in prompts])
    combos = list(itertools.product(*axes)) if axes else [()]
    if len(combos) * takes > MAX_SET:
        problems.append(Message(TakesMsg.TAKES_TOO_MANY, n=len(combos) * takes, max=MAX_SET))
    kept: list[Take[R]] = []
    dropped: list[Take[R]] = []
    for combo in combos:
        request: R | None = base
        for key, value, _shown_value in combo:
            request = _apply(request, key, value) if request is not None else None
        differs = tuple((key, shown) for key, _value, shown in combo)
        if request is None:  # a value the model cannot express at all (e.g. an unknown tier)
            continue
        found = tuple(rules.check(request))
        for _ in range(takes):
            take = Take(len(kept) + len(dropped), request, differs, found)
            (dropped if found else kept).append(take)
    return TakePlan(tuple(kept), tuple(dropped), tuple(problems))


def _apply(request: R, key: str, value: str) -> R | None:
    """The request with one setting changed, or None when `value` is no value of `key`."""
    if key == "prompt":
        return request.model_copy(update={"prompt": value})
    if key == VaryKey.TIER:
        spec = MODELS.get(request.model)
        if spec is None or value not in {t.value for t in Tier}:
            return None
        return request.model_copy(update={"model": model_for(spec.mode, Tier(value)).id})
    if key == VaryKey.QUALITY:
        return request.model_copy(update={"quality": value}) \
            if value in {q.value for q in Quality} else None
    if key == VaryKey.ASPECT:
        return request.model_copy(update={"aspect_ratio": value}) \
            if value in {a.value for a in AspectRatio} else None
    if key == VaryKey.DURATION:
        seconds = value.removesuffix("s")
        if not seconds.isdigit() or int(seconds) not in DURATION:
            return None
        return request.model_copy(update={"duration": int(seconds)})
    if key == VaryKey.AUDIO:
        on = _AUDIO_VALUES.get(value)
        return None if on is None else request.model_copy(update={"generate_audio": on})
    return None


def _shown(key: VaryKey, value: str) -> str:
    if key is VaryKey.TIER:
        return Tier(value).label if value in {t.value for t in Tier} else value
    if key is VaryKey.DURATION:
        return f"{value.removesuffix('s')} s"
    if key is VaryKey.AUDIO:
        return "audio on" if _AUDIO_VALUES.get(value) else "audio off"
    return value


def _short(line: str, limit: int = 24) -> str:
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _unique(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(items))


_COMPARED: Final = ("model", "quality", "aspect_ratio", "duration", "generate_audio", "prompt")


def differences(requests: Sequence[RequestFields | None]) -> list[list[tuple[str, str]]]:
    """For each clip of a set, the settings in which the set differs, as (key, shown value):
    what a grid writes under each tile. A clip without a request has none to show."""
    known = [r for r in requests if r is not None]
    varied = [k for k in _COMPARED if len({getattr(r, k) for r in known}) > 1]
    prompts = [r.prompt for r in known]
    head = _common_prefix(prompts)
    tail = _common_prefix([p[len(head):][::-1] for p in prompts])[::-1] if prompts else ""
    out: list[list[tuple[str, str]]] = []
    for r in requests:
        if r is None:
            out.append([])
            continue
        shown = []
        for key in varied:
            if key == "prompt":
                middle = r.prompt[len(head): len(r.prompt) - len(tail)].strip()
                shown.append((key, _short(middle or r.prompt.strip(), 40) or "—"))
            elif key == "model":
                spec = MODELS.get(r.model)
                shown.append((key, spec.label if spec else r.model))
            elif key == "duration":
                shown.append((key, f"{r.duration} s"))
            elif key == "generate_audio":
                shown.append((key, "audio on" if r.generate_audio else "audio off"))
            else:
                shown.append((key, str(getattr(r, key))))
        out.append(shown)
    return out


def _common_prefix(texts: Sequence[str]) -> str:
    """The longest common start, cut back to a word boundary (a tile shows whole words)."""
    if not texts:
        return ""
    first, last = min(texts), max(texts)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    head = first[:n]
    if n < len(first) or n < len(last):
        head = head[: head.rfind(" ") + 1] if " " in head else ""
    return head
