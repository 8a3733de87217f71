"""Where takes are reviewed: the grid opened from the library or the viewer, a pick starred in
the library, rejected takes trashed, and "Make again at…" sent through the session.

The studio builds one and forgets it, as it does ClipFlow: it only connects the panels'
signals and asks app/core and app/services for the rest.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app.core.media_limits import MediaKind
from app.core.models import GenerationRequest
from app.core.price_rules import PriceQuery
from app.core.remake import MediaPlan
from app.services.account.price_estimator import PriceEstimator, table_for
from app.services.api.client import describe
from app.services.background import TaskGroup
from app.services.clips.clip_actions import ClipActions
from app.services.clips.clip_files import ClipActionError
from app.services.clips.library import ClipLibrary, LibraryQuery
from app.services.media import inputs
from app.services.media.remake_media import media_inputs, plan_for
from app.services.tasks import submission as sub
from app.services.tasks.store_schema import TaskRecord
from app.ui.dialogs.modal import result_of
from app.ui.library.remake_dialog import Price, RemakeDialog
from app.ui.messages import render
from app.ui.takes.grid import MAX_TILES
from app.ui.takes.window import TakeGridWindow, open_take_grid

log = logging.getLogger(__name__)
Quote = Callable[[GenerationRequest], Awaitable[float | None]]
Send = Callable[[GenerationRequest, Mapping[MediaKind, Sequence[inputs.MediaInput]]],
                "asyncio.Task[sub.SubmitResult]"]
SET_PAGE: Final = 64  # a set holds at most 16 (app/core/takes.py MAX_SET)


def table_price(request: GenerationRequest) -> float | None:
    """The price table's figure for a request (no network: the dialog shows it at once)."""
    return table_for(PriceQuery.of(request)).credits


def gateway_price(prices: PriceEstimator) -> Quote:
    """The estimator's best figure (quote, rules, table, learned rate) for a request."""

    async def quote(request: GenerationRequest) -> float | None:
        try:
            return (await prices.figure(PriceQuery.of(request))).credits
        except Exception as exc:  # a price must never stop the dialog
            log.info("no price for %s %s: %s", request.model, request.quality, exc)
            return None

    return quote


