"""Where finished clips go back into work: reuse their settings, continue from their last frame,
restore them from a dropped clip or settings file, compare two.

The studio builds one and forgets it: it only connects the library's and the composer's signals
to each other and asks app/core and app/services for the rest.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.drafts import next_shot
from app.core.models import GenerationRequest
from app.core.reuse_changes import reuse_changes
from app.core.states import TaskState
from app.services.background import TaskGroup
from app.services.clips.clip_restore import (
    NotRestorable,
    Restored,
    Source,
    Why,
    restore,
    with_local_sources,
)
from app.services.tasks.store import TaskStore
from app.services.tasks.store_schema import TaskRecord
from app.ui.composer.clip_drop import ClipDropTarget
from app.ui.composer.panel import ComposerPanel
from app.ui.dialogs.modal import open_modal
from app.ui.library.panel import LibraryPanel
from app.ui.messages import render
from app.ui.player.compare import CompareWindow, open_compare

log = logging.getLogger(__name__)
LIBRARY_SCAN: Final = 100_000  # saved clips compared by size, then hash, for a clip without sidecar


class ClipFlow(QObject):
    """Wires the library's clip actions and clip drops into the composer and the compare window.

    `say(text)` shows a one-line result (the window's status bar)."""

    def __init__(self, *, composer: ComposerPanel, library_panel: LibraryPanel,
                 store: TaskStore, window: QWidget, say: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._composer, self._store, self._window, self._say = composer, store, window, say
        self._tasks = TaskGroup("clip flow", on_failure=self._on_task_failed)
        self._compares: list[CompareWindow] = []
        self.confirm: QMessageBox | None = None  # the open "replace?" question, if any
        self.drop_target = ClipDropTarget([composer, composer.prompt.edit.viewport()], self)
        self.drop_target.clipDropped.connect(self.restore_from)
        library_panel.reuseRequested.connect(self._on_library_reuse_requested)
        library_panel.nextFrameReady.connect(self._on_library_next_frame_ready)
        library_panel.compareRequested.connect(self._on_library_compare_requested)
        library_panel.message.connect(say)

    def follow(self, source: Any) -> None:
        """Another place with clip actions (the viewer's buttons): its reuseRequested(record),
        compareRequested(left, right) and message(str) go where the gallery's do."""
        source.reuseRequested.connect(self._on_library_reuse_requested)
        source.compareRequested.connect(self._on_library_compare_requested)
        source.message.connect(self._say)

    # -- intents ----------------------------------------------------------------------------

    def choose_and_restore(self) -> None:
        """File → Reuse settings of a clip…: pick a clip or its .json."""
        dialog = QFileDialog(self._window, self.tr("Reuse the settings of a clip"), "",
                             self.tr("Clips and their settings (*.mp4 *.mov *.m4v *.webm *.json)"))
        dialog.setObjectName("reuse-clip")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)

        def chosen() -> None:
            if dialog.selectedFiles():
                self.restore_from(Path(dialog.selectedFiles()[0]))

        open_modal(dialog, on_accepted=chosen)

    def restore_from(self, path: Path) -> None:
        """Fill the composer with the request `path` (a clip or its sidecar) was made with."""
        self._start(self._restore(path), f"restore settings of {path.name}")

    def _start(self, work: Coroutine[Any, Any, None], name: str) -> None:
        self._tasks.start(work, name)

    def _on_task_failed(self, _name: str, exc: BaseException) -> None:
        self._say(self.tr("That did not work: %1 (the log has the details).")
                  .replace("%1", render(str(exc)) or type(exc).__name__))

    async def shutdown(self) -> None:
        await self._tasks.aclose()
        for window in self._compares:
            window.close()

    # -- work -------------------------------------------------------------------------------

    async def _restore(self, path: Path) -> None:
        # Reading the sidecar, or hashing a clip among the saved ones, is file work: off the
        # UI thread. The store hands each thread its own connection. The work holds the store,
        # not this QObject (see app/services/thread_jobs.py).
        store = self._store

        def saved() -> Iterator[TaskRecord]:
            # Read only when the clip has no sidecar: restore() iterates it for a hash match.
            yield from store.list(states=[TaskState.SAVED], limit=LIBRARY_SCAN)

        def work() -> Restored:
            return restore(path, saved())

        try:
            restored = await asyncio.to_thread(work)
        except NotRestorable as exc:
            log.info("no settings restored: %s", exc)
            self._say(self._why(exc))
            return
        except OSError as exc:
            self._say(self.tr("%1 could not be read: %2").replace("%1", path.name)
                      .replace("%2", exc.strerror or str(exc)))
            return
        except Exception:  # the library's store, say: the user hears of it, the log has why
            log.exception("restoring the settings of %s failed", path)
            self._say(self.tr("The settings of %1 could not be looked up: see the log.")
                      .replace("%1", path.name))
            return
        self._load(restored.request, path.name, (
            self.tr("Settings of %1 are in the composer") if restored.source is Source.SIDECAR
            else self.tr("Settings of %1 are in the composer (matched in the library)")))

    def _load(self, request: GenerationRequest, name: str, done: str) -> None:
        """Fill the composer, after asking when that would replace other work in it."""
        composer = self._composer
        has_work = bool(composer.prompt.text().strip()) or any(composer.board().counts()
                                                                .values())
        if not has_work or composer.request() == request:
            self._fill(request, done.replace("%1", name))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace the composer's contents?"),
                          self.tr("The prompt, settings and media in the composer will be "
                                  "replaced by those of %1.").replace("%1", name),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                          self._window)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("&Replace"))
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._fill(request, done.replace("%1", name)))
        box.finished.connect(self._on_confirm_finished)
        self.confirm = box
        box.open()

    def _on_confirm_finished(self, _result: int) -> None:
        self.confirm = None

    def _fill(self, request: GenerationRequest, said: str) -> None:
        self._composer.load_request(request)
        self._composer.prompt.edit.setFocus()
        # What had to change to fit today's model (3 s → 4 s, 1080p on Fast → 720p): said.
        changed = reuse_changes(request, self._composer.request())
        self._say(" ".join([said + ("." if changed else ""), *map(render, changed)]))

    def _why(self, exc: NotRestorable) -> str:
        texts = {
            Why.NOT_A_FILE: self.tr("%1 is not a file."),
            Why.WRONG_KIND: self.tr("%1 is neither a clip nor a clip's settings file (.json)."),
            Why.UNREADABLE: self.tr("%1 could not be read."),
            Why.NOT_JSON: self.tr("%1 is not a settings file: it is not JSON."),
            Why.FOREIGN: self.tr("%1 was not written by Seedance Studio."),
            Why.NO_REQUEST: self.tr("%1 holds no request that can be read."),
            Why.UNKNOWN_CLIP: self.tr("%1 has no settings file beside it and is not a clip of "
                                      "this library."),
        }
        return texts[exc.why].replace("%1", exc.name)

    # -- slots ------------------------------------------------------------------------------

    def _on_library_reuse_requested(self, record: TaskRecord) -> None:
        name = Path(record.file_path or "").name or record.display_id
        done = self.tr("Settings of %1 are in the composer")
        if not record.media_sources:  # nothing was uploaded: nothing to look up on disk
            self._load(record.request, name, done)
            return
        self._start(self._reuse(record, name, done), f"reuse settings of {name}")

    async def _reuse(self, record: TaskRecord, name: str, done: str) -> None:
        # Uploaded media come back as their files while those exist (the links expire):
        # whether they do is file work, off the UI thread like `_restore`.
        request = await asyncio.to_thread(with_local_sources, record.request,
                                          record.media_sources)
        self._load(request, name, done)

    def _on_library_next_frame_ready(self, frame: Path, record: TaskRecord) -> None:
        self._load(next_shot(record.request, str(frame)), Path(record.file_path or "").name,
                   self.tr("Image to video from the last frame of %1: change the prompt and "
                           "generate"))

    def _on_library_compare_requested(self, left: Path, right: Path) -> None:
        window = open_compare(left, right, self._window)
        window.view.message.connect(self._say)
        self._compares.append(window)
        window.destroyed.connect(lambda *_: self._forget(window))

    def _forget(self, window: CompareWindow) -> None:
        if window in self._compares:
            self._compares.remove(window)
