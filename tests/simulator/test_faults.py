"""Each fault kind, its endpoint-group scoping, and the HTTP control route."""

from __future__ import annotations

import json

import httpx
import pytest

from app.simulator import Simulator
from tests.simulator.conftest import body, create, wait_done

GEN = "/v1/videos/generations"


async def test_rate_limit_answers_429_with_retry_after_then_recovers(
        sim: Simulator, client: httpx.AsyncClient) -> None:
    sim.faults.rate_limit(n=2, retry_after=1.5, only="create")
    for _ in range(2):
        r = await client.post(GEN, json=body())
        assert r.status_code == 429
        assert r.headers["retry-after"] == "1.5"
        assert r.json()["error"]["code"] == "rate_limit_exceeded"
    assert sim.tasks == {}
    assert (await client.post(GEN, json=body())).status_code == 200
    assert len(sim.tasks) == 1


async def test_server_error_applies_to_every_api_group_but_not_downloads(
        sim: Simulator, client: httpx.AsyncClient, cdn: httpx.AsyncClient) -> None:
    done = await wait_done(client, (await create(client))["id"])
    sim.faults.server_error(n=2, status=502)
    assert (await client.get("/v1/credits")).status_code == 502
    assert (await cdn.get(done["results"][0])).status_code == 200
    r = await client.get(f"/v1/tasks/{done['id']}")
    assert r.status_code == 502
    assert r.json()["error"]["type"] == "upstream_error"  # [doc] for a 502
    assert (await client.get("/v1/credits")).status_code == 200


async def test_server_error_after_work_still_creates_the_task(
        sim: Simulator, client: httpx.AsyncClient) -> None:
    sim.faults.server_error(n=1, status=503, only="create", after_work=True)
    r = await client.post(GEN, json=body())
    assert r.status_code == 503
    assert len(sim.tasks) == 1


async def test_fault_scoped_to_create_leaves_get_alone(sim: Simulator,
                                                       client: httpx.AsyncClient) -> None:
    sim.faults.server_error(n=1, only="create")
    assert (await client.get("/v1/credits")).status_code == 200
    assert (await client.post(GEN, json=body())).status_code == 503


async def test_delayed_create_made_the_task_and_a_retry_replays_it(
        sim: Simulator, client: httpx.AsyncClient) -> None:
    sim.faults.delay(seconds=1.0, n=1, only="create")
    key = {"Idempotency-Key": "delay-test-0123456789"}
    with pytest.raises(httpx.ReadTimeout):
        await client.post(GEN, json=body(), headers=key, timeout=0.3)
    assert len(sim.tasks) == 1
    retry = await client.post(GEN, json=body(), headers=key)
    assert retry.headers["idempotency-replayed"] == "true"
    assert retry.json()["id"] in sim.tasks
    assert len(sim.tasks) == 1


async def test_dropped_create_made_the_task(sim: Simulator, client: httpx.AsyncClient) -> None:
    sim.faults.drop_connection(n=1, only="create")
    with pytest.raises(httpx.RemoteProtocolError):
        await client.post(GEN, json=body())
    assert len(sim.tasks) == 1
    assert (await client.post(GEN, json=body())).status_code == 200
    assert len(sim.tasks) == 2


async def test_malformed_json_on_get(sim: Simulator, client: httpx.AsyncClient) -> None:
    task = await create(client)
    sim.faults.malformed_json(n=1, only="get")
    r = await client.get(f"/v1/tasks/{task['id']}")
    assert r.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        r.json()
    assert (await client.get(f"/v1/tasks/{task['id']}")).json()["id"] == task["id"]


async def test_reset_download_cuts_the_body(sim: Simulator, client: httpx.AsyncClient,
                                            cdn: httpx.AsyncClient) -> None:
    url = (await wait_done(client, (await create(client))["id"]))["results"][0]
    full = (await cdn.get(url)).content
    sim.faults.reset_download(after_bytes=1000, n=1)
    got = bytearray()
    lengths: list[int] = []

    async def fetch() -> None:
        async with cdn.stream("GET", url) as r:
            lengths.append(int(r.headers["content-length"]))
            async for chunk in r.aiter_raw():
                got.extend(chunk)

    with pytest.raises(httpx.RemoteProtocolError):
        await fetch()
    assert lengths == [len(full)]
    assert bytes(got) == full[:1000]
    assert (await cdn.get(url)).content == full


async def test_download_group_faults_are_opt_in(sim: Simulator, client: httpx.AsyncClient,
                                                cdn: httpx.AsyncClient) -> None:
    url = (await wait_done(client, (await create(client))["id"]))["results"][0]
    sim.faults.rate_limit(n=1, retry_after=None, only="download")
    r = await cdn.get(url)
    assert r.status_code == 429
    assert "retry-after" not in r.headers
    sim.faults.drop_connection(n=1, only="download")
    with pytest.raises(httpx.RemoteProtocolError):
        await cdn.get(url)
    assert (await cdn.get(url)).status_code == 200


async def test_http_control_route_arms_faults(sim: Simulator, client: httpx.AsyncClient) -> None:
    plain = httpx.AsyncClient(base_url=client.base_url)
    async with plain:
        r = await plain.post("/_sim/faults", json={"kind": "rate_limit", "n": 2,
                                                   "retry_after": 1, "only": "credits"})
        assert r.json() == {"ok": True, "pending": 2}
        assert (await client.get("/v1/credits")).status_code == 429
        assert (await plain.delete("/_sim/faults")).json()["pending"] == 0
        assert (await client.get("/v1/credits")).status_code == 200
        bad = await plain.post("/_sim/faults", json={"kind": "explode"})
        assert bad.status_code == 400
        bad = await plain.post("/_sim/faults", json={"kind": "delay", "only": "nowhere"})
        assert bad.status_code == 400
        state = (await plain.get("/_sim/state")).json()
    assert state["credits_remaining"] == 1000
    assert [r["path"] for r in state["requests"]] == ["/v1/credits", "/v1/credits"]
    assert all(r.path.startswith("/v1/") for r in sim.requests)  # controls are not recorded