class TakeFlow(QObject):
    """Opens take grids and the "Make again at…" dialog; `say(text)` shows a one-line result.

    Signals: libraryChanged() — clips were starred or trashed: the library should re-read;
    openClipRequested(Path) — play this one full size; sent(object SubmitResult)."""

    libraryChanged = Signal()
    openClipRequested = Signal(Path)
    sent = Signal(object)

    def __init__(self, *, library: ClipLibrary, clip_actions: ClipActions | None, send: Send,
                 price: Price, window: QWidget, say: Callable[[str], None],
                 quote: Quote | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library, self._actions, self._send = library, clip_actions, send
        self._price, self._quote, self._window, self._say = price, quote, window, say
        self._tasks = TaskGroup("take flow", on_failure=self._on_task_failed)
        self.grids: list[TakeGridWindow] = []
        self.dialog: RemakeDialog | None = None

    # -- intents ----------------------------------------------------------------------------

    def compare(self, paths: Sequence[Path]) -> TakeGridWindow | None:
        """2–9 clips in a new take grid window."""
        if not 2 <= len(paths) <= MAX_TILES:
            self._say(self.tr("The take grid compares 2 to 9 clips."))
            return None
        window = open_take_grid(list(paths), self._window)
        window.picked.connect(self._on_grid_picked)
        window.trashRequested.connect(self._on_grid_trash_requested)
        window.openRequested.connect(self.openClipRequested)
        window.grid.message.connect(self._say)
        self.grids.append(window)
        window.destroyed.connect(lambda *_: self._forget(window))
        return window

    def compare_set_of(self, clip: Path) -> TakeGridWindow | None:
        """The take set the clip belongs to, in a grid (the viewer's "Compare takes")."""
        record = self._library.record_of_file(clip)
        if record is None or record.set_id is None:
            self._say(self.tr("%1 is not one of a take set: select 2 to 9 clips in the "
                              "gallery and choose Compare takes.").replace("%1", clip.name))
            return None
        rows = self._library.rows(LibraryQuery(set_id=record.set_id), None, SET_PAGE)
        rows.sort(key=lambda c: c.set_index or 0)
        if len(rows) < 2:
            self._say(self.tr("Only one take of this set is saved: nothing to compare it "
                              "with yet."))
            return None
        return self.compare([Path(c.file_path) for c in rows[:MAX_TILES]])

    def remake(self, record: TaskRecord) -> None:
        """"Make again at…" this clip: the dialog, then the session sends the choice."""
        self._tasks.start(self._remake(record), f"make {record.display_id} again")

    def remake_file(self, clip: Path) -> None:
        record = self._library.record_of_file(clip)
        if record is None:
            self._say(self.tr("%1 is not a clip of this library: its request is unknown.")
                      .replace("%1", clip.name))
            return
        self.remake(record)

    async def shutdown(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        await self._tasks.aclose()
        for window in list(self.grids):
            window.close()

    # -- work -------------------------------------------------------------------------------

    async def _remake(self, record: TaskRecord) -> None:
        plan = await asyncio.to_thread(plan_for, record)  # whether the files exist: the disk
        request = await self._ask(record, plan)
        if request is None:
            return
        media, problems = await asyncio.to_thread(media_inputs, plan)
        if problems:
            self._say(self.tr("Not sent: %1").replace("%1", render(problems[0])))
            return
        result = await asyncio.shield(self._send(request, media))
        self._show(result)
        self.sent.emit(result)

    async def _ask(self, record: TaskRecord, plan: MediaPlan) -> GenerationRequest | None:
        dialog = RemakeDialog(record.request, plan, self._price, self._window)
        dialog.setObjectName("remake-clip")
        self.dialog = dialog
        if self._quote is not None:  # runs once the dialog is open
            self._tasks.start(self._quote_all(dialog), "remake quotes", latest_wins=True)
        try:
            code = await result_of(dialog)
        finally:
            self.dialog = None
        return dialog.chosen() if code == QDialog.DialogCode.Accepted else None

    async def _quote_all(self, dialog: RemakeDialog) -> None:
        """The gateway's figure for each rung, shown as it comes (the table's meanwhile)."""
        assert self._quote is not None
        for request in dialog.requests():
            credits = await self._quote(request)
            if self.dialog is not dialog:
                return  # answered meanwhile
            if credits is not None:
                dialog.set_price(request, credits)

    def _show(self, result: sub.SubmitResult) -> None:
        match result:
            case sub.Submitted(record=rec):
                self._say(self.tr("Making it again: %1").replace("%1", rec.task_id or ""))
            case sub.RefusedByRules(problems=problems):
                self._say(self.tr("Not sent: %1").replace(
                    "%1", "; ".join(render(p) for p in problems)))
            case sub.OutcomeUnknown(error=exc):
                self._say(self.tr("Sent, but the answer was lost: the task is in the queue "
                                  "as “outcome unknown”. ") + render(exc.message))
            case (sub.UploadRefused(error=exc) | sub.UploadQuota(error=exc)
                  | sub.AdmissionRefused(error=exc) | sub.Unauthorized(error=exc)
                  | sub.ApiFailure(error=exc)):
                self._say(self.tr("Not sent: %1").replace("%1", render(describe(exc))))

    # -- slots ------------------------------------------------------------------------------

    def _on_task_failed(self, _name: str, exc: BaseException) -> None:
        self._say(self.tr("That did not work: %1 (the log has the details).")
                  .replace("%1", render(str(exc)) or type(exc).__name__))

    def _on_grid_picked(self, clip: Path) -> None:
        """The pick is starred in the library (kept in the store)."""
        record = self._library.record_of_file(clip)
        if record is None or self._actions is None:
            return
        try:
            self._actions.set_favourite(record, True)
        except ClipActionError as exc:
            self._say(render(exc.message))
            return
        self._say(self.tr("★ %1 is starred in the library").replace("%1", clip.name))
        self.libraryChanged.emit()

    def _on_grid_trash_requested(self, clips: list[Path]) -> None:
        if self._actions is None:
            return
        failures = []
        for clip in clips:
            record = self._library.record_of_file(clip)
            if record is None:
                continue
            try:
                self._actions.trash(record)
            except ClipActionError as exc:
                failures.append(exc)
        if failures:
            self._say(render(failures[0].message))
        else:
            self._say(self.tr("Moved %n take(s) to the trash", "", len(clips)))
        self.libraryChanged.emit()

    def _forget(self, window: TakeGridWindow) -> None:
        if window in self.grids:
            self.grids.remove(window)
