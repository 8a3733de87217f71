"""The batch task read (switchable off) and time-scaled, varied generation lengths."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import httpx
import pytest

from app.cli import seconds_range
from app.simulator import Simulator
from app.simulator.clips import ClipCache
from app.simulator.engine import Engine
from tests.simulator.conftest import AUTH, KEY, create, wait_done

BATCH = "/v1/tasks/batch"


async def test_batch_answers_known_tasks_in_the_task_status_format(
        client: httpx.AsyncClient) -> None:
    a, b = (await create(client, prompt="first")), (await create(client, prompt="second"))
    unknown = "task-unified-1700000000-nosuch00"
    r = await client.post(BATCH, json={"task_ids": [a["id"], "not a task id", unknown, b["id"],
                                                    a["id"]]})
    assert r.status_code == 200, r.text
    items = r.json()["data"]
    assert [t["id"] for t in items] == [a["id"], b["id"]]  # unknown and malformed left out
    single = (await client.get(f"/v1/tasks/{a['id']}")).json()
    assert set(items[0]) == set(single)
    assert {"status", "progress", "task_info", "usage"} <= set(items[0])
    done = await wait_done(client, a["id"])
    again = (await client.post(BATCH, json={"task_ids": [a["id"]]})).json()["data"][0]
    assert again["status"] == "completed" and again["results"] == done["results"]


@pytest.mark.parametrize("ids", [[], [f"task-unified-1-{i:08d}" for i in range(51)], "x", [1]])
async def test_batch_refuses_a_bad_list(client: httpx.AsyncClient, ids: object) -> None:
    r = await client.post(BATCH, json={"task_ids": ids})
    assert r.status_code == 400
    assert r.json()["error"]["param"] == "task_ids"


async def test_batch_takes_exactly_50(client: httpx.AsyncClient) -> None:
    ids = [f"task-unified-1-{i:08d}" for i in range(50)]
    r = await client.post(BATCH, json={"task_ids": ids})
    assert r.status_code == 200 and r.json() == {"data": []}


async def test_batch_needs_the_key(sim: Simulator) -> None:
    async with httpx.AsyncClient(base_url=sim.base_url or "") as anonymous:
        r = await anonymous.post(BATCH, json={"task_ids": ["task-unified-1-aaaa"]})
    assert r.status_code == 401


async def test_batch_refused_by_fault_then_cleared(sim: Simulator,
                                                   client: httpx.AsyncClient) -> None:
    body = {"task_ids": ["task-unified-1-aaaa"]}
    sim.faults.refuse_batch(405)
    r = await client.post(BATCH, json=body)
    assert r.status_code == 405 and r.headers["Allow"] == "GET"
    sim.faults.add_from_json({"kind": "refuse_batch", "status": 404})
    r = await client.post(BATCH, json=body)
    assert r.status_code == 404 and "error" in r.json()
    sim.faults.clear()
    assert (await client.post(BATCH, json=body)).status_code == 200
    with pytest.raises(ValueError, match="404 or 405"):
        sim.faults.refuse_batch(500)


async def test_simulator_without_the_batch_read_answers_404(clips_dir: Path) -> None:
    async with Simulator({KEY}, clips_dir=clips_dir, batch_endpoint=False) as sim, \
            httpx.AsyncClient(base_url=sim.base_url or "", headers=AUTH) as client:
        r = await client.post(BATCH, json={"task_ids": ["task-unified-1-aaaa"]})
        assert r.status_code == 404
        error = r.json()["error"]  # as documented: the status as an integer, and its type
        assert (error["code"], error["type"]) == (404, "not_found_error")
        assert [q.group for q in sim.requests] == ["batch"]


async def test_time_scale_runs_a_long_generation_quickly(clips_dir: Path) -> None:
    # 60 s of simulated time at ×200 last 0.3 s; estimates are in the fast world's seconds.
    async with Simulator({KEY}, clips_dir=clips_dir, generation_seconds=60,
                         time_scale=200) as sim, \
            httpx.AsyncClient(base_url=sim.base_url or "", headers=AUTH) as client:
        started = time.monotonic()
        task = await create(client)
        assert 0 < task["task_info"]["estimated_time"] <= 0.3
        assert task["task_info"]["estimated_time"] * 200 == pytest.approx(60, abs=1)
        await wait_done(client, task["id"])
        assert time.monotonic() - started < 10
        state = (await client.get("/_sim/state")).json()
        [entry] = state["tasks"]
        assert entry["status"] == "completed"
        assert abs(entry["completed_at"] - time.time()) < 10


def test_lengths_are_drawn_between_the_bounds_reproducibly(tmp_path: Path) -> None:
    def lengths(seed: int) -> list[float]:
        engine = Engine(generation_seconds=60, generation_max_seconds=300, time_scale=10,
                        seed=seed, initial_credits=0, result_ttl_s=60,
                        clips=ClipCache(tmp_path))
        return [engine._next_length() for _ in range(50)]

    first = lengths(21)
    assert first == lengths(21) and first != lengths(22)
    assert all(6 <= s <= 30 for s in first) and max(first) - min(first) > 10
    with pytest.raises(ValueError, match="longest"):
        Engine(generation_seconds=60, generation_max_seconds=30, initial_credits=0,
               result_ttl_s=60, clips=ClipCache(tmp_path))


def test_seconds_range_option() -> None:
    assert seconds_range("12") == (12.0, None)
    assert seconds_range("60-300") == (60.0, 300.0)
    for bad in ("0", "300-60", "a-b", "-5"):
        with pytest.raises(argparse.ArgumentTypeError):
            seconds_range(bad)
