"""What the library does to a saved clip: export, rename, trash, favourite, take its last frame.

Files change through app.services.clips.clip_files, the record through the task store; the slow
ones (copying, decoding) run off the UI thread and report on the main thread.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core.catalog import ClipMsg
from app.services.clips import clip_files, last_frame
from app.services.clips.clip_files import ClipActionError
from app.services.clips.naming import DEFAULT_TEMPLATE, render_name
from app.services.clips.sidecar import read_sidecar, sidecar_for
from app.services.media.media_worker import Executor, ThreadPoolExecutor
from app.services.tasks.store import TaskStore, UnknownTask
from app.services.tasks.store_schema import StoreError, TaskRecord

__all__ = ["ClipActionError", "ClipActions", "default_name"]
log = logging.getLogger(__name__)
_STORE_ERRORS = (sqlite3.Error, StoreError, UnknownTask)


def default_name(record: TaskRecord, template: str = DEFAULT_TEMPLATE) -> str:
    """The name the downloader would give this clip under `template` (the default template
    when the user's is unusable)."""
    req = record.request
    values: dict[str, Any] = {
        "created": datetime.fromtimestamp(record.created_at, UTC), "model": req.model,
        "prompt": req.prompt, "task_id": record.task_id or record.local_id,
        "quality": req.quality, "aspect": req.aspect_ratio, "duration": req.duration,
    }
    try:
        return render_name(template, **values)
    except ValueError:
        return render_name(DEFAULT_TEMPLATE, **values)


def clip_of(record: TaskRecord) -> Path:
    if not record.file_path:
        raise clip_files.ClipMissing(ClipMsg.CLIP_NO_FILE)
    return Path(record.file_path)


class ClipActions(QObject):
    """Actions on saved clips. Quick ones return the updated TaskRecord or raise
    ClipActionError; export and last-frame extraction report by signal.

    Signals (main thread): exported(Path copy), lastFrameReady(Path png, object TaskRecord),
    failed(object ClipActionError) — why an export or an extraction did not happen (str() is
    the English sentence; its code and params let the interface translate it).
    """

    exported = Signal(Path)
    lastFrameReady = Signal(Path, object)
    failed = Signal(object)

    def __init__(self, store: TaskStore, *, template: Callable[[], str] = lambda: DEFAULT_TEMPLATE,
                 drafts: Path | None = None, executor: Executor | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._template = template
        self._drafts = drafts
        self._executor = executor or ThreadPoolExecutor()
        self._running = 0

    def busy(self) -> bool:
        return self._running > 0

    def default_name(self, record: TaskRecord) -> str:
        return default_name(record, self._template())

    # --- quick actions ---------------------------------------------------------------------

    def set_favourite(self, record: TaskRecord, favourite: bool) -> TaskRecord:
        try:
            return self._store.set_favourite(record.local_id, favourite)
        except _STORE_ERRORS as exc:
            raise ClipActionError(ClipMsg.CLIP_FAVOURITE_FAILED, reason=exc) from exc

    def check_name(self, record: TaskRecord, text: str) -> Path:
        """The clip's path under the typed name, or InvalidName / NameTaken saying why not."""
        return clip_files.check_new_name(clip_of(record), text)

    def rename(self, record: TaskRecord, text: str) -> TaskRecord:
        """Rename the clip and its sidecar and tell the store; all or nothing. The new name
        (without its extension) is the clip's title: the library shows and searches it."""
        clip = clip_of(record)
        renamed = clip_files.rename_clip(clip, text)
        if renamed == clip:
            return record
        try:
            return self._store.relocate(record.local_id, renamed, title=renamed.stem)
        except _STORE_ERRORS as exc:
            clip_files.undo_rename(clip, renamed, title=record.title)
            raise ClipActionError(
                ClipMsg.CLIP_RENAME_STORE_FAILED, name=clip.name, reason=exc
            ) from exc

    def trash(self, record: TaskRecord) -> TaskRecord:
        """Send the clip and its sidecar to the system trash; the library stops listing it.
        A clip already gone from disk just leaves the library."""
        clip = clip_of(record)
        error: ClipActionError | None = None
        if clip.exists():
            try:
                clip_files.trash_clip(clip)
            except ClipActionError as exc:
                if clip.exists():
                    raise
                error = exc  # the clip is in the trash, its sidecar is not: still record it
        try:
            marked = self._store.mark_trashed(record.local_id)
        except _STORE_ERRORS as exc:
            raise ClipActionError(
                ClipMsg.CLIP_TRASH_STORE_FAILED, name=clip.name, reason=exc
            ) from exc
        if error is not None:
            raise error
        return marked

    # --- background actions ----------------------------------------------------------------

    def export(self, record: TaskRecord, destination: Path) -> None:
        """Copy the clip and its sidecar to `destination` (a folder: under the template's
        name, never clobbering; or a file path). Reports by exported or failed."""
        clip, name = clip_of(record), self.default_name(record)

        def work() -> Path:
            fallback = None
            if read_sidecar(clip) is None and clip.is_file():
                fallback = sidecar_for(record, clip)
            return clip_files.export_clip(clip, destination, name, fallback)

        self._start(work, self.exported.emit)

    def extract_last_frame(self, record: TaskRecord) -> None:
        """Write the clip's final frame to a PNG; reports by lastFrameReady or failed."""
        clip, drafts = clip_of(record), self._drafts
        self._start(lambda: last_frame.extract_last_frame(clip, drafts),
                    lambda png: self.lastFrameReady.emit(png, record))

    def _start(self, work: Callable[[], Path], done: Callable[[Path], None]) -> None:
        def guarded() -> Path | ClipActionError:
            # A worker must never raise: the failure travels back as a value.
            try:
                return work()
            except ClipActionError as exc:
                return exc
            except Exception as exc:
                log.exception("clip action failed")
                return ClipActionError(ClipMsg.CLIP_UNEXPECTED, reason=exc)

        def finish(result: Path | ClipActionError) -> None:
            self._running -= 1
            if isinstance(result, Path):
                done(result)
            else:
                self.failed.emit(result)

        self._running += 1
        self._executor.run(guarded, finish)
