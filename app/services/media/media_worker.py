"""Probe local media and make thumbnails off the UI thread; results arrive on the main thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader

from app.core.media_limits import MediaFacts, MediaKind
from app.services import thread_jobs
from app.services.media.probe import ProbeError, probe

log = logging.getLogger(__name__)
THUMB_HEIGHT = 144  # px: twice the card's thumbnail, so it stays sharp on high-DPI screens


@dataclass(frozen=True)
class ProbeResult:
    """What one probe found: facts, or the plain reason it could not; a thumbnail if any."""

    facts: MediaFacts | None
    error: str | None
    thumbnail: QImage | None


class Executor(Protocol):
    def run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Call `fn` somewhere, then `done(result)` on the main thread."""


class SyncExecutor:
    """Runs the work at once on the calling thread: for tests (Picard's FakeThreadPool)."""

    def run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        done(fn())


class _Job(QRunnable):
    """Runs a `thread_jobs.job`: its callable, result and `done` are let go on the main thread
    (QThreadPool deletes the runnable in its own thread, after the main thread has the result)."""

    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work: Callable[[], None] | None = work

    def run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            work()


class ThreadPoolExecutor:
    """QThreadPool workers; `done` runs on the main thread (an exception is logged there)."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()

    def run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._pool.start(_Job(thread_jobs.job(fn, done)))

    @classmethod
    def own_thread(cls, parent: QObject) -> ThreadPoolExecutor:
        """One thread of its own, for work that must not wait behind the global pool's jobs;
        kept for good (a thread-local resource, such as a store connection, is made once), and
        joined when `parent` is deleted."""
        pool = QThreadPool(parent)
        pool.setMaxThreadCount(1)
        pool.setExpiryTimeout(-1)
        return cls(pool)


def image_thumbnail(path: Path, height: int = THUMB_HEIGHT) -> QImage | None:
    """A scaled image decoded at thumbnail size (the reader scales while decoding)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.height() > height:
        reader.setScaledSize(size.scaled(10**6, height, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


def video_thumbnail(path: Path, height: int = THUMB_HEIGHT) -> QImage | None:
    """The first frame, scaled, without numpy (PyAV's RGB plane copied into a QImage)."""
    import av

    try:
        with av.open(str(path)) as container:
            if not container.streams.video:
                return None
            for frame in container.decode(video=0):
                width = max(2, round(frame.width * height / max(1, frame.height)))
                rgb = frame.reformat(width=width, height=height, format="rgb24")
                plane = rgb.planes[0]
                image = QImage(bytes(plane), width, height, plane.line_size,
                               QImage.Format.Format_RGB888)
                return image.copy()  # detach from the bytes object
    except (av.error.FFmpegError, ValueError) as exc:
        log.debug("no thumbnail for %s: %s", path.name, exc)
    return None


def probe_with_thumbnail(path: Path, kind: MediaKind) -> ProbeResult:
    """Blocking: facts and a thumbnail of one file. Never raises."""
    try:
        facts = probe(path, kind)
    except ProbeError as exc:
        return ProbeResult(None, str(exc), None)
    except Exception as exc:  # a probe must never take the app down
        log.exception("probe failed for %s", path.name)
        return ProbeResult(None, f"{path.name}: could not be read ({exc})", None)
    thumb: QImage | None = None
    try:
        if kind is MediaKind.IMAGE:
            thumb = image_thumbnail(path)
        elif kind is MediaKind.VIDEO:
            thumb = video_thumbnail(path)
    except Exception:
        log.exception("thumbnail failed for %s", path.name)
    return ProbeResult(facts, None, thumb)


class MediaWorker(QObject):
    """Probes files in the background, one job per slot item.

    Signals: probed(str job_id, object ProbeResult) — on the main thread; a job that was
    cancelled (its slot emptied or refilled) is dropped, not reported.
    """

    probed = Signal(str, object)

    def __init__(self, executor: Executor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = executor or ThreadPoolExecutor()
        self._pending: set[str] = set()

    def probe(self, job_id: str, path: Path, kind: MediaKind) -> None:
        self._pending.add(job_id)
        self._executor.run(lambda: probe_with_thumbnail(path, kind),
                           lambda result: self._finish(job_id, result))

    def cancel(self, job_id: str) -> None:
        self._pending.discard(job_id)

    def busy(self) -> bool:
        return bool(self._pending)

    def _finish(self, job_id: str, result: ProbeResult) -> None:
        if job_id in self._pending:
            self._pending.discard(job_id)
            self.probed.emit(job_id, result)


def save_pasted_image(image: QImage, folder: Path) -> Path:
    """Write an image pasted from the clipboard to a PNG named by its content, so the same
    paste twice is one file (and one upload)."""
    import hashlib

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    buffer.close()
    raw = bytes(data.data())
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"pasted-{hashlib.sha256(raw).hexdigest()[:16]}.png"
    if not path.exists():
        tmp = path.with_suffix(".part")
        tmp.write_bytes(raw)
        tmp.replace(path)
    return path
