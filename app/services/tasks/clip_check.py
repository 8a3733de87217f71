"""Is a downloaded clip whole? Its MP4 boxes fill the file exactly, `moov` is there, PyAV reads
every video sample, and the length is the task's within a couple of frames."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from app.core.catalog import DownloadMsg
from app.core.messages import Message

FRAMES_OF_SLACK: Final = 2  # a server's clip may differ from the asked length by a frame or two
_FALLBACK_FPS: Final = 24.0


@dataclass(frozen=True)
class ClipVerdict:
    """`problem` is None for a whole clip; `truncated` says the file stops inside a box, so
    the rest may still come with a Range request (else the download starts over)."""

    problem: Message | None
    truncated: bool = False


WHOLE: Final = ClipVerdict(None)


def check_boxes(path: Path) -> ClipVerdict:
    """Walk the top-level MP4 boxes: `ftyp` first, `moov` somewhere, none past the end."""
    size = path.stat().st_size
    seen: list[bytes] = []
    with path.open("rb") as f:
        at = 0
        while at < size:
            f.seek(at)
            head = f.read(16)
            if len(head) < 8:
                return ClipVerdict(Message(DownloadMsg.DL_INCOMPLETE, done=size), truncated=True)
            length, kind = struct.unpack(">I4s", head[:8])
            if at == 0 and kind != b"ftyp":
                return ClipVerdict(Message(DownloadMsg.DL_NOT_MP4))
            if length == 1:
                if len(head) < 16:
                    return ClipVerdict(
                        Message(DownloadMsg.DL_INCOMPLETE, done=size), truncated=True
                    )
                length = struct.unpack(">Q", head[8:16])[0]
            elif length == 0:  # "to the end of the file": PyAV's sample count decides
                length = size - at
            if length < 8:
                return ClipVerdict(Message(DownloadMsg.DL_NOT_MP4))
            seen.append(kind)
            if at + length > size:
                return ClipVerdict(Message(DownloadMsg.DL_INCOMPLETE, done=size), truncated=True)
            at += length
    if not seen:
        return ClipVerdict(Message(DownloadMsg.DL_INCOMPLETE, done=size), truncated=True)
    if b"moov" not in seen:
        return ClipVerdict(Message(DownloadMsg.DL_NO_MOOV))
    return WHOLE


def check_clip(path: Path, expected_s: float | None) -> ClipVerdict:
    """The whole verdict (blocking: run it in a worker thread)."""
    try:
        verdict = check_boxes(path)
    except OSError as exc:  # gone or unreadable since it was written (a folder's rights changed)
        return ClipVerdict(Message(DownloadMsg.DL_CANNOT_READ, error=exc.strerror or str(exc)))
    if verdict.problem is not None:
        return verdict
    import av

    try:
        with av.open(str(path)) as container:
            if not container.streams.video:
                return ClipVerdict(Message(DownloadMsg.DL_NOT_MP4))
            stream = container.streams.video[0]
            rate = stream.average_rate or stream.base_rate
            fps = float(rate) if rate else _FALLBACK_FPS
            declared = int(stream.frames or 0)
            read = sum(1 for p in container.demux(stream) if p.size and not p.is_corrupt)
            if stream.duration and stream.time_base:
                seconds = float(stream.duration * stream.time_base)
            else:
                seconds = (container.duration or 0) / 1_000_000
    except (av.error.FFmpegError, OSError, ValueError) as exc:
        return ClipVerdict(Message(DownloadMsg.DL_UNREADABLE,
                                   error=getattr(exc, "strerror", None) or str(exc)))
    if declared and read < declared:
        return ClipVerdict(Message(DownloadMsg.DL_MISSING_FRAMES, read=read, declared=declared))
    if expected_s and abs(seconds - expected_s) > (FRAMES_OF_SLACK + 0.5) / fps:
        return ClipVerdict(Message(DownloadMsg.DL_WRONG_LENGTH, seconds=f"{seconds:.2f}",
                                   expected=f"{expected_s:g}"))
    return WHOLE
