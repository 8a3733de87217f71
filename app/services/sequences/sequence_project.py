"""The open sequence: autosaved (debounced, atomic) in the data folder, recent files, relinks.

Signals: changed(object Sequence) — the sequence was edited, opened or made anew;
shotProgress(object ShotProgress) — a shot of "Generate missing shots" moved on;
message(object str) — a sentence for the status bar (a clip not found again): a Message
when the catalog has it, so the window says it in its language.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.catalog import SequenceMsg
from app.core.messages import Message
from app.core.sequence import Sequence
from app.services.home.atomic_file import write_atomic
from app.services.sequences.film_parts import clean_stale_exports
from app.services.sequences.sequence_files import (
    SUFFIX,
    SequenceFileError,
    clean_stale_saves,
    load_sequence,
    relink,
    save_sequence,
    sequences_dir,
)
from app.services.sequences.sequence_runner import (
    RunResult,
    SequenceRunner,
    ShotPhase,
    ShotProgress,
)

if TYPE_CHECKING:
    from app.services.session import Session

log = logging.getLogger(__name__)
SAVE_DELAY_MS: Final = 400  # after the last change: a crash loses at most that
RECENT_FILE: Final = "recent.json"
RECENT_MAX: Final = 10
ClipPaths = Callable[[], Iterable[Path]]


def clean_up_at_start(folder: Path | None = None) -> None:
    """What a killed save or export left behind (called once when a session starts)."""
    try:
        clean_stale_saves(folder or sequences_dir())
        clean_stale_exports()
    except OSError as exc:  # an unreadable data folder is said when it is used
        log.info("stale sequence files not cleaned: %s", exc)


class SequenceProject(QObject):
    """One open sequence and its file; `set()` on every edit, saved shortly after."""

    changed = Signal(object)
    shotProgress = Signal(object)
    message = Signal(object)  # Signal(str) would drop a Message's id

    def __init__(self, folder: Path | None = None, *, delay_ms: int = SAVE_DELAY_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._sequence = Sequence()
        self._path: Path | None = None
        self.progress: dict[str, ShotProgress] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._running = False

    @property
    def folder(self) -> Path:
        return self._folder or sequences_dir()

    @property
    def sequence(self) -> Sequence:
        return self._sequence

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def running(self) -> bool:
        return self._running

    # -- editing and saving -------------------------------------------------------------------

    def set(self, sequence: Sequence) -> None:
        """The edited sequence: shown at once, saved after the edits pause."""
        if sequence == self._sequence:
            return
        self._sequence = sequence
        if self._path is None:
            self._path = self._new_path()
        self._timer.start()
        self.changed.emit(sequence)

    def flush(self) -> None:
        """Save now what is pending (at the end of a window, before opening another)."""
        self._timer.stop()
        if self._path is None:
            return
        try:
            save_sequence(self._sequence, self._path)
        except SequenceFileError as exc:
            self.message.emit(str(exc))
            return
        self._remember(self._path)

    def _new_path(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        return self.folder / f"{stamp}-{uuid.uuid4().hex[:6]}{SUFFIX}"

    def new(self) -> None:
        self.flush()
        self._path = None
        self._sequence = Sequence()
        self.progress.clear()
        self.changed.emit(self._sequence)

    # -- opening ----------------------------------------------------------------------------

    async def open(self, path: Path, clip_paths: ClipPaths | None = None) -> None:
        """Open a sequence file; clips moved since are looked for in `clip_paths` (the
        library's). Raises SequenceFileError with a sentence for the user."""
        loaded = sequence = await asyncio.to_thread(load_sequence, path)
        if clip_paths is not None:
            candidates = list(clip_paths())  # read here: the library's connection is this thread's
            sequence, lost = await asyncio.to_thread(relink, loaded, candidates)
            if lost:
                self.message.emit(Message(SequenceMsg.SEQUENCE_NOT_FOUND, n=len(lost)))
        self.flush()
        self._path, self._sequence = Path(path), sequence
        self.progress.clear()
        self._remember(self._path)
        if sequence != loaded:
            self._timer.start()  # relinked: save the clips' new places
        self.changed.emit(sequence)

    async def open_last(self, clip_paths: ClipPaths | None = None) -> bool:
        """The sequence open when the app last ran (saved by the autosave), if any."""
        for path in self.recent():
            try:
                await self.open(path, clip_paths)
            except SequenceFileError as exc:
                log.info("the last sequence did not open: %s", exc)
                continue
            return True
        return False

    def recent(self) -> list[Path]:
        try:
            names = json.loads((self.folder / RECENT_FILE).read_text("utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(names, list):
            return []
        return [Path(n) for n in names if isinstance(n, str) and Path(n).is_file()]

    def _remember(self, path: Path) -> None:
        paths = [str(path)] + [str(p) for p in self.recent() if p != path]
        try:
            write_atomic(self.folder / RECENT_FILE, json.dumps(paths[:RECENT_MAX], indent=1))
        except OSError as exc:
            log.info("recent sequences not kept: %s", exc)

    # -- generating -------------------------------------------------------------------------

    def _tell(self, progress: ShotProgress) -> None:
        self.progress[progress.shot_id] = progress
        self.shotProgress.emit(progress)

    async def generate_missing(self, session: Session) -> RunResult:
        """Send the missing shots in order (see SequenceRunner); one run at a time."""
        if self._running:
            return RunResult()
        self._running = True
        self.progress = {k: p for k, p in self.progress.items()
                         if p.phase is not ShotPhase.FAILED}
        try:
            runner = SequenceRunner(session, lambda: self._sequence, self.set, self._tell)
            result = await runner.run()
        finally:
            self._running = False
        for shot_id in result.generated:
            self.progress.pop(shot_id, None)
        self.changed.emit(self._sequence)
        return result
