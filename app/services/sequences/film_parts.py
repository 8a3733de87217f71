"""Temporary films of exports, and their removal at the next start when their export was
killed; without PyAV, so a session starting does not load it (film_export.py writes them)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from app.services.home import paths

PART: Final = ".export-part"  # temporary films end with this; the pid is in the name


def journal_dir() -> Path:
    path = paths.data_dir() / "exports"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def _pid_of(part: Path) -> int | None:
    try:
        return int(part.name.rsplit(PART, 1)[0].rsplit(".", 1)[-1].split("-")[0])
    except ValueError:
        return None


def clean_stale_exports(folders: Iterable[Path] = (), journal: Path | None = None) -> list[Path]:
    """Remove temporary films of exports whose process has gone: those the journal lists
    (every export notes its temporary file there) and any found in `folders`."""
    folder_of_notes = journal or journal_dir()
    removed: list[Path] = []
    candidates: list[tuple[Path, Path | None]] = []
    for entry in folder_of_notes.glob("*.json"):
        try:
            candidates.append((Path(json.loads(entry.read_text("utf-8"))["temp"]), entry))
        except (OSError, ValueError, KeyError, TypeError):
            entry.unlink(missing_ok=True)
    for folder in folders:
        candidates.extend((p, None) for p in Path(folder).glob(f".*{PART}*"))
    for part, note in candidates:
        pid = _pid_of(part)
        if pid is not None and _alive(pid):
            continue
        try:
            if part.exists():
                part.unlink()
                removed.append(part)
        except OSError:
            continue
        if note is not None:
            note.unlink(missing_ok=True)
    return removed
