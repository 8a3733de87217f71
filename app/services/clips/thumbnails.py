"""First-frame thumbnails of saved clips: made once off the UI thread, cached on disk as JPEG,
and scaled there to the size a view paints them at."""

from __future__ import annotations

import hashlib
import logging
import os
from collections import OrderedDict
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader

from app.services.home import paths
from app.services.media.media_worker import Executor, ThreadPoolExecutor

log = logging.getLogger(__name__)
THUMB_HEIGHT: Final = 180  # px: the file on disk; views ask for it scaled to their tiles
# Decoded thumbnails kept in memory, by bytes: ~230 tiles of 220×123 px (RGB32), 70 of 400×225.
# The library's painted tiles keep their own icons (app/ui/library/model.py: they share these
# pixels while both hold them); the files on disk hold the rest, read again in a few ms.
MEMORY_BYTES: Final = 24 << 20
FORMAT_VERSION: Final = 1  # part of the key: bump when the look of a thumbnail changes
# Waiting requests kept: more than a full 4K screen of grid tiles (20 × 15), since a dropped
# tile is only asked for again when repainted. A fling asks for thousands of tiles that are
# gone before their turn: the oldest are dropped.
MAX_WAITING: Final = 320


def default_root() -> Path:
    """Made with the first thumbnail written: a cache folder that cannot be made then means
    thumbnails are not kept, not a studio that cannot open."""
    return paths.cache_path() / "thumbs"


def cache_file(root: Path, clip: Path) -> Path | None:
    """Where the thumbnail of `clip` as it is now lives: keyed by path, size and mtime, so an
    edited or replaced clip gets a new one. None when the clip cannot be stat'ed."""
    try:
        st = clip.stat()
    except OSError:
        return None
    key = f"{FORMAT_VERSION}|{clip.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()
    return root / digest[:2] / f"{digest}.jpg"


def load_or_make(root: Path, clip: Path, height: int = THUMB_HEIGHT,
                 size: QSize | None = None) -> QImage | None:
    """Blocking: the cached thumbnail, or a new one decoded and written (`height` px tall);
    fitted to `size` (device pixels) when given. Never raises."""
    try:
        target = cache_file(root, clip)
        if target is None:
            return None
        if target.exists():
            image = _read(target, size)
            if not image.isNull():
                return image
        frames = first_frame(clip, height, size)
        if frames is None:
            return None
        made, shown = frames
        target.parent.mkdir(parents=True, exist_ok=True)
        # The format follows the suffix; a rename makes the file appear whole or not at all.
        tmp = target.with_name(f"{target.stem}.{os.getpid()}.part.jpg")
        if made.save(str(tmp), quality=85):
            os.replace(tmp, target)
        return made if shown is None else shown
    except Exception:  # a thumbnail must never take the app down
        log.exception("thumbnail failed for %s", clip.name)
        return None


def first_frame(clip: Path, height: int,
                size: QSize | None) -> tuple[QImage, QImage | None] | None:
    """The clip's first frame `height` px tall (RGB888, for the file), and fitted to `size` when
    given (RGB32, to show): both scaled by FFmpeg's swscale, which PyAV runs without holding
    Python's GIL (QImage.scaled holds it, and the UI thread waits for it at its next callback).
    None when the clip has no frame to show."""
    import av

    try:
        with av.open(str(clip)) as container:
            if not container.streams.video:
                return None
            # One thread: the pool runs thumbnails side by side; FFmpeg's own would be made
            # and joined again for every clip.
            container.streams.video[0].codec_context.thread_count = 1
            for frame in container.decode(video=0):
                width = max(2, round(frame.width * height / max(1, frame.height)))
                made = _image(frame.reformat(width=width, height=height, format="rgb24"),
                              QImage.Format.Format_RGB888)
                if size is None:
                    return made, None
                fitted = _fitted(QSize(frame.width, frame.height), size)
                shown = frame.reformat(width=fitted.width(), height=fitted.height(),
                                       format="bgra", interpolation="AREA")
                return made, _image(shown, QImage.Format.Format_RGB32)  # BGRA bytes: RGB32
    except (av.error.FFmpegError, ValueError) as exc:
        log.debug("no thumbnail for %s: %s", clip.name, exc)
    return None


def _image(frame: Any, fmt: QImage.Format) -> QImage:
    plane = frame.planes[0]
    image = QImage(bytes(plane), frame.width, frame.height, plane.line_size, fmt)
    return image.copy()  # detached from the bytes object


def _fitted(native: QSize, size: QSize) -> QSize:
    fitted = native.scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
    return QSize(max(1, fitted.width()), max(1, fitted.height()))


def _read(file: Path, size: QSize | None) -> QImage:
    """The JPEG, decoded at `size` when given (the decoder scales as it reads: one image)."""
    reader = QImageReader(str(file))
    native = reader.size()
    if size is not None and native.isValid():
        reader.setScaledSize(_fitted(native, size))
    image = reader.read()
    return image if size is None or image.isNull() else fit(image, size)


