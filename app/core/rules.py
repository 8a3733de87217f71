"""`check(request)`: every rule of the generation endpoint, each broken rule one Problem.

The GUI, the CLI and the simulator all ask this one function.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final
from urllib.parse import urlsplit

from app.core import api_facts
from app.core.capabilities import DURATION, MODELS, AspectRatio, Mode, ModelSpec, Quality
from app.core.catalog import RulesMsg
from app.core.messages import (
    Message,
    audio_alone,
    count,
    item,
    media_reason,
    mode_label,
    model_params_reason,
    quality_reason,
)
from app.core.numeric_host import ip_of
from app.core.problems import Problem
from app.core.safe_text import is_blank

if TYPE_CHECKING:  # a pydantic GenerationRequest or a plain RequestDraft: both have these
    from app.core.request_draft import RequestFields

_CJK: Final = (
    r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)
_WORD: Final = r"[A-Za-z0-9\u00c0-\u024f']+"


def prompt_stats(prompt: str) -> tuple[int, int, int]:
    """(CJK characters, Latin words, estimated tokens) of a prompt."""
    if not prompt:  # the composer at start: the classes compile (~3 ms) at the first text
        return 0, 0, 0
    cjk = len(re.findall(_CJK, prompt))  # re's cache keeps them compiled
    words = len(re.findall(_WORD, prompt))
    rest = len(prompt) - cjk
    return cjk, words, cjk + (rest + 3) // 4


def prompt_advice(prompt: str) -> Message | None:
    """The documented soft recommendation, when the prompt is past it (not an error)."""
    cjk, words, _ = prompt_stats(prompt)
    if cjk > api_facts.PROMPT_RECOMMENDED_CJK_CHARS:
        return Message(
            RulesMsg.PROMPT_CJK_ADVICE, n=cjk, limit=api_facts.PROMPT_RECOMMENDED_CJK_CHARS
        )
    if words > api_facts.PROMPT_RECOMMENDED_WORDS:
        return Message(
            RulesMsg.PROMPT_WORDS_ADVICE, n=words, limit=api_facts.PROMPT_RECOMMENDED_WORDS
        )
    return None


def check_callback_url(url: str) -> Message | None:
    """Why a callback URL is refused (HTTPS only, public host, length), or None."""
    if len(url) > api_facts.CALLBACK_URL_MAX_CHARS:
        return Message(RulesMsg.CALLBACK_TOO_LONG, length=len(url),
                       limit=api_facts.CALLBACK_URL_MAX_CHARS)
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port  # raises on a port outside 0-65535
    except ValueError:
        return Message(RulesMsg.CALLBACK_INVALID)
    if parts.scheme.lower() != "https":
        return Message(RulesMsg.CALLBACK_NOT_HTTPS)
    host = (host or "").rstrip(".")  # "localhost." and "10.0.0.1." name the same hosts
    if not host:
        return Message(RulesMsg.CALLBACK_NO_HOST)
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return Message(RulesMsg.CALLBACK_LOCALHOST)
    ip = ip_of(host)
    if ip is None:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if not ip.is_global:
        return Message(RulesMsg.CALLBACK_PRIVATE, host=host)
    return None


def _check_url(url: object, name: Message) -> Message | None:
    if not isinstance(url, str) or not url.strip():
        return Message(RulesMsg.URL_EMPTY, item=name)
    try:
        parts = urlsplit(url.strip())
        _ = parts.port  # raises on a port outside 0-65535
    except ValueError:  # e.g. "https://[abc": a broken IPv6 literal
        return Message(RulesMsg.URL_INVALID, item=name)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return Message(RulesMsg.URL_NOT_HTTP, item=name)
    return None


def _check_media_counts(req: RequestFields, spec: ModelSpec) -> list[Problem]:
    out: list[Problem] = []
    for field, kind, span in (("image_urls", "image", spec.images),
                              ("video_urls", "video", spec.videos),
                              ("audio_urls", "audio", spec.audios)):
        urls: Sequence[str] = getattr(req, field)
        reason = media_reason(spec, kind)
        if reason and urls:
            out.append(Problem(field, Message(RulesMsg.MEDIA_NOT_TAKEN,
                                              reason=reason, count=count(kind, len(urls))),
                               "not_supported"))
            continue
        if len(urls) < span.lo:
            out.append(Problem(field, Message(
                RulesMsg.TOO_FEW_FIRST_FRAME if spec.mode is Mode.IMAGE else RulesMsg.TOO_FEW,
                mode=mode_label(spec.mode), count=count(kind, span.lo)), "too_few"))
        elif len(urls) > span.hi:
            out.append(Problem(field, Message(RulesMsg.TOO_MANY_URLS,
                                              count=count(kind, len(urls)), limit=span.hi),
                               "too_many"))
        for i, url in enumerate(urls):
            bad = _check_url(url, item(kind, i + 1))
            if bad:
                out.append(Problem(field, bad, "bad_url", i))
    if req.audio_urls and spec.audios.allowed and not req.image_urls and not req.video_urls:
        out.append(Problem("audio_urls", audio_alone(), "audio_alone"))
    return out


def check(req: RequestFields) -> list[Problem]:
    """Every violation of the documented rules in `req`, in field order; empty when valid.

    `req` is a GenerationRequest (sent, stored, simulated) or a RequestDraft (the composer's
    live checks): only the fields are read."""
    out: list[Problem] = []
    spec = MODELS.get(req.model)
    if spec is None:
        out.append(
            Problem("model", Message(RulesMsg.UNKNOWN_MODEL, model=req.model), "unknown_model")
        )
    if not req.prompt.strip():
        out.append(Problem("prompt", Message(RulesMsg.PROMPT_EMPTY), "empty"))
    elif is_blank(req.prompt):
        out.append(Problem("prompt", Message(RulesMsg.PROMPT_INVISIBLE), "empty"))
    else:
        tokens = prompt_stats(req.prompt)[2]
        if tokens > api_facts.PROMPT_MAX_TOKENS:
            out.append(Problem("prompt", Message(RulesMsg.PROMPT_TOO_LONG,
                                                 tokens=tokens, limit=api_facts.PROMPT_MAX_TOKENS),
                               "too_long"))
    if spec is not None:
        out.extend(_check_media_counts(req, spec))
    if req.duration not in DURATION:
        short = req.duration < DURATION.lo
        out.append(Problem("duration", Message(
            RulesMsg.DURATION_TOO_SHORT if short else RulesMsg.DURATION_TOO_LONG,
            lo=DURATION.lo, hi=DURATION.hi, duration=req.duration), "out_of_range"))
    try:
        quality = Quality(req.quality)
    except ValueError:
        out.append(Problem("quality", Message(RulesMsg.UNKNOWN_QUALITY, quality=req.quality),
                           "unknown_value"))
    else:
        reason = quality_reason(spec, quality) if spec else None
        if reason:
            out.append(Problem("quality", reason, "not_supported"))
    if req.aspect_ratio not in {a.value for a in AspectRatio}:
        out.append(Problem("aspect_ratio", Message(
            RulesMsg.UNKNOWN_ASPECT,
            aspect=req.aspect_ratio, choices=", ".join(a.value for a in AspectRatio)),
            "unknown_value"))
    if req.model_params is not None and spec is not None:
        reason = model_params_reason(spec)
        if reason:
            out.append(Problem("model_params", reason, "not_supported"))
    if req.callback_url is not None:
        reason = check_callback_url(req.callback_url)
        if reason:
            out.append(Problem("callback_url", reason, "bad_url"))
    return out
