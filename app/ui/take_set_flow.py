"""Sending a take set from the window: the requests, their total and the daily budget asked
about once, then the set written ahead and sent by the session."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.budget import BudgetCheck
from app.core.media_limits import MediaKind
from app.core.take_costs import set_total, take_lines
from app.core.takes import SentPlan
from app.services.api.client import describe
from app.services.api.errors import ApiError
from app.services.drafts.composer_draft import ComposerDraft
from app.services.session import Session
from app.services.tasks import submission as sub
from app.ui.dialogs.modal import clicked
from app.ui.messages import render
from app.ui.queue.set_actions import refusal_text

Ask = Callable[[str, str, str], Awaitable[bool]]  # title, text, accept label
OverBudget = Callable[[float | None], Awaitable[BudgetCheck | None]]
LISTED = 16  # every take of the largest set


class TakeSetFlow(QObject):
    """No signals: `say` shows a sentence, `done` makes Generate usable again."""

    def __init__(self, session: Session, window: QWidget, *, over_budget: OverBudget,
                 say: Callable[[str], None], done: Callable[[], None],
                 on_upload: Callable[[str, Any], None] | None = None,
                 ask: Ask | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session, self._window, self._over = session, window, over_budget
        self._say, self._done, self._on_upload = say, done, on_upload
        self._ask = ask or self._ask_box
        self.question: QMessageBox | None = None

    async def submit(self, draft: ComposerDraft, plan: SentPlan) -> sub.SubmitResult | None:
        """Ask once (the list, the total, the budget), then send; None when nothing was."""
        try:
            return await self._submit(draft, plan)
        finally:
            self._done()

    async def _submit(self, draft: ComposerDraft, plan: SentPlan) -> sub.SubmitResult | None:
        if not plan.sendable:
            self._say(self.tr("Not sent: %1").replace(
                "%1", "; ".join(render(p) for p in plan.problems)
                or self.tr("none of the takes can be sent")))
            return None
        video_s = sum(m.facts.duration_s or 0.0 for m in draft.videos if m.facts is not None)
        total = set_total(plan.requests, video_s)
        over = await self._over(total)
        title = self.tr("Send the take set (%1)?").replace("%1", str(len(plan.takes)))
        if not await self._ask(title,
                               self._question(plan, total, over, video_s),
                               self.tr("&Send anyway") if over else self.tr("&Send")):
            self._say(self.tr("Not sent."))
            return None
        media = {MediaKind.IMAGE: draft.images, MediaKind.VIDEO: draft.videos,
                 MediaKind.AUDIO: draft.audios}
        try:
            outcome = await asyncio.shield(self._session.send_set(plan, media, self._on_upload))
        except ApiError as exc:  # an upload refused before the set was written: none sent
            self._say(self.tr("Not sent: %1").replace("%1", render(describe(exc))))
            return None
        if not outcome.set_id and outcome.stopped_by is not None:  # an upload refused
            self._say(self.tr("Not sent: %1").replace("%1", refusal_text(outcome.stopped_by)))
            return outcome.stopped_by
        if outcome.stopped_by is not None:
            self._say(self.tr("Takes sent: %1; the set stopped, the rest is in the queue as "
                              "“not sent”.").replace("%1", str(len(outcome.created))))
        else:
            self._say(self.tr("Takes sent: %1.").replace("%1", str(len(outcome.created))))
        self._session.balance.refresh()
        return outcome.stopped_by

    def _question(self, plan: SentPlan, total: float | None, over: BudgetCheck | None,
                  video_s: float) -> str:
        lines = []
        for line in take_lines(plan, video_s)[:LISTED]:
            what = line.label or self.tr("as set")
            if line.refused:
                lines.append(self.tr("%1. %2 — not sent: %3").replace("%1", str(line.index + 1))
                             .replace("%2", what)
                             .replace("%3", "; ".join(render(p) for p in line.refused)))
            else:
                lines.append(f"{line.index + 1}. {what}")
        cost = (self.tr("Total: ≈ %1 credits.").replace("%1", f"{total:,.1f}")
                if total is not None else self.tr("Total: not every take has a published "
                                                  "price."))
        text = "\n".join(lines) + "\n\n" + cost
        if over is not None:
            text += "\n" + self.tr("Over your daily budget: %1.").replace(
                "%1", render(over.figures()))
        return text

    async def _ask_box(self, title: str, text: str, accept: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, self._window)
        send = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Don't send"), QMessageBox.ButtonRole.RejectRole)
        send.setAccessibleName(accept.replace("&", ""))
        keep.setAccessibleName(self.tr("Don't send"))
        box.setDefaultButton(keep)  # Enter does not spend a set's credits
        box.setEscapeButton(keep)
        self.question = box
        try:
            return await clicked(box) is send
        finally:
            self.question = None
