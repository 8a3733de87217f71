"""Outcomes chosen by the prompt: [fail], [fail:CODE], [never], [cancelled]."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from app.simulator import Simulator
from tests.simulator.conftest import create, wait_done


@pytest.mark.parametrize(("prompt", "code"), [
    ("a fox [fail]", "generation_failed_no_content"),
    ("a fox [fail:content_policy_violation]", "content_policy_violation"),
    ("[fail:service_error] a fox", "service_error"),
])
async def test_fail_tags_fail_the_task_and_refund(sim: Simulator, client: httpx.AsyncClient,
                                                  prompt: str, code: str) -> None:
    created = await create(client, prompt=prompt)
    assert sim.credits_remaining < 1000
    task = await wait_done(client, created["id"])
    assert task["status"] == "failed"
    assert task["error"]["code"] == code
    assert task["error"]["message"]
    assert "results" not in task
    assert sim.credits_remaining == 1000
    credits = (await client.get("/v1/credits")).json()["data"]["user"]
    assert credits == {"remaining_credits": 1000.0, "used_credits": 0.0}


async def test_cancelled_tag_ends_cancelled_and_refunds(sim: Simulator,
                                                        client: httpx.AsyncClient) -> None:
    task = await wait_done(client, (await create(client, prompt="[cancelled]"))["id"])
    assert task["status"] == "cancelled"
    assert task["error"]["code"] == "request_cancelled"
    assert sim.credits_remaining == 1000


async def test_never_stays_processing_below_100(sim: Simulator,
                                                client: httpx.AsyncClient) -> None:
    created = await create(client, prompt="[never] stuck")
    await asyncio.sleep(sim.engine.generation_s * 2)
    for _ in range(3):
        task = (await client.get(f"/v1/tasks/{created['id']}")).json()
        assert task["status"] == "processing"
        assert 0 < task["progress"] < 100
        await asyncio.sleep(0.05)
    assert sim.credits_remaining < 1000  # still held
