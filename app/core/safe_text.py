"""Server text made safe to show: terminal escapes (ANSI CSI, OSC) and control characters go."""

from __future__ import annotations

import re

# ESC [ … final byte (CSI), ESC ] … BEL or ESC \ (OSC), other two-byte ESC sequences, and the
# 8-bit CSI/OSC introducers; then every remaining C0/C1 control character but tab and newline.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|\x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[@-_]?")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Shown as nothing, yet a prompt of only these is empty to a reader.
INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
                      "\u00ad\u034f\u061c\u180e\u202a\u202b\u202c\u202d\u202e"
                      "\u2066\u2067\u2068\u2069")


def strip_controls(text: str) -> str:
    """`text` without terminal escape sequences or control characters (tab, newline kept)."""
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def one_line(text: str) -> str:
    """`text` with no escapes, its line breaks and tabs turned into spaces."""
    return " ".join(strip_controls(text).split())


def is_blank(text: str) -> bool:
    """True when nothing a reader could see is left: whitespace and zero-width characters."""
    return not any(ch not in INVISIBLE and not ch.isspace() for ch in text)
