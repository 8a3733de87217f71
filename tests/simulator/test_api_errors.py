"""Refusals: auth, malformed and invalid bodies, credits, task ids, idempotency."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from app.simulator import DEMO_KEY, Simulator
from tests.simulator.conftest import body, create

GEN = "/v1/videos/generations"


def error(r: httpx.Response) -> dict[str, Any]:
    err: dict[str, Any] = r.json()["error"]
    assert {"code", "message", "type"} <= err.keys()
    return err


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer sk-wrong-000000000000"},
                                     {"Authorization": "Basic abc"},
                                     {"Authorization": f"Bearer {DEMO_KEY}"}])
async def test_missing_or_unknown_key_is_401(sim: Simulator, headers: dict[str, str]) -> None:
    assert sim.base_url
    async with httpx.AsyncClient(base_url=sim.base_url, headers=headers) as c:
        for r in (await c.post(GEN, json=body()), await c.get("/v1/credits"),
                  await c.get("/v1/tasks/task-unified-1-abc"), await c.get("/v1/tasks")):
            assert r.status_code == 401
            # [doc] the integer status as code, the documented type, the request id twice
            assert error(r)["code"] == 401
            assert error(r)["type"] == "authentication_error"
            assert error(r)["request_id"] == r.headers["x-request-id"]
    assert sim.tasks == {}


async def test_demo_key_is_the_only_key_without_configuration(clips_dir: Path) -> None:
    async with Simulator(clips_dir=clips_dir) as sim:
        assert sim.base_url
        async with httpx.AsyncClient(base_url=sim.base_url) as c:
            ok = await c.get("/v1/credits", headers={"Authorization": f"Bearer {DEMO_KEY}"})
            bad = await c.get("/v1/credits", headers={"Authorization": "Bearer sk-x-12345678"})
    assert (ok.status_code, bad.status_code) == (200, 401)


async def test_body_that_is_not_json_is_400(sim: Simulator, client: httpx.AsyncClient) -> None:
    r = await client.post(GEN, content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    assert error(r)["code"] == "invalid_request"
    r = await client.post(GEN, json=["a", "list"])
    assert r.status_code == 400


@pytest.mark.parametrize(("over", "param"), [
    ({"prompt": None}, "prompt"),
    ({"duration": "8"}, "duration"),
    ({"image_urls": "https://x/a.png"}, "image_urls"),
])
async def test_wrong_shape_is_400_invalid_parameters(sim: Simulator, client: httpx.AsyncClient,
                                                     over: dict[str, Any], param: str) -> None:
    r = await client.post(GEN, json=body(**over))
    assert r.status_code == 400
    err = error(r)
    assert err["code"] == "invalid_parameters"
    assert err["param"] == param
    assert sim.tasks == {}


@pytest.mark.parametrize(("over", "param", "words"), [
    ({"quality": "1080p"}, "quality", "1080p"),
    ({"duration": 16}, "duration", "too long"),
    ({"duration": 3}, "duration", "too short"),
    ({"image_urls": ["https://example.com/a.png"]}, "image_urls", "no images"),
    ({"model": "seedance-9"}, "model", "Unknown model"),
    ({"aspect_ratio": "2:1"}, "aspect_ratio", "Unknown aspect"),
    ({"prompt": "   "}, "prompt", "prompt"),
    ({"callback_url": "http://127.0.0.1/cb"}, "callback_url", "https"),
])
async def test_rule_violations_are_400_with_the_first_problem(
        sim: Simulator, client: httpx.AsyncClient, over: dict[str, Any], param: str,
        words: str) -> None:
    r = await client.post(GEN, json=body(**over))
    assert r.status_code == 400
    err = error(r)
    assert err["code"] == "invalid_parameters"
    assert err["param"] == param
    assert words.lower() in err["message"].lower()
    assert err["details"][0]["field"] == param
    assert sim.tasks == {}


async def test_every_problem_is_listed_in_details(sim: Simulator,
                                                  client: httpx.AsyncClient) -> None:
    r = await client.post(GEN, json=body(quality="1080p", duration=20))
    fields = {d["field"] for d in error(r)["details"]}
    assert fields == {"quality", "duration"}


async def test_402_when_credits_run_out(clips_dir: Path) -> None:
    async with Simulator({"sk-k-1234567890"}, initial_credits=25.0, clips_dir=clips_dir,
                         generation_seconds=0.3) as sim:
        assert sim.base_url
        async with httpx.AsyncClient(base_url=sim.base_url,
                                     headers={"Authorization": "Bearer sk-k-1234567890"}) as c:
            await create(c)  # 20.25 (4 s x 5.063) of the 25 credits
            r = await c.post(GEN, json=body(prompt="another"))
            assert r.status_code == 402
            assert error(r)["code"] == "insufficient_quota"
            assert error(r)["type"] == "insufficient_quota_error"
            # The same request again: it would cost what the first one did, and what is left
            # is what the account shows.
            assert error(r)["estimated_credits"] == pytest.approx(20.25)
            assert error(r)["account_balance_credits"] == pytest.approx(25 - 20.25)
            assert len(sim.tasks) == 1
            assert sim.credits_remaining == pytest.approx(25 - 20.25)


async def test_unpublished_prices_use_the_simulators_own_rates(
        sim: Simulator, client: httpx.AsyncClient) -> None:
    mini = await create(client, model="seedance-2.0-mini-text-to-video", prompt="[never] m")
    full = await create(client, model="seedance-2.0-text-to-video", quality="1080p",
                        prompt="[never] f", content_filter=False)
    # its price table (app/simulator/sim_prices.py): Mini and 1080p charged, not published
    assert mini["usage"]["credits_reserved"] == pytest.approx(2.5575 * 4, abs=0.01)  # 480p
    assert full["usage"]["credits_reserved"] == pytest.approx(30.0 * 1.1 * 4, abs=0.01)


async def test_task_ids(sim: Simulator, client: httpx.AsyncClient) -> None:
    r = await client.get("/v1/tasks/not-a-task")
    assert r.status_code == 400
    assert error(r)["code"] == "invalid_task_id"
    r = await client.get("/v1/tasks/task-unified-1774857405-abc123")
    assert r.status_code == 404
    r = await client.get("/v1/nowhere")
    assert r.status_code == 404
    assert (error(r)["code"], error(r)["type"]) == (404, "not_found_error")


async def test_idempotent_replay_makes_no_second_task(sim: Simulator,
                                                      client: httpx.AsyncClient) -> None:
    key = {"Idempotency-Key": "studio-0123456789abcdef"}
    first = await client.post(GEN, json=body(), headers=key)
    again = await client.post(GEN, json=body(), headers=key)
    assert first.status_code == again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert again.headers["idempotency-replayed"] == "true"
    assert "idempotency-replayed" not in first.headers
    assert len(sim.tasks) == 1
    assert sim.requests[0].idempotency_key == key["Idempotency-Key"]
    clash = await client.post(GEN, json=body(duration=5), headers=key)
    assert clash.status_code == 409
    assert error(clash)["code"] == "idempotency_conflict"
    other = await client.post(GEN, json=body(),
                              headers={"Idempotency-Key": "studio-other-key-0001"})
    assert other.json()["id"] != first.json()["id"]
    bad = await client.post(GEN, json=body(), headers={"Idempotency-Key": "short"})
    assert bad.status_code == 400
    assert len(sim.tasks) == 2
