"""A retry from the queue refused by the account: "not sent" with the account page; a retry
whose answer is lost stays outcome-unknown; "Copy details" carries the gateway's request id."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from app.core.states import TaskState
from app.simulator import Simulator
from app.ui.queue import QueuePanel
from tests.queue.conftest import request, until
from tests.queue.test_panel import Confirmations

S = TaskState
PAGE = "https://evolink.ai/dashboard/credits"


async def test_refused_retry_says_not_sent_and_lost_retry_stays_unknown(
        qtbot: Any, sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        panel = QueuePanel(queue, confirm=Confirmations(True))
        qtbot.addWidget(panel)
        first = await queue.submit(request("a storm at sea [fail:content_policy_violation]"))
        await until(lambda: queue.record(first.local_id).state is S.FAILED)  # type: ignore[union-attr]
        panel.select(first.local_id)

        sim.faults.account_refusal("insufficient_quota", estimated_credits=20.25,
                                   account_balance_credits=1.5, action_url=PAGE)
        panel.retry_button.click()
        await until(lambda: not panel.account.isHidden())  # the panel is not shown
        said = ("Not sent: Your account's credit balance is too low: this request needs about "
                "20.25 credits and 1.5 remain. No task was created and nothing was charged")
        assert panel.account.text.text() == said
        assert panel.account.text.accessibleName() == said
        assert not panel.account.open_button.isHidden()
        assert panel.account.open_button.accessibleName() == "Open account page"
        refused = [r for r in queue.records() if r.local_id != first.local_id]
        assert [r.state for r in refused] == [S.REJECTED] and len(sim.tasks) == 1

        panel.select(refused[0].local_id)
        panel.details_button.click()
        copied = QApplication.clipboard().text()
        assert f"Request id: {refused[0].request_id}" in copied
        assert (refused[0].request_id or "").startswith("req-")
        assert "Rejected" in copied and "too low" in copied

        # A 5xx after the server made the task: the outcome is unknown, never "not sent".
        panel.select(first.local_id)
        sim.faults.server_error(status=502, only="create", after_work=True)
        panel.retry_button.click()
        await until(lambda: any(r.state is S.OUTCOME_UNKNOWN for r in queue.records()))
        await until(lambda: panel.feedback.text().startswith("Sent, but the answer was lost"))
        assert panel.account.isHidden() and len(sim.tasks) == 2
