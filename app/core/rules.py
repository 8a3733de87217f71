"""`check(request)`: every rule of the generation endpoint, each broken rule one Problem.

The GUI, the CLI and the simulator all ask this one function.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Final
from urllib.parse import urlsplit

from app.core import api_facts
from app.core.capabilities import (
    DURATION,
    MODELS,
    AspectRatio,
    Mode,
    ModelSpec,
    Quality,
    media_reason,
    model_params_reason,
    quality_reason,
)
from app.core.models import GenerationRequest
from app.core.problems import Problem

_CJK: Final = re.compile(
    r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)
_WORD: Final = re.compile(r"[A-Za-z0-9\u00c0-\u024f']+")


def prompt_stats(prompt: str) -> tuple[int, int, int]:
    """(CJK characters, Latin words, estimated tokens) of a prompt."""
    cjk = len(_CJK.findall(prompt))
    words = len(_WORD.findall(prompt))
    rest = len(prompt) - cjk
    return cjk, words, cjk + (rest + 3) // 4


def prompt_advice(prompt: str) -> str | None:
    """The documented soft recommendation, when the prompt is past it (not an error)."""
    cjk, words, _ = prompt_stats(prompt)
    if cjk > api_facts.PROMPT_RECOMMENDED_CJK_CHARS:
        return (f"{cjk} Chinese characters: about {api_facts.PROMPT_RECOMMENDED_CJK_CHARS} "
                "or fewer is recommended")
    if words > api_facts.PROMPT_RECOMMENDED_WORDS:
        return (f"{words} words: about {api_facts.PROMPT_RECOMMENDED_WORDS} or fewer "
                "is recommended")
    return None


def check_callback_url(url: str) -> str | None:
    """Why a callback URL is refused (HTTPS only, public host, length), or None."""
    if len(url) > api_facts.CALLBACK_URL_MAX_CHARS:
        return (f"The callback URL is {len(url)} characters long; the limit is "
                f"{api_facts.CALLBACK_URL_MAX_CHARS}")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port  # raises on a port outside 0-65535
    except ValueError:
        return "The callback URL is not a valid URL"
    if parts.scheme.lower() != "https":
        return "The callback URL must start with https://"
    host = (host or "").rstrip(".")  # "localhost." and "10.0.0.1." name the same hosts
    if not host:
        return "The callback URL has no host name"
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return "The callback URL cannot point at this computer (localhost)"
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return None
    if not ip.is_global:
        return f"The callback URL cannot point at a private or local address ({host})"
    return None


def _check_url(url: object) -> str | None:
    if not isinstance(url, str) or not url.strip():
        return "is empty"
    try:
        parts = urlsplit(url.strip())
        _ = parts.port  # raises on a port outside 0-65535
    except ValueError:  # e.g. "https://[abc": a broken IPv6 literal
        return "is not a valid URL"
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return "is not an http(s) URL the server can fetch"
    return None


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


_NOUNS: Final = {"image": ("image", "images"), "video": ("video", "videos"),
                 "audio": ("audio clip", "audio clips")}


def _check_media_counts(req: GenerationRequest, spec: ModelSpec) -> list[Problem]:
    out: list[Problem] = []
    for field, kind, span in (("image_urls", "image", spec.images),
                              ("video_urls", "video", spec.videos),
                              ("audio_urls", "audio", spec.audios)):
        urls: list[str] = getattr(req, field)
        one, many = _NOUNS[kind]
        reason = media_reason(spec, kind)
        if reason and urls:
            out.append(Problem(field, f"{reason}; remove the {plural(len(urls), one, many)}",
                               "not_supported"))
            continue
        if len(urls) < span.lo:
            role = " as the first frame" if spec.mode is Mode.IMAGE else ""
            out.append(Problem(field, f"{spec.mode.label} needs at least "
                               f"{plural(span.lo, one, many)}{role}", "too_few"))
        elif len(urls) > span.hi:
            out.append(Problem(field, f"{plural(len(urls), one, many)} given; this model takes "
                               f"at most {span.hi}", "too_many"))
        for i, url in enumerate(urls):
            bad = _check_url(url)
            if bad:
                out.append(Problem(field, f"{one.capitalize()} {i + 1} {bad}", "bad_url", i))
    if req.audio_urls and spec.audios.allowed and not req.image_urls and not req.video_urls:
        out.append(Problem("audio_urls", "Audio cannot be used alone: add at least one image "
                           "or one video", "audio_alone"))
    return out


def check(req: GenerationRequest) -> list[Problem]:
    """Every violation of the documented rules in `req`, in field order; empty when valid."""
    out: list[Problem] = []
    spec = MODELS.get(req.model)
    if spec is None:
        out.append(Problem("model", f"Unknown model “{req.model}”; choose one of the nine "
                           "Seedance 2.0 models", "unknown_model"))
    if not req.prompt.strip():
        out.append(Problem("prompt", "Write a prompt describing the video", "empty"))
    else:
        tokens = prompt_stats(req.prompt)[2]
        if tokens > api_facts.PROMPT_MAX_TOKENS:
            out.append(Problem("prompt", f"The prompt is about {tokens:,} tokens; the limit is "
                               f"{api_facts.PROMPT_MAX_TOKENS:,}", "too_long"))
    if spec is not None:
        out.extend(_check_media_counts(req, spec))
    if req.duration not in DURATION:
        out.append(Problem("duration", f"Duration must be a whole number of seconds from "
                           f"{DURATION.lo} to {DURATION.hi}; {req.duration} s is "
                           f"{'too short' if req.duration < DURATION.lo else 'too long'}",
                           "out_of_range"))
    try:
        quality = Quality(req.quality)
    except ValueError:
        out.append(Problem("quality", f"Unknown quality “{req.quality}”; use 480p, 720p or "
                           "1080p", "unknown_value"))
    else:
        reason = quality_reason(spec, quality) if spec else None
        if reason:
            out.append(Problem("quality", reason, "not_supported"))
    if req.aspect_ratio not in {a.value for a in AspectRatio}:
        out.append(Problem("aspect_ratio", f"Unknown aspect ratio “{req.aspect_ratio}”; use "
                           + ", ".join(a.value for a in AspectRatio), "unknown_value"))
    if req.model_params is not None and spec is not None:
        reason = model_params_reason(spec)
        if reason:
            out.append(Problem("model_params", reason, "not_supported"))
    if req.callback_url is not None:
        reason = check_callback_url(req.callback_url)
        if reason:
            out.append(Problem("callback_url", reason, "bad_url"))
    return out
