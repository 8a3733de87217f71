"""Account refusals against the simulator: each is "not created" for sure, never retried, its
request id kept; a 5xx after sending stays outcome-unknown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.core.gateway_errors import AccountProblem
from app.core.states import TaskState
from app.services.api import errors
from app.services.api.client import EvolinkClient
from app.services.tasks import generation
from app.services.tasks.store import TaskStore
from app.simulator import Simulator
from tests.client.conftest import SleepRecorder
from tests.client.test_client import creates, req

VARIANTS: list[tuple[str, dict[str, Any], AccountProblem, type[errors.ApiError]]] = [
    ("insufficient_quota", {"estimated_credits": 40.5, "account_balance_credits": 3.25},
     AccountProblem.BALANCE, errors.InsufficientCredits),
    ("key_quota_exhausted", {"limit_scope": "key"}, AccountProblem.KEY_LIMIT,
     errors.InsufficientCredits),
    ("key_daily_quota_exhausted", {"reset_timezone": "Asia/Shanghai"},
     AccountProblem.KEY_DAILY_LIMIT, errors.InsufficientCredits),
    ("key_disabled", {}, AccountProblem.KEY_DISABLED, errors.InsufficientCredits),
    ("key_expired", {}, AccountProblem.KEY_EXPIRED, errors.InsufficientCredits),
    ("key_model_not_allowed", {}, AccountProblem.MODEL_NOT_ALLOWED, errors.Forbidden),
]


@pytest.mark.parametrize(("code", "details", "problem", "cls"), VARIANTS)
async def test_an_admission_refusal_is_certainly_not_created(
        sim: Simulator, client: EvolinkClient, sleeps: SleepRecorder, code: str,
        details: dict[str, Any], problem: AccountProblem, cls: type[errors.ApiError]) -> None:
    sim.faults.account_refusal(code, action_url="https://evolink.ai/dashboard/keys", **details)
    with pytest.raises(errors.AdmissionRefused) as info:
        await client.create(req(), idempotency_key=f"key-refused-{code}")
    refused = info.value
    assert isinstance(refused.cause, cls)
    assert refused.gateway is not None and refused.gateway.problem is problem
    assert refused.gateway.type == ("permission_error" if cls is errors.Forbidden
                                    else "insufficient_quota_error")
    assert refused.action_url == "https://evolink.ai/dashboard/keys"
    assert refused.request_id and refused.request_id.startswith("req-")
    assert sim.tasks == {} and len(creates(sim)) == 1 and sleeps.waits == []  # never resent


async def test_the_code_decides_on_another_status_and_details_beside_error(
        sim: Simulator, client: EvolinkClient) -> None:
    sim.faults.account_refusal("KEY_DISABLED", status=401, details_beside=True,
                               action_url="/dashboard/keys")
    with pytest.raises(errors.AdmissionRefused) as info:
        await client.create(req(), idempotency_key="key-refused-401-beside")
    assert isinstance(info.value.cause, errors.Unauthorized)
    assert info.value.action_url == "https://evolink.ai/dashboard/keys"
    assert info.value.message.startswith("This API key is disabled")


async def test_refusal_leaves_a_rejected_record_and_5xx_after_work_an_unknown_one(
        sim: Simulator, client: EvolinkClient, tmp_path: Path) -> None:
    store = TaskStore(tmp_path / "s.sqlite3")
    sim.faults.account_refusal("key_daily_quota_exhausted", reset_timezone="Asia/Shanghai")
    with pytest.raises(errors.AdmissionRefused):
        await generation.submit(client, store, req("refused"), source="cli")
    sim.faults.server_error(status=503, only="create", after_work=True)
    with pytest.raises(errors.SubmissionOutcomeUnknown):
        await generation.submit(client, store, req("lost"), source="cli")
    ok = await generation.submit(client, store, req("fine"), source="cli")
    by_prompt = {r.request.prompt: r for r in store.list(limit=10)}
    refused, lost = by_prompt["refused"], by_prompt["lost"]
    assert refused.state is TaskState.REJECTED  # "not sent": never outcome-unknown
    assert refused.error_code == "key_daily_quota_exhausted"
    assert (refused.error_message or "").startswith("This API key has used up its daily limit")
    assert lost.state is TaskState.OUTCOME_UNKNOWN and len(sim.tasks) == 2
    ids = [r.request_id for r in (refused, lost, ok)]
    assert all(i and i.startswith("req-") for i in ids) and len(set(ids)) == 3
    recorded = {r.status for r in sim.requests if r.group == "create"}
    assert recorded == {402, 503, 200}
