"""Clip file names from a template, valid on Windows, macOS and Linux, and never clobbering."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Final

DEFAULT_TEMPLATE: Final = "{date}_{model}_{prompt-slug}_{short-id}.mp4"
PLACEHOLDERS: Final = (
    "date", "time", "model", "prompt-slug", "short-id", "task-id", "quality", "aspect", "duration",
)
EXTENSION: Final = ".mp4"
MODEL_PREFIX: Final = "seedance-2.0-"
SLUG_CHARS: Final = 40
# Bytes, not characters: ext4 allows 255 bytes of UTF-8 per name; leave room for " (99)",
# ".part" and the ".json" sidecar beside it.
MAX_NAME_BYTES: Final = 180

_FORBIDDEN = re.compile(r'[/\\:*?"<>|\x00-\x1f\x7f]')
_FIELD = re.compile(r"\{([^{}]*)\}")
_WINDOWS_RESERVED: Final = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"{dev}{n}" for dev in ("com", "lpt") for n in (*"123456789", "¹", "²", "³")}
)


def render_name(
    template: str, *, created: datetime, model: str, prompt: str, task_id: str,
    quality: str, aspect: str, duration: int,
) -> str:
    """The file name for a clip; raises ValueError for an unknown placeholder or stray brace
    (its args[0] a Message)."""
    values = {
        "date": created.strftime("%Y-%m-%d_%H%M%S"),
        "time": created.strftime("%H%M%S"),
        "model": model.removeprefix(MODEL_PREFIX),
        "prompt-slug": slugify(prompt),
        "short-id": task_id[-8:],
        "task-id": task_id,
        "quality": quality,
        "aspect": aspect.replace(":", "x"),
        "duration": f"{duration}s",
    }

    # Imported here, not at the top: settings.py (and so the window frame, before its first
    # paint) imports this module for DEFAULT_TEMPLATE.
    from app.core.catalog import SettingFieldMsg
    from app.core.messages import Message

    def fill(m: re.Match[str]) -> str:
        key = m.group(1).strip()
        if key not in values:
            known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            raise ValueError(Message(
                SettingFieldMsg.TEMPLATE_UNKNOWN_FIELD, field="{" + m.group(1) + "}",
                known=known))
        return values[key]

    stray = _FIELD.sub("", template)
    if "{" in stray or "}" in stray:
        # The braces are values, not template text: a translator never has to escape them.
        raise ValueError(Message(SettingFieldMsg.TEMPLATE_UNMATCHED, open="{", close="}"))
    return safe_filename(_FIELD.sub(fill, template))


def slugify(text: str, limit: int = SLUG_CHARS) -> str:
    """Letters and digits of any script (accents folded to ASCII), joined by '-', <= limit chars."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFKD", ch)
        if decomposed and decomposed[0].isascii():
            # é -> e, ﬁ -> fi, fullwidth Ａ -> A; ASCII punctuation becomes a separator.
            folded = "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()
            out.append(folded or " ")
        elif ch.isalnum() or (out and out[-1] != " " and unicodedata.category(ch) in ("Mn", "Mc")):
            out.append(ch)  # Chinese, Cyrillic, Devanagari…: kept, valid in file names
        else:
            out.append(" ")
    words = "".join(out).split()
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            if not slug:  # one long word (Chinese has no spaces): cut it
                slug = word[:limit]
            break
        slug = candidate
    return slug or "untitled"


def safe_filename(name: str, max_bytes: int = MAX_NAME_BYTES) -> str:
    """`name` made valid everywhere: no forbidden characters, no trailing dots or spaces, no
    Windows device names, ending in .mp4, at most `max_bytes` of UTF-8."""
    name = unicodedata.normalize("NFC", _FORBIDDEN.sub("-", name)).strip()
    stem = name[: -len(EXTENSION)] if name.lower().endswith(EXTENSION) else name
    stem = stem.rstrip(". ").lstrip(" ")
    budget = max_bytes - len(EXTENSION)
    while len(stem.encode("utf-8")) > budget:
        stem = stem[:-1]
    stem = stem.rstrip(". -_") or "clip"
    if stem.split(".")[0].strip().lower() in _WINDOWS_RESERVED:
        stem = "_" + stem
    return stem + EXTENSION


def unique_path(folder: Path, name: str) -> Path:
    """`folder/name`, or `name (2)`, `name (3)`… when taken by a file or an unfinished download."""
    candidate = Path(name)
    stem, suffix = candidate.stem, candidate.suffix
    n = 1
    while True:
        path = folder / (name if n == 1 else f"{stem} ({n}){suffix}")
        part = path.with_name(path.name + ".part")
        if not path.exists() and not part.exists():
            return path
        n += 1
