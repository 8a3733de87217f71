"""Create -> poll -> download -> probe against a running simulator; listing and credits."""

from __future__ import annotations

import logging
import re
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import httpx
import pytest

from app.core.capabilities import AspectRatio, Quality, pixel_size
from app.simulator import Simulator
from tests.simulator.conftest import create, wait_done


@pytest.mark.parametrize(("model", "quality", "aspect", "audio"), [
    ("seedance-2.0-fast-text-to-video", "480p", "16:9", True),
    ("seedance-2.0-text-to-video", "480p", "9:16", False),
    ("seedance-2.0-mini-text-to-video", "480p", "adaptive", False),
])
async def test_clip_is_a_real_mp4_of_the_requested_shape(
        sim: Simulator, client: httpx.AsyncClient, cdn: httpx.AsyncClient, tmp_path: Path,
        model: str, quality: str, aspect: str, audio: bool) -> None:
    created = await create(client, model=model, quality=quality, aspect_ratio=aspect,
                           generate_audio=audio, prompt=f"probe {model} {aspect} {audio}")
    task = await wait_done(client, created["id"])
    assert task["status"] == "completed"
    assert task["progress"] == 100
    (url,) = task["results"]
    r = await cdn.get(url)
    assert r.status_code == 200
    assert r.headers["content-type"] == "video/mp4"
    assert int(r.headers["content-length"]) == len(r.content)
    assert sim.clip_path(created["id"]).read_bytes() == r.content
    path = tmp_path / "clip.mp4"
    path.write_bytes(r.content)

    want = AspectRatio.R16_9 if aspect == "adaptive" else AspectRatio(aspect)
    width, height = pixel_size(want, Quality(quality)) or (0, 0)
    with av.open(str(path)) as box:
        video = box.streams.video[0]
        assert video.codec_context.name == "h264"
        assert video.codec_context.pix_fmt == "yuv420p"
        assert (video.width, video.height) == (width, height)
        assert video.average_rate == Fraction(24)
        assert video.duration is not None
        assert video.time_base is not None
        assert abs(float(video.duration * video.time_base) - 4) <= 1 / 24
        assert box.duration is not None
        assert abs(box.duration / av.time_base - 4) <= 1 / 24
        assert len(box.streams.audio) == (1 if audio else 0)
        if audio:
            assert box.streams.audio[0].codec_context.name == "aac"
        frames = sum(1 for _ in box.decode(video=0))
    assert frames == 4 * 24


async def test_task_goes_pending_processing_completed_with_a_countdown(
        sim: Simulator, client: httpx.AsyncClient) -> None:
    created = await create(client)
    assert created["status"] == "pending"
    assert re.fullmatch(r"task-unified-\d+-[a-z0-9]{8}", created["id"])
    assert created["object"] == "video.generation.task"
    assert created["type"] == "video"
    assert created["task_info"] == {"can_cancel": True, "estimated_time": 1,
                                    "video_duration": 4}
    assert created["usage"]["billing_rule"] == "per_second"
    assert created["usage"]["user_group"] == "default"
    assert created["usage"]["credits_reserved"] == pytest.approx(5.063 * 4, abs=0.01)
    seen: list[dict[str, Any]] = []
    final = await wait_done(client, created["id"], seen)
    statuses = [t["status"] for t in seen]
    assert "processing" in statuses
    assert statuses[-1] == "completed"
    order = {"pending": 0, "processing": 1, "completed": 2}
    assert [order[s] for s in statuses] == sorted(order[s] for s in statuses)
    progress = [t["progress"] for t in seen]
    assert progress == sorted(progress)
    assert all(0 < t["progress"] < 100 for t in seen if t["status"] == "processing")
    assert final["task_info"]["can_cancel"] is False
    assert final["usage"]["credits_used"] == created["usage"]["credits_reserved"]


async def test_request_id_header_on_every_answer(sim: Simulator,
                                                 client: httpx.AsyncClient) -> None:
    ok = await client.post("/v1/videos/generations", json={"model": "x"})
    assert ok.headers["x-request-id"].startswith("req-")
    other = await client.get("/v1/credits")
    assert other.headers["x-request-id"] != ok.headers["x-request-id"]


async def test_list_is_newest_first_without_results(sim: Simulator,
                                                    client: httpx.AsyncClient) -> None:
    first = await create(client, prompt="first")
    await wait_done(client, first["id"])
    second = await create(client, prompt="second")
    page = (await client.get("/v1/tasks", params={"page": 1, "page_size": 20})).json()
    assert [t["id"] for t in page["data"]] == [second["id"], first["id"]]
    assert page["total"] == 2
    assert page["page"] == 1
    assert page["page_size"] == 20
    assert page["data"][1]["status"] == "completed"
    assert all("results" not in t for t in page["data"])
    one = (await client.get("/v1/tasks", params={"page": 2, "page_size": 1})).json()
    assert [t["id"] for t in one["data"]] == [first["id"]]
    bad = await client.get("/v1/tasks", params={"page_size": 0})
    assert bad.status_code == 400


async def test_credits_go_down_when_reserved_and_count_as_used_when_done(
        sim: Simulator, client: httpx.AsyncClient) -> None:
    before = (await client.get("/v1/credits")).json()
    assert before["success"] is True
    assert before["data"]["user"] == {"remaining_credits": 1000.0, "used_credits": 0.0}
    assert before["data"]["token"]["unlimited_credits"] is False
    task = await create(client)
    cost = task["usage"]["credits_reserved"]
    held = (await client.get("/v1/credits")).json()["data"]
    assert held["user"]["remaining_credits"] == pytest.approx(1000 - cost)
    assert held["user"]["used_credits"] == 0
    await wait_done(client, task["id"])
    after = (await client.get("/v1/credits")).json()["data"]
    assert after["user"]["remaining_credits"] == pytest.approx(1000 - cost)
    assert after["user"]["used_credits"] == pytest.approx(cost)
    assert sim.credits_remaining == pytest.approx(1000 - cost)


async def test_requests_are_recorded_without_the_key(
        sim: Simulator, client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="app.simulator")
    await client.get("/v1/credits", headers={"User-Agent": "SeedanceStudio/0.1"})
    await client.get("/v1/credits", headers={"Authorization": "Bearer sk-wrong-SECRETMARK"})
    task = await create(client)
    await wait_done(client, task["id"])
    rec = sim.requests[0]
    assert (rec.method, rec.path, rec.group, rec.status) == ("GET", "/v1/credits", "credits", 200)
    assert rec.has_authorization is True
    assert rec.user_agent == "SeedanceStudio/0.1"
    assert sim.requests[1].status == 401
    assert "sk-test" not in repr(sim.requests)
    assert "SECRETMARK" not in repr(sim.requests)
    assert "completed" in caplog.text  # the log is on, and says things
    assert "sk-test" not in caplog.text
    assert "SECRETMARK" not in caplog.text
