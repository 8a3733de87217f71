"""The SHA-256 of a file, read in chunks: for the upload cache, sidecars and clip matching."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Final

_CHUNK: Final = 1 << 20


def file_sha256(path: Path) -> str:
    """The hex digest (blocking: call it off the event loop and the UI thread)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
