"""The queue's actions on a take set: show or fold its takes, send the ones never sent."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from app.core.take_set_status import not_sent
from app.services.tasks.store import TaskRecord
from app.services.tasks.task_queue import TaskQueue
from app.ui.dialogs.modal import Confirm
from app.ui.labels import plain_label
from app.ui.messages import render
from app.ui.queue.set_rows import SetFold, members_of

if TYPE_CHECKING:  # the submission and take-set modules load at the first set sent
    from app.services.tasks import submission as sub
    from app.services.tasks.take_sets import SetOutcome

Run = Callable[[Coroutine[Any, Any, Any], str], None]


class SetSender(Protocol):
    """What the queue needs to send the rest of a set (the session gives it)."""

    def send_rest(self, set_id: str) -> Any: ...  # an awaitable SetOutcome

    def set_sending(self, set_id: str) -> bool: ...

    def discard_rest(self, set_id: str) -> list[TaskRecord]: ...


class SetActions(QObject):
    """Three buttons for the selected row's set. Signals: said(str) — a sentence for the
    panel's feedback line; changed() — the panel refreshes its actions."""

    said = Signal(str)
    changed = Signal()

    def __init__(self, queue: TaskQueue, fold: SetFold, parent: QWidget, *,
                 sender: SetSender | None, confirm: Confirm, run: Run) -> None:
        super().__init__(parent)
        self._queue, self._fold, self._sender = queue, fold, sender
        self._parent, self._confirm, self._run = parent, confirm, run
        self.unfold_button = QPushButton(self.tr("Show &takes"), parent)
        self.send_rest_button = QPushButton(self.tr("Send the r&est"), parent)
        self.discard_button = QPushButton(self.tr("&Don't send the rest…"), parent)
        self.send_rest_button.setToolTip(self.tr(
            "Send the takes of this set that were never sent, each once (a take already sent "
            "is never sent again)."))
        self._set_id: str | None = None
        self.unfold_button.clicked.connect(self._on_unfold_clicked)
        self.send_rest_button.clicked.connect(self._on_send_rest_clicked)
        self.discard_button.clicked.connect(self._on_discard_clicked)
        self.update(None)

    @property
    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.unfold_button, self.send_rest_button, self.discard_button)

    def update(self, rec: TaskRecord | None) -> None:
        self._set_id = rec.set_id if rec is not None else None
        in_set = self._set_id is not None
        rest = bool(in_set and not_sent(members_of(self._queue, self._set_id or "")))
        busy = bool(in_set and self._sender is not None and self._sender.set_sending(
            self._set_id or ""))
        self.unfold_button.setEnabled(in_set)
        self.unfold_button.setText(self.tr("Fold &takes") if in_set and self._fold.unfolded(
            self._set_id or "") else self.tr("Show &takes"))
        for button in (self.send_rest_button, self.discard_button):
            button.setVisible(self._sender is not None)
            button.setEnabled(rest and not busy)
        for button in self.buttons:
            button.setAccessibleName(plain_label(button.text()).rstrip("…"))

    def sending_changed(self, set_id: str) -> None:
        """A set began or ended being sent (TakeSets.sendingChanged)."""
        self._fold.refresh_set(set_id)
        self.changed.emit()

    def _on_unfold_clicked(self) -> None:
        if self._set_id is not None:
            self._fold.set_unfolded(self._set_id, not self._fold.unfolded(self._set_id))
            self.changed.emit()

    def _on_send_rest_clicked(self) -> None:
        if self._set_id is None or self._sender is None:
            return
        n = len(not_sent(members_of(self._queue, self._set_id)))
        self.said.emit(self.tr("Sending the takes not sent yet (%1)…").replace("%1", str(n)))
        self._run(self._send_rest(self._set_id), f"send rest {self._set_id}")
        self.changed.emit()

    async def _send_rest(self, set_id: str) -> None:
        assert self._sender is not None
        outcome: SetOutcome = await self._sender.send_rest(set_id)
        self._fold.refresh_set(set_id)
        self.changed.emit()
        if outcome.stopped_by is not None:
            self.said.emit(self.tr("Stopped: %1. Takes still not sent: %2.").replace(
                "%1", refusal_text(outcome.stopped_by)).replace("%2", str(len(outcome.not_sent))))
        else:
            self.said.emit(self.tr("Takes sent: %1.").replace("%1", str(len(outcome.created))))

    def _on_discard_clicked(self) -> None:
        if self._set_id is None or self._sender is None:
            return
        self._confirm(self._parent, self.tr("Don't send the rest?"),
                      self.tr("The takes never sent are marked cancelled; nothing is "
                              "sent or charged for them."), self.tr("Don't send"),
                      lambda: self._discard(self._set_id))

    def _discard(self, set_id: str | None) -> None:
        if set_id is None or self._sender is None:
            return
        gone = self._sender.discard_rest(set_id)
        self.said.emit(self.tr("Takes that will not be sent: %1.").replace("%1", str(len(gone))))
        self.changed.emit()


def refusal_text(result: sub.SubmitResult) -> str:
    from app.services.tasks import submission as sub

    match result:
        case sub.AdmissionRefused(error=exc):
            return render(exc.not_created)
        case (sub.UploadRefused(error=error) | sub.UploadQuota(error=error)
              | sub.Unauthorized(error=error) | sub.ApiFailure(error=error)
              | sub.OutcomeUnknown(error=error)):
            return render(str(error))
        case sub.RefusedByRules(problems=problems):
            return "; ".join(render(p) for p in problems)
    return ""
