"""The final frame of a clip as a PNG: the first frame of the next clip in a sequence."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from fractions import Fraction
from pathlib import Path
from typing import Any, Final

from PySide6.QtGui import QImage

from app.core.catalog import ClipMsg
from app.services.clips.clip_files import ClipActionError, reason, require_clip
from app.services.home import paths

log = logging.getLogger(__name__)
# Seconds before the end to seek to: a keyframe usually lies within the first; a clip with
# sparse keyframes gets the wider window, and a file that cannot seek is decoded whole.
TAIL_WINDOWS_S: Final = (2.0, 12.0)


class FrameExtractionFailed(ClipActionError):
    """No last frame could be decoded or written."""


def drafts_dir() -> Path:
    """In the data folder, not the cache: a saved composer may point at these images, and a
    cache cleaner would empty its first-frame slot."""
    path = paths.data_dir() / "frames"
    path.mkdir(parents=True, exist_ok=True)
    return path


def frame_file(folder: Path, clip: Path) -> Path:
    """Named after the clip and its size and date, so a changed clip makes a new image and a
    reused one is never overwritten under the composer's feet."""
    st = clip.stat()
    key = f"{clip.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return folder / f"last-frame-{digest}.png"  # short: the composer's slot shows the name


def _end_pts(container: Any, stream: Any) -> int | None:
    """The stream's end in its own time base, from the stream or else the container."""
    base: Fraction | None = stream.time_base
    if base is None or base == 0:
        return None
    start = stream.start_time or 0
    if stream.duration:
        return int(start + stream.duration)
    if container.duration:  # microseconds (AV_TIME_BASE)
        return int(start + Fraction(container.duration, 1_000_000) / base)
    return None


def _last_after(container: Any, stream: Any, seek_pts: int | None) -> Any:
    """Decode from `seek_pts` (the start when None) to the end; the frame shown last."""
    if seek_pts is not None:
        container.seek(max(0, seek_pts), stream=stream, backward=True)
    last: Any = None
    for frame in container.decode(stream):
        # Decoders hand frames out in display order; the pts check guards odd files.
        if last is None or frame.pts is None or last.pts is None or frame.pts >= last.pts:
            last = frame
    return last


def decode_last_frame(clip: Path) -> QImage:
    """Blocking: the clip's final video frame at its full size."""
    import av

    require_clip(clip)
    try:
        with av.open(str(clip)) as container:
            if not container.streams.video:
                raise FrameExtractionFailed(ClipMsg.CLIP_FRAME_NO_VIDEO, name=clip.name)
            stream = container.streams.video[0]
            stream.thread_type = "AUTO"
            end = _end_pts(container, stream)
            frame: Any = None
            if end is not None and stream.time_base:
                for window in TAIL_WINDOWS_S:
                    frame = _last_after(container, stream,
                                        end - int(Fraction(window) / stream.time_base))
                    if frame is not None:
                        break
            if frame is None:
                container.seek(0)
                frame = _last_after(container, stream, None)
    except av.error.FFmpegError as exc:
        raise FrameExtractionFailed(ClipMsg.CLIP_FRAME_DECODE, name=clip.name, reason=exc) from exc
    if frame is None:
        raise FrameExtractionFailed(ClipMsg.CLIP_FRAME_NONE, name=clip.name)
    rgb = frame.reformat(format="rgb24")
    plane = rgb.planes[0]
    image = QImage(bytes(plane), rgb.width, rgb.height, plane.line_size,
                   QImage.Format.Format_RGB888)
    return image.copy()  # detach from the bytes object


def extract_last_frame(clip: Path, folder: Path | None = None) -> Path:
    """Blocking: write the clip's final frame to a PNG in `folder` (the drafts cache)."""
    image = decode_last_frame(clip)
    try:
        target = frame_file(folder or drafts_dir(), clip)
        target.parent.mkdir(parents=True, exist_ok=True)
        # A name of its own: the same frame asked for twice at once must not share it.
        fd, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".part.png",
                                    dir=target.parent)
        os.close(fd)
        tmp = Path(name)
        if not image.save(str(tmp)):  # the format follows the .png suffix
            tmp.unlink(missing_ok=True)
            raise OSError(f"cannot write {tmp.name}")
        os.replace(tmp, target)
    except OSError as exc:
        raise FrameExtractionFailed(
            ClipMsg.CLIP_FRAME_SAVE, name=clip.name, reason=reason(exc)
        ) from exc
    return target