def fit(image: QImage, size: QSize) -> QImage:
    """`image` scaled smoothly to fit in `size` (device pixels), keeping its shape, as RGB32: the
    format the raster paint engine draws as is, and QPixmap.fromImage takes without a copy."""
    fitted = _fitted(image.size(), size)
    if fitted != image.size():
        image = image.scaled(fitted, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image.convertToFormat(QImage.Format.Format_RGB32)


_Key = tuple[str, int, int]  # the clip's path, and the size asked for (0, 0: the file's own)


class ThumbnailCache(QObject):
    """Thumbnails by clip path and size. `request` answers from memory or queues one job per
    clip and size: the file's own size (THUMB_HEIGHT tall) when no size is given, else scaled to
    fit the size in the worker thread, so a view paints it without scaling it on the UI thread.

    At most `max_running` jobs are with the executor; the rest wait here, newest first (the
    tiles painted last are the ones on screen), and past `max_waiting` the oldest waiting
    requests are dropped: a fling through 10,000 clips must not leave the pool busy with tiles
    scrolled past while the visible ones wait.

    Signals: thumbnailReady(str clip_path, QImage) and thumbnailFailed(str clip_path), both on
    the main thread (the executor delivers there).
    """

    thumbnailReady = Signal(str, QImage)
    thumbnailFailed = Signal(str)

    def __init__(self, root: Path | None = None, executor: Executor | None = None,
                 parent: QObject | None = None, *, max_running: int | None = None,
                 max_waiting: int = MAX_WAITING) -> None:
        super().__init__(parent)
        self.root = root if root is not None else default_root()
        self._executor = executor or ThreadPoolExecutor()
        # By default one core is left to the UI thread: a worker holds Python's GIL for parts
        # of each job, and one preempted while holding it stalls the UI's next callback.
        self._max_running = max(1, max_running if max_running is not None
                                else QThreadPool.globalInstance().maxThreadCount() - 1)
        self._max_waiting = max(0, max_waiting)
        self._memory: OrderedDict[_Key, QImage] = OrderedDict()
        self._memory_bytes = 0
        self._running: set[_Key] = set()
        self._waiting: OrderedDict[_Key, Path] = OrderedDict()  # the newest last
        self._failed: set[str] = set()

    @staticmethod
    def _key(clip: Path, size: QSize | None) -> _Key:
        if size is None or size.isEmpty():
            return (str(clip), 0, 0)
        return (str(clip), size.width(), size.height())

    def cached(self, clip: Path, size: QSize | None = None) -> QImage | None:
        key = self._key(clip, size)
        image = self._memory.get(key)
        if image is not None:
            self._memory.move_to_end(key)
        return image

    def request(self, clip: Path, size: QSize | None = None) -> QImage | None:
        """The thumbnail if in memory (fitted to `size`, in device pixels, when given); else
        None, and it arrives later by thumbnailReady (with a synchronous executor it is already
        there when this returns). Asking again for a waiting clip moves it to the front of the
        queue."""
        key = self._key(clip, size)
        image = self.cached(clip, size)
        if image is not None or key in self._running or key[0] in self._failed:
            return image
        self._waiting[key] = clip
        self._waiting.move_to_end(key)
        self._start_next()
        while len(self._waiting) > self._max_waiting:
            self._waiting.popitem(last=False)  # the oldest: scrolled past long ago
        return self.cached(clip, size)

    def failed(self, clip: Path) -> bool:
        return str(clip) in self._failed

    def pending_count(self) -> int:
        """Jobs running or waiting (dropped requests are not counted)."""
        return len(self._running) + len(self._waiting)

    def waiting(self) -> list[str]:
        """The waiting clips, the next to start first."""
        return [key[0] for key in reversed(self._waiting)]

    def _start_next(self) -> None:
        while self._waiting and len(self._running) < self._max_running:
            key, clip = self._waiting.popitem(last=True)
            self._running.add(key)
            self._submit(key, clip)

    def _submit(self, key: _Key, clip: Path) -> None:
        root = self.root
        size = QSize(key[1], key[2]) if key[1] else None
        self._executor.run(lambda: load_or_make(root, clip, size=size),
                           lambda result: self._finish(key, result))

    def _finish(self, key: _Key, image: QImage | None) -> None:
        self._running.discard(key)
        if image is None:
            self._failed.add(key[0])
            self.thumbnailFailed.emit(key[0])
        else:
            self._remember(key, image)
            self.thumbnailReady.emit(key[0], image)
        self._start_next()

    def _remember(self, key: _Key, image: QImage) -> None:
        old = self._memory.pop(key, None)
        if old is not None:
            self._memory_bytes -= old.sizeInBytes()
        self._memory[key] = image
        self._memory_bytes += image.sizeInBytes()
        while self._memory_bytes > MEMORY_BYTES and len(self._memory) > 1:
            _, dropped = self._memory.popitem(last=False)
            self._memory_bytes -= dropped.sizeInBytes()
