""""Find it" and "Send again (same key)" for a submission whose answer was lost; "Download
again" for a clip whose link looked expired."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.services.api.errors import ApiError, SubmissionOutcomeUnknown
from app.services.tasks.task_actions import TaskActions
from app.services.tasks.task_queue import TaskQueue
from app.ui.dialogs.modal import Confirm
from app.ui.messages import render

if TYPE_CHECKING:
    from app.core.task_list import TaskListItem
    from app.ui.queue.find_dialog import FindDialog

Run = Callable[[Coroutine[Any, Any, Any], str], None]  # a coroutine and its task's name


def _reason(exc: ValueError) -> str:
    return render(exc.args[0]) if exc.args and isinstance(exc.args[0], str) else str(exc)


class RecoveryActions(QObject):
    """Both actions go through app/services/tasks/recovery.py, as `seedance-studio resume` does.

    Signals: said(str) — a sentence for the panel's feedback line; changed() — a record may
    have changed (the panel refreshes its actions).
    """

    said = Signal(str)
    changed = Signal()

    def __init__(self, queue: TaskQueue, parent: QWidget, *, confirm: Confirm, run: Run) -> None:
        super().__init__(parent)
        self._queue, self._parent, self._confirm, self._run = queue, parent, confirm, run
        self._recovery = TaskActions(queue)
        self.chooser: FindDialog | None = None

    # --- Find it ----------------------------------------------------------------------------

    def find(self, local_id: str) -> None:
        self.said.emit(self.tr("Looking among the account's recent tasks…"))
        self._run(self._find(local_id), f"find {local_id}")

    async def _find(self, local_id: str) -> None:
        try:
            search = await self._recovery.find_unknown(local_id)
        except ApiError as exc:
            self.said.emit(self.tr("Could not look: %1").replace("%1", render(exc.message)))
            return
        if search.adopted is not None:
            self.said.emit(self.tr("Found it: %1; following it now.").replace(
                "%1", search.adopted.item.id))
        elif search.note:
            self.said.emit(render(search.note))
        if search.choices:
            if self.chooser is not None:
                self.chooser.deleteLater()
            from app.ui.queue.find_dialog import FindDialog  # with its matcher: at first use

            self.chooser = FindDialog(search.choices, self._parent)
            self.chooser.chosen.connect(lambda item: self._on_chooser_chosen(local_id, item))
            self.chooser.open()
        self.changed.emit()

    def _on_chooser_chosen(self, local_id: str, item: TaskListItem) -> None:
        try:
            self._recovery.adopt(local_id, item)
        except ValueError as exc:  # found, or sent again, meanwhile
            self.said.emit(_reason(exc))
            return
        self.said.emit(self.tr("Following %1 now.").replace("%1", item.id))
        self.changed.emit()

    # --- Send again with the same key -------------------------------------------------------

    def resend(self, local_id: str) -> None:
        self._confirm(self._parent, self.tr("Send again with the same key?"), self.tr(
                "The same request goes out again with the idempotency key of the first "
                "attempt, never a new one. If the first attempt reached the gateway, it "
                "answers with that original task instead of making a second one, so you are "
                "not charged twice.\n\nWhether the gateway honours the key is not documented: "
                "if it does not, this can make a second, separately charged task. Try “Find "
                "it” first."), self.tr("Send again (same key)"),
            lambda: self._start_resend(local_id))

    def _start_resend(self, local_id: str) -> None:
        self.said.emit(self.tr("Sending again with the same key…"))
        self._run(self._resend(local_id), f"resend {local_id}")

    async def _resend(self, local_id: str) -> None:
        try:
            resent = await self._recovery.resend_same_key(local_id)
        except SubmissionOutcomeUnknown as exc:
            self.said.emit(self.tr("No answer again (%1): the outcome is still unknown.")
                           .replace("%1", render(exc.message)))
        except ApiError as exc:
            self.said.emit(self.tr("Refused (%1): the first submission's outcome is still "
                                   "unknown.").replace("%1", render(exc.message)))
        except ValueError as exc:
            self.said.emit(_reason(exc))
        else:
            self.said.emit(render(resent.message))
        self.changed.emit()

    # --- Download an expired-looking clip again (nothing is paid) ----------------------------

    def download_again(self, local_id: str) -> None:
        self.said.emit(self.tr("Asking for a fresh link and downloading again…"))
        self._run(self._download_again(local_id), f"download again {local_id}")

    async def _download_again(self, local_id: str) -> None:
        try:
            await self._recovery.download_again(local_id)
        except ValueError as exc:  # no longer expired meanwhile
            self.said.emit(_reason(exc))
        self.changed.emit()
