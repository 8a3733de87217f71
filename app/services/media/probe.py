"""Measure local media files: images decoded whole with Qt's reader, audio/video with PyAV."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from app.core.catalog import ProbeMsg
from app.core.media_limits import LIMITS, MediaFacts, MediaKind, about_file
from app.core.messages import Message, SaidError, kind_word

_FORMAT_ALIASES = {"jpg": "jpeg", "jfif": "jpeg", "mpeg": "mp3", "wave": "wav"}
_EXT_KIND = {ext: lim.kind for lim in LIMITS.values() for ext in lim.extensions}


class ProbeError(SaidError):
    """The file cannot be read as the media it claims to be (`str()` is the Message itself)."""


def kind_for(path: Path) -> MediaKind | None:
    """The slot kind a file belongs to, by its extension."""
    return _EXT_KIND.get(path.suffix.lower())


def jpeg_is_whole(data: bytes) -> bool:
    """A JPEG's last scan ends in its end-of-image marker. libjpeg fills a cut-off file with grey
    and calls it read, so the bytes are checked: a thumbnail's own marker comes before the
    main image's scans, and trailing bytes after the marker are allowed."""
    return data.rfind(b"\xff\xd9") > data.rfind(b"\xff\xda") >= 0


def probe_image(path: Path) -> MediaFacts:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageReader

    data = path.read_bytes()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if not reader.canRead() or not size.isValid():
        raise ProbeError(about_file(path.name, Message(
            ProbeMsg.PROBE_NOT_AN_IMAGE, error=reader.errorString())))
    fmt = bytes(reader.format().data()).decode().lower()
    if fmt in ("jpeg", "jpg") and not jpeg_is_whole(data):
        raise ProbeError(about_file(path.name, Message(
            ProbeMsg.PROBE_IMAGE_DAMAGED, error="no end-of-image marker")))
    if reader.read().isNull():  # decoded whole: a cut-off PNG or WebP fails here
        raise ProbeError(about_file(path.name, Message(
            ProbeMsg.PROBE_IMAGE_DAMAGED, error=reader.errorString())))
    return MediaFacts(MediaKind.IMAGE, path.name, _FORMAT_ALIASES.get(fmt, fmt),
                      path.stat().st_size, size.width(), size.height())


def _container_format(name: str, path: Path) -> str:
    """PyAV names demuxers by family ("mov,mp4,m4a,…"); the extension picks the member."""
    names = set(name.split(","))
    ext = path.suffix.lower().lstrip(".")
    if ext in names or _FORMAT_ALIASES.get(ext, ext) in names:
        return _FORMAT_ALIASES.get(ext, ext)
    first = name.split(",")[0]
    return _FORMAT_ALIASES.get(first, first)


def probe_av(path: Path, kind: MediaKind) -> MediaFacts:
    import av

    try:
        with av.open(str(path)) as container:
            fmt = _container_format(container.format.name, path)
            duration = container.duration / 1_000_000 if container.duration else None
            width = height = None
            fps = None
            if kind is MediaKind.VIDEO:
                if not container.streams.video:
                    raise ProbeError(about_file(path.name, Message(ProbeMsg.PROBE_NO_VIDEO_STREAM)))
                stream = container.streams.video[0]
                width, height = stream.codec_context.width, stream.codec_context.height
                rate = stream.average_rate or stream.base_rate
                fps = float(rate) if rate else None
                if stream.duration and stream.time_base:
                    duration = float(stream.duration * stream.time_base)
            elif not container.streams.audio:
                raise ProbeError(about_file(path.name, Message(ProbeMsg.PROBE_NO_AUDIO_STREAM)))
    except av.error.FFmpegError as exc:
        raise ProbeError(about_file(path.name, Message(
            ProbeMsg.PROBE_UNREADABLE_AS,
            kind=kind_word(kind.value), error=str(exc)))) from None
    return MediaFacts(kind, path.name, fmt, path.stat().st_size, width, height, duration, fps)


def _why_unreadable(path: Path) -> Message | None:
    """Why `path` is no readable regular file, each case in its own words; None when it is."""
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            return Message(ProbeMsg.PROBE_IS_FOLDER)
        if not stat.S_ISREG(st.st_mode):
            return Message(ProbeMsg.PROBE_NOT_REGULAR)  # never opened: a FIFO would block the read
        with path.open("rb"):
            pass
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return Message(ProbeMsg.PROBE_NO_SUCH_FILE)
        if exc.errno == errno.ELOOP:
            return Message(ProbeMsg.PROBE_LINK_LOOP)
        if exc.errno in (errno.EACCES, errno.EPERM):
            return Message(ProbeMsg.PROBE_NOT_READABLE)
        return Message(
            ProbeMsg.PROBE_READ_FAILED, reason=exc.strerror or os.strerror(exc.errno or 0)
        )
    return None


def probe(path: Path, kind: MediaKind | None = None) -> MediaFacts:
    """Facts about a local file; raises ProbeError when it is unreadable or missing."""
    if (why := _why_unreadable(path)) is not None:
        raise ProbeError(about_file(str(path), why))
    kind = kind or kind_for(path)
    if kind is None:
        raise ProbeError(about_file(path.name, Message(
            ProbeMsg.PROBE_UNSUPPORTED_TYPE, suffix=path.suffix)))
    return probe_image(path) if kind is MediaKind.IMAGE else probe_av(path, kind)
