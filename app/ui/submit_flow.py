"""What Generate does in the window: one request within the daily budget, or a take set (its
own flow, take_set_flow.py); sent by the session, its result shown on the composer and in the
status bar, Generate usable again after."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.core.media_limits import MediaKind
from app.services.api.client import describe
from app.services.tasks import submission as sub
from app.ui.messages import render
from app.ui.take_set_flow import TakeSetFlow

if TYPE_CHECKING:
    from app.services.drafts.composer_draft import ComposerDraft
    from app.services.session import Session
    from app.ui.composer.panel import ComposerPanel
    from app.ui.main_window import MainWindow
    from app.ui.spending.views import SpendingViews

SUBMIT_TASK = "submit"
Spawn = Callable[[Coroutine[Any, Any, Any], str], None]


class SubmitFlow(QObject):
    """The composer's Generate, from the budget question to the server's answer.

    `spawn(coro, SUBMIT_TASK)` runs the work in the window's task group, whose failure handler
    calls `failed()`. No signals."""

    def __init__(self, *, session: Session, composer: ComposerPanel, window: MainWindow,
                 spending: SpendingViews, spawn: Spawn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session, self._composer, self._window = session, composer, window
        self._spending, self._spawn = spending, spawn
        self.closing = False  # the window is going: its composer's board with it
        self.take_set_flow = TakeSetFlow(
            session, window, over_budget=spending.prompt.over, say=window.show_message,
            done=lambda: composer.set_busy(False), on_upload=self._on_upload, parent=self)

    def submit(self, draft: ComposerDraft) -> None:
        """The composer's submitRequested."""
        plan = self._composer.takes.plan_for(draft.request)
        if plan is not None:  # Takes or Vary: a set, asked about once (budget included)
            self._spawn(self.take_set_flow.submit(draft, plan), SUBMIT_TASK)
            return
        # One task from the budget question to the server's answer: closing the window waits
        # for a send under way, and never leaves a "Send anyway" answered but not sent.
        self._spawn(self._submit_within_budget(draft), SUBMIT_TASK)

    def failed(self, exc: BaseException) -> None:
        """A failure nobody expected (a full disk, a bug): said on the composer, Generate usable
        again; the log has the traceback."""
        what = render(str(exc)) or type(exc).__name__
        self._composer.show_submit_error(None, self.tr(
            "The submission failed: %1. Nothing was sent if the queue does not list it; "
            "the log has the details.").replace("%1", what))

    def close(self) -> None:
        """The window goes: an open "Send anyway?" is answered "Don't send"; a send under way
        goes on in the session."""
        self.closing = True
        if self.take_set_flow.question is not None:
            self.take_set_flow.question.reject()

    async def _submit_within_budget(self, draft: ComposerDraft) -> None:
        """Past the daily budget, nothing is sent unless the user says so."""
        try:
            allowed = await self._spending.prompt.allows()
        except Exception:  # the store could not be read: Generate is usable again
            self._composer.set_busy(False)
            raise
        if allowed:
            await self._submit(draft)
            return
        self._composer.set_busy(False)
        self._window.show_message(self.tr("Not sent: over your daily budget."))

    async def _submit(self, draft: ComposerDraft) -> None:
        """Sent by the session (a window rebuilt meanwhile does not stop it); shown here."""
        self._composer.account.clear()
        media = {MediaKind.IMAGE: draft.images, MediaKind.VIDEO: draft.videos,
                 MediaKind.AUDIO: draft.audios}
        sending = self._session.send(draft.request, media, self._on_upload)
        try:
            result = await asyncio.shield(sending)  # a closing window stops waiting, not sending
        except Exception as exc:  # logged by the session; said here, Generate usable again
            self.failed(exc)
            return
        self._show(result, local_files=sub.had_local_files(media))

    def _on_upload(self, key: str, state: Any) -> None:
        if not self.closing:  # the board goes with its window
            self._composer.board().set_upload(key, state)

    def _show(self, result: sub.SubmitResult, *, local_files: bool) -> None:
        session, say = self._session, self._window.show_message
        match result:
            case sub.Submitted(record=rec):
                say(self.tr("Submitted: %1").replace("%1", rec.task_id or ""))
                session.balance.refresh()
                if local_files:
                    session.files.refresh_quota()
            case sub.UploadRefused(error=exc):
                say(render(describe(exc)))
            case sub.AdmissionRefused(error=exc):
                session.gate.report(exc.cause)  # a disabled or expired key on 401 asks again
            case sub.OutcomeUnknown(error=exc):
                lost = self.tr("Sent, but the answer was lost: the task is in the queue as "
                               "“outcome unknown”. ")
                say(lost + render(exc.message), 0)
            case sub.Unauthorized(error=exc):
                session.gate.report(exc)
        self._composer.show_submission(result)
