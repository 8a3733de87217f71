"""GET /v1/tasks as the real gateway serves it: light items, filters, pages, total; and the
`queued`/`running` spelling of statuses, switched on for every endpoint."""

from __future__ import annotations

import time

import httpx
import pytest

from app.simulator import Simulator
from tests.simulator.conftest import create, wait_done

LIGHT_KEYS = {"id", "status", "model", "type", "progress", "created_at", "credits_used",
              "has_results", "has_error"}
FAST = "seedance-2.0-fast-text-to-video"
STANDARD = "seedance-2.0-text-to-video"


async def test_items_are_light_newest_first_with_the_page_envelope(
        sim: Simulator, client: httpx.AsyncClient) -> None:
    first = await create(client, prompt="first")
    done = await wait_done(client, first["id"])
    second = await create(client, prompt="second [fail:service_error]")
    await wait_done(client, second["id"])
    r = await client.get("/v1/tasks", params={"page": 1, "page_size": 10})
    assert r.status_code == 200
    answer = r.json()
    assert set(answer) == {"data", "total", "page", "page_size"}
    assert (answer["total"], answer["page"], answer["page_size"]) == (2, 1, 10)
    newest, older = answer["data"]
    assert newest["id"] == second["id"] and older["id"] == first["id"]
    for item in answer["data"]:
        assert set(item) == LIGHT_KEYS  # no results, no `created`, no task_info
        assert item["type"] == "video" and abs(item["created_at"] - time.time()) < 60
    assert older["status"] == "completed" and older["has_results"] is True
    assert older["credits_used"] == done["usage"]["credits_reserved"]
    assert older["has_error"] is False
    assert newest["status"] == "failed" and newest["has_error"] is True
    assert newest["credits_used"] == 0 and newest["has_results"] is False


async def test_filters_by_type_model_and_status_and_counts_what_they_let_through(
        sim: Simulator, client: httpx.AsyncClient) -> None:
    fast = [await create(client, prompt=f"fast {i}") for i in range(3)]
    std = await create(client, model=STANDARD, prompt="standard [never]")
    for task in fast:
        await wait_done(client, task["id"])

    async def ids(**params: object) -> tuple[list[str], int]:
        r = await client.get("/v1/tasks", params={"page_size": 2, **params})  # type: ignore[arg-type]
        assert r.status_code == 200, r.text
        return [t["id"] for t in r.json()["data"]], r.json()["total"]

    assert await ids(type="video", model=STANDARD) == ([std["id"]], 1)
    assert await ids(type="image") == ([], 0)
    assert await ids(status="processing") == ([std["id"]], 1)
    page1, total = await ids(type="video", model=FAST, status="completed")
    page2, _ = await ids(type="video", model=FAST, status="completed", page=2)
    assert total == 3 and page1 + page2 == [t["id"] for t in reversed(fast)]
    assert await ids(page=9) == ([], 4)


@pytest.mark.parametrize("bad", [{"page": 0}, {"page_size": 101}, {"page": "x"}])
async def test_page_out_of_range_is_a_400(client: httpx.AsyncClient,
                                          bad: dict[str, object]) -> None:
    r = await client.get("/v1/tasks", params=bad)  # type: ignore[arg-type]
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_parameters"


async def test_queued_and_running_spoken_on_every_endpoint_and_filterable(
        sim: Simulator, client: httpx.AsyncClient) -> None:
    sim.engine.generation_s = 5.0
    sim.engine.speak_statuses({"pending": "queued", "processing": "running"})
    created = await create(client, prompt="slow one")
    assert created["status"] == "queued"
    listed = (await client.get("/v1/tasks")).json()["data"][0]
    assert listed["status"] == "queued"
    by_either = [(await client.get("/v1/tasks", params={"status": s})).json()["total"]
                 for s in ("queued", "pending", "running")]
    assert by_either == [1, 1, 0]
    sim.tasks[created["id"]].started -= 1.0  # past the queued share of its generation time
    assert (await client.get(f"/v1/tasks/{created['id']}")).json()["status"] == "running"
    sim.engine.speak_statuses(None)
    assert (await client.get(f"/v1/tasks/{created['id']}")).json()["status"] == "processing"
    with pytest.raises(ValueError, match="unknown statuses"):
        sim.engine.speak_statuses({"waiting": "queued"})
