"""The simulator's prices: its own table, pricing rules, quotes, models per key, billing."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import av
import httpx
import pytest

from app.core.capabilities import AspectRatio
from app.simulator import Simulator
from app.simulator.adaptive import nearest_aspect
from tests.simulator.conftest import AUTH, KEY, create, wait_done

RULES = "/v1/catalog/models/{}/pricing-rules"
MINI = "seedance-2.0-mini-text-to-video"
T2V = "seedance-2.0-text-to-video"


async def test_rules_are_public_and_revalidate_with_an_etag(sim: Simulator) -> None:
    assert sim.base_url
    async with httpx.AsyncClient(base_url=sim.base_url) as anon:  # no key
        r = await anon.get(RULES.format(T2V), params={"view": "full"})
        assert r.status_code == 200
        data = r.json()
        assert data["model"]["pricing_status"] == "available"
        rate = next(c["rate"] for c in data["model"]["components"]
                    if c["condition"] == {"quality": "720p", "has_video_input": False})
        assert rate["credits"] == "13.5000"  # decimal strings, four units
        assert set(rate) == {"uc", "credits", "cny", "usd"}
        again = await anon.get(RULES.format(T2V), params={"view": "full"},
                               headers={"If-None-Match": r.headers["ETag"]})
        assert again.status_code == 304


async def test_mini_rules_are_unavailable_and_its_quote_refused(
        client: httpx.AsyncClient) -> None:
    r = await client.get(RULES.format(MINI), params={"view": "full"})
    assert r.json()["model"]["pricing_status"] == "unavailable"
    q = await client.post("/v1/agent-estimates", json={
        "model_id": MINI, "operation": "video_generation",
        "parameters": {"duration": 4, "quality": "480p"}, "expected_usage": {}})
    assert q.status_code == 422


async def test_quote_follows_the_table_and_the_reference_rule(
        sim: Simulator, client: httpx.AsyncClient) -> None:
    sim.prices.quote_factor = 0.5

    async def quote(**params: object) -> float:
        r = await client.post("/v1/agent-estimates", json={
            "model_id": "seedance-2.0-reference-to-video", "operation": "video_generation",
            "parameters": params, "expected_usage": {}})
        assert r.status_code == 200, r.text
        return float(r.json()["amounts"]["credits"])

    # input shorter than the output: billable input is the output's 10 s -> (10 + 10) x rate
    assert await quote(duration=10, quality="720p", has_video_input=True,
                       input_video_seconds=5) == pytest.approx(20 * 8.222 * 0.5, abs=0.01)
    # input longer than the output: 12 + 10
    assert await quote(duration=10, quality="720p", has_video_input=True,
                       input_video_seconds=12) == pytest.approx(22 * 8.222 * 0.5, abs=0.01)
    assert await quote(duration=10, quality="720p") == pytest.approx(10 * 13.5 * 0.5)


async def test_quotes_need_a_key(sim: Simulator) -> None:
    assert sim.base_url
    async with httpx.AsyncClient(base_url=sim.base_url) as anon:
        r = await anon.post("/v1/agent-estimates", json={"model_id": T2V})
    assert r.status_code == 401


async def test_models_per_key(clips_dir: Path) -> None:
    async with Simulator({KEY, "sk-other-key-000000000"}, clips_dir=clips_dir,
                         denied_models={KEY: [MINI]}) as sim:
        assert sim.base_url
        async with httpx.AsyncClient(base_url=sim.base_url, headers=AUTH) as c:
            mine = {m["id"] for m in (await c.get("/v1/models")).json()["data"]}
        async with httpx.AsyncClient(base_url=sim.base_url, headers={
                "Authorization": "Bearer sk-other-key-000000000"}) as c:
            other = {m["id"] for m in (await c.get("/v1/models")).json()["data"]}
    assert MINI not in mine and T2V in mine
    assert MINI in other


async def test_completed_task_is_charged_with_cost_object_and_billing(
        client: httpx.AsyncClient) -> None:
    task = await create(client, model=MINI, quality="480p", duration=4)
    assert task["billing"]["charge_status"] == "reserved"
    assert task["usage"]["credits_reserved"] == pytest.approx(10.23)  # its own Mini rate
    done = await wait_done(client, task["id"])
    assert done["status"] == "completed"
    assert done["usage"]["credits_used"] == pytest.approx(10.23)
    assert done["usage"]["cost"]["credits"] == pytest.approx(10.23)
    assert done["usage"]["cost"]["usd"] == pytest.approx(10.23 / 68, abs=1e-3)
    assert done["billing"]["charged_credits"] == pytest.approx(10.23)
    assert done["billing"]["refunded_credits"] == 0


async def test_failed_task_is_refunded(sim: Simulator, client: httpx.AsyncClient) -> None:
    before = sim.credits_remaining
    task = await create(client, prompt="a fox [fail:service_error]")
    done = await wait_done(client, task["id"])
    assert done["status"] == "failed"
    bill = done["billing"]
    assert bill["refund_status"] == "refunded"
    assert bill["charged_credits"] == 0
    assert bill["refunded_credits"] == pytest.approx(task["usage"]["credits_reserved"])
    assert bill["refunded_at"]
    assert done["usage"]["credits_used"] == 0
    assert sim.credits_remaining == pytest.approx(before)


@pytest.mark.parametrize(("w", "h", "want"), [
    (1280, 720, AspectRatio.R16_9), (720, 1280, AspectRatio.R9_16), (500, 500, AspectRatio.R1_1),
    (1024, 768, AspectRatio.R4_3), (2520, 1080, AspectRatio.R21_9), (768, 1024, AspectRatio.R3_4)])
def test_nearest_aspect(w: int, h: int, want: AspectRatio) -> None:
    assert nearest_aspect(w, h) is want


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0,
                                                             0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


async def test_adaptive_image_to_video_follows_a_portrait_first_frame(
        sim: Simulator, client: httpx.AsyncClient) -> None:
    up = await client.post("/api/v1/files/upload/stream",
                           files={"file": ("tall.png", _png(90, 160), "image/png")})
    url = up.json()["data"]["file_url"]
    task = await create(client, model="seedance-2.0-fast-image-to-video", image_urls=[url],
                        aspect_ratio="adaptive")
    await wait_done(client, task["id"])

    with av.open(str(sim.clip_path(task["id"]))) as clip:
        stream = clip.streams.video[0]
        assert stream.width < stream.height  # 9:16, not the 16:9 a guess would give
