"""Files written whole or not at all: a temporary file beside the target, flushed to disk,
then one rename over it (a crash leaves the old file or the new one, never half of one)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: str | bytes, *, newline: str | None = None) -> Path:
    """`data` at `path` (text as UTF-8); the temporary file goes if anything fails."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    tmp = Path(name)
    try:
        if isinstance(data, bytes):
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as text:
                text.write(data)
                text.flush()
                os.fsync(text.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return path
