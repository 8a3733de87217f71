""""Stop tracking" / "Track again" and "Retry…" for the selected task: each asks first where
it can cost credits, then goes through app/services/tasks/task_actions.py."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.core.states import TaskState
from app.services.api.errors import AdmissionRefused, ApiError, SubmissionOutcomeUnknown
from app.services.tasks.generation import InvalidRequest
from app.services.tasks.store import TaskRecord
from app.services.tasks.task_actions import TaskActions
from app.ui.dialogs.modal import Confirm
from app.ui.labels import joined
from app.ui.messages import render
from app.ui.queue.presentation import excerpt, retry_cost, stop_tracking_warning
from app.ui.queue.recovery_actions import Run

RETRYABLE = frozenset({TaskState.FAILED, TaskState.CANCELLED, TaskState.REJECTED,
                       TaskState.EXPIRED, TaskState.OUTCOME_UNKNOWN})


class RetryActions(QObject):
    """Signals: said(str) — a sentence for the panel's feedback line; changed() — a record may
    have changed; requested(str) — a retry of this local id was confirmed and is being sent;
    refused(str, str) — the account refused the retry: the sentence and its page's link."""

    said = Signal(str)
    changed = Signal()
    requested = Signal(str)
    refused = Signal(str, str)

    def __init__(self, actions: TaskActions, parent: QWidget, *, confirm: Confirm, run: Run,
                 demo: bool) -> None:
        super().__init__(parent)
        self._actions, self._parent, self._confirm, self._run = actions, parent, confirm, run
        self._demo = demo  # the demo simulator's tasks: no charges to warn about

    # --- Stop tracking / Track again --------------------------------------------------------

    def toggle_tracking(self, rec: TaskRecord) -> None:
        if rec.untracked:
            self._actions.track_again(rec.local_id)
            self.said.emit(self.tr("Tracking the task again."))
        else:
            self._confirm(self._parent, self.tr("Stop tracking this task?"),
                          stop_tracking_warning(demo=self._demo), self.tr("Stop tracking"),
                          lambda: self._stop_tracking(rec.local_id))
        self.changed.emit()

    def _stop_tracking(self, local_id: str) -> None:
        self._actions.stop_tracking(local_id)
        self.said.emit(self.tr("Stopped tracking this demo task.") if self._demo else
                       self.tr("Stopped tracking. The server goes on and charges for the clip."))
        self.changed.emit()

    # --- Retry as a new task ----------------------------------------------------------------

    def retry(self, rec: TaskRecord) -> None:
        cost = rec.credits_reserved
        cost_text = (self.tr("≈ %1 credits").replace("%1", f"{cost:,.1f}") if cost is not None
                     else retry_cost(rec))
        text = (self.tr("Submit “%1” again as a new task?").replace(
                    "%1", excerpt(rec.request.prompt, 60)) + "\n\n"
                + self.tr("Cost: %1. This is a new, separately charged generation.").replace(
                    "%1", cost_text))
        if rec.state is TaskState.OUTCOME_UNKNOWN:
            text += "\n\n" + self.tr("The first submission may exist on the server: try "
                                     "“Find it” first, or you may pay twice.")
        self._confirm(self._parent, self.tr("Retry as a new task?"), text,
                      self.tr("Submit (%1)").replace("%1", cost_text),
                      lambda: self._start_retry(rec.local_id))

    def _start_retry(self, local_id: str) -> None:
        self.requested.emit(local_id)
        self._run(self._retry(local_id), f"retry {local_id}")

    async def _retry(self, local_id: str) -> None:
        try:
            new = await self._actions.retry(local_id)
        except AdmissionRefused as exc:  # only here is "nothing was created" certain
            self.refused.emit(render(exc.not_created), exc.action_url or "")
        except SubmissionOutcomeUnknown as exc:
            self.said.emit(self.tr("Sent, but the answer was lost: %1").replace(
                "%1", render(exc.message)))
        except InvalidRequest as exc:
            self.said.emit(self.tr("Not sent: %1").replace(
                "%1", joined(render(p) for p in exc.problems)))
        except ApiError as exc:
            self.said.emit(self.tr("Not sent: %1").replace("%1", render(exc.message)))
        else:
            self.said.emit(self.tr("Submitted again as %1.").replace("%1", new.display_id))
