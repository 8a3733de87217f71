"""Frames and clip lists for sequences: a chosen frame as a PNG, the library's clip paths."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

from app.core.catalog import ClipMsg
from app.services.clips.clip_files import reason, require_clip
from app.services.clips.last_frame import FrameExtractionFailed, drafts_dir
from app.services.clips.library import ClipLibrary, LibraryQuery


def decode_frame_at(clip: Path, time_s: float) -> QImage:
    """Blocking: the frame shown at `time_s` (the last one when past the end)."""
    import av

    require_clip(clip)
    try:
        with av.open(str(clip)) as container:
            if not container.streams.video:
                raise FrameExtractionFailed(ClipMsg.CLIP_FRAME_NO_VIDEO, name=clip.name)
            stream = container.streams.video[0]
            base = stream.time_base
            if base:
                container.seek(max(0, int(time_s / base)), stream=stream, backward=True)
            chosen: Any = None
            for frame in container.decode(stream):
                if chosen is not None and frame.time is not None and frame.time > time_s + 1e-6:
                    break
                chosen = frame
    except av.error.FFmpegError as exc:
        raise FrameExtractionFailed(ClipMsg.CLIP_FRAME_DECODE, name=clip.name, reason=exc) from exc
    if chosen is None:
        raise FrameExtractionFailed(ClipMsg.CLIP_FRAME_NONE, name=clip.name)
    rgb = chosen.reformat(format="rgb24")
    plane = rgb.planes[0]
    return QImage(bytes(plane), rgb.width, rgb.height, plane.line_size,
                  QImage.Format.Format_RGB888).copy()


def extract_frame_at(clip: Path, time_s: float, folder: Path | None = None) -> Path:
    """Blocking: the frame at `time_s` as a PNG in the drafts folder (named after clip and
    time, so the same choice reuses its file)."""
    image = decode_frame_at(clip, time_s)
    st = clip.stat()
    key = f"{clip.resolve()}|{st.st_size}|{st.st_mtime_ns}|{time_s:.4f}"
    target = (folder or drafts_dir()) / (
        f"frame-{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}.png")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".part.png",
                                    dir=target.parent)
        os.close(fd)
        if not image.save(name):
            Path(name).unlink(missing_ok=True)
            raise OSError(f"cannot write {Path(name).name}")
        os.replace(name, target)
    except OSError as exc:
        raise FrameExtractionFailed(
            ClipMsg.CLIP_FRAME_SAVE, name=clip.name, reason=reason(exc)
        ) from exc
    return target


def library_clip_paths(library: ClipLibrary) -> Iterator[Path]:
    """Every saved clip the library lists (where `relink` looks for moved clips)."""
    after = None
    while True:
        rows = library.rows(LibraryQuery(), after)
        if not rows:
            return
        for row in rows:
            yield Path(row.file_path)
        after = rows[-1]
