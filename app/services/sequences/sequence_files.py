"""Sequence files on disk: atomic saves (safe to call on every change), loads, moved clips."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from pydantic import ValidationError

from app.core.catalog import SequenceMsg as M
from app.core.messages import MessageError
from app.core.sequence import SEQUENCE_SCHEMA, ClipRef, Sequence
from app.services.clips.file_hash import file_sha256
from app.services.home import paths

SUFFIX: Final = ".sequence.json"


class SequenceFileError(MessageError):
    """A sequence file, or a shot's clip, cannot be read or written."""


def sequences_dir() -> Path:
    path = paths.data_dir() / "sequences"
    path.mkdir(parents=True, exist_ok=True)
    return path


def save_sequence(sequence: Sequence, path: Path) -> Path:
    """Write through a synced temporary file and one rename: a crash leaves the old or the new
    file, never half of one. Each call has its own temporary name, so overlapping autosaves
    from two threads cannot write into each other's file (the last rename wins)."""
    path = Path(path)
    text = sequence.model_dump_json(indent=2) + "\n"
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SequenceFileError(
            M.SEQUENCE_FILE_NOT_SAVED, name=path.name, reason=exc.strerror or str(exc)) from exc
    return path


def load_sequence(path: Path) -> Sequence:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SequenceFileError(
            M.SEQUENCE_FILE_UNREADABLE, name=path.name, reason=exc.strerror or str(exc)) from exc
    except ValueError as exc:
        raise SequenceFileError(M.SEQUENCE_FILE_FOREIGN, name=path.name) from exc
    if not isinstance(data, dict) or "shots" not in data:
        raise SequenceFileError(M.SEQUENCE_FILE_FOREIGN, name=path.name)
    version = data.get("schema_version")
    if isinstance(version, int) and version > SEQUENCE_SCHEMA:
        raise SequenceFileError(M.SEQUENCE_FILE_NEWER, name=path.name)
    try:
        return Sequence.model_validate(data)
    except ValidationError as exc:
        raise SequenceFileError(
            M.SEQUENCE_FILE_DAMAGED, name=path.name, n=exc.error_count()) from exc


def clean_stale_saves(folder: Path) -> list[Path]:
    """Temporary files left by a save that was killed; call at start-up."""
    removed = []
    for tmp in Path(folder).glob(f".*{SUFFIX}.*.tmp"):
        try:
            tmp.unlink()
            removed.append(tmp)
        except OSError:
            continue
    return removed


def clip_ref(path: Path) -> ClipRef:
    """Measure and hash a clip for a shot (blocking: reads the whole file; use a thread)."""
    import av

    path = Path(path)
    try:
        with av.open(str(path)) as container:
            if not container.streams.video:
                raise SequenceFileError(M.SEQUENCE_CLIP_NO_VIDEO, name=path.name)
            stream = container.streams.video[0]
            rate = stream.average_rate or stream.base_rate or stream.guessed_rate
            fps = float(rate) if rate else 24.0
            if stream.duration and stream.time_base:
                duration = float(stream.duration * stream.time_base)
            elif stream.frames:
                duration = stream.frames / fps
            else:
                duration = (container.duration or 0) / 1_000_000
            width, height = stream.codec_context.width, stream.codec_context.height
            has_audio = bool(container.streams.audio)
    except av.error.FFmpegError as exc:
        raise SequenceFileError(M.SEQUENCE_CLIP_NOT_VIDEO, name=path.name) from exc
    except OSError as exc:
        raise SequenceFileError(
            M.SEQUENCE_FILE_UNREADABLE, name=path.name, reason=exc.strerror or str(exc)) from exc
    if duration <= 0:
        raise SequenceFileError(M.SEQUENCE_CLIP_NO_LENGTH, name=path.name)
    return ClipRef(path=str(path), sha256=file_sha256(path), size=path.stat().st_size,
                   duration_s=duration, fps=fps, width=width, height=height, has_audio=has_audio)


def find_moved_clip(ref: ClipRef, candidates: Iterable[Path]) -> Path | None:
    """The candidate with the clip's bytes (sizes compared before hashing), or None. Blocking:
    hashes files; the caller passes the library's clip paths."""
    for candidate in candidates:
        try:
            if Path(candidate).stat().st_size != ref.size:
                continue
            if file_sha256(Path(candidate)) == ref.sha256:
                return Path(candidate)
        except OSError:
            continue  # gone or unreadable: try the next
    return None


def relink(sequence: Sequence, candidates: Iterable[Path]) -> tuple[Sequence, list[int]]:
    """The sequence with clips that are no longer at their path found again among
    `candidates`; with the indices of the shots still not found."""
    pool = list(candidates)
    lost: list[int] = []
    result = sequence
    for i, shot in enumerate(sequence.shots):
        if shot.clip is None or Path(shot.clip.path).is_file():
            continue
        found = find_moved_clip(shot.clip, pool)
        if found is None:
            lost.append(i)
            continue
        clip = shot.clip.model_copy(update={"path": str(found)})
        result = result.replace(i, shot.model_copy(update={"clip": clip}))
    return result, lost
