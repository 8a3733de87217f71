"""Result downloads (HEAD, Range, expiry, no key needed) and the upload service."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from app.simulator import Simulator
from tests.simulator.conftest import AUTH, create, wait_done

UPLOAD = "/api/v1/files/upload/stream"


@pytest.fixture
async def result(sim: Simulator, client: httpx.AsyncClient,
                 cdn: httpx.AsyncClient) -> tuple[str, bytes]:
    url: str = (await wait_done(client, (await create(client))["id"]))["results"][0]
    r = await cdn.get(url)
    assert r.status_code == 200
    return url, r.content


async def test_range_gives_206_and_the_right_bytes(cdn: httpx.AsyncClient,
                                                   result: tuple[str, bytes]) -> None:
    url, full = result
    size = len(full)
    r = await cdn.get(url, headers={"Range": "bytes=100-1099"})
    assert r.status_code == 206
    assert r.headers["content-range"] == f"bytes 100-1099/{size}"
    assert r.content == full[100:1100]
    r = await cdn.get(url, headers={"Range": f"bytes={size - 10}-"})
    assert (r.status_code, r.content) == (206, full[-10:])
    r = await cdn.get(url, headers={"Range": "bytes=-5"})
    assert (r.status_code, r.content) == (206, full[-5:])
    r = await cdn.get(url, headers={"Range": f"bytes={size}-"})
    assert r.status_code == 416
    assert r.headers["content-range"] == f"bytes */{size}"


async def test_if_range_with_a_stale_etag_sends_everything(cdn: httpx.AsyncClient,
                                                           result: tuple[str, bytes]) -> None:
    url, full = result
    etag = (await cdn.head(url)).headers["etag"]
    same = await cdn.get(url, headers={"Range": "bytes=10-", "If-Range": etag})
    assert (same.status_code, same.content) == (206, full[10:])
    stale = await cdn.get(url, headers={"Range": "bytes=10-", "If-Range": '"other"'})
    assert (stale.status_code, stale.content) == (200, full)


async def test_head_has_length_and_no_body(cdn: httpx.AsyncClient,
                                           result: tuple[str, bytes]) -> None:
    url, full = result
    r = await cdn.head(url)
    assert r.status_code == 200
    assert int(r.headers["content-length"]) == len(full)
    assert r.headers["accept-ranges"] == "bytes"
    assert r.content == b""


async def test_a_head_that_takes_a_reset_fault_does_not_taint_the_next_request(
        sim: Simulator, cdn: httpx.AsyncClient, result: tuple[str, bytes]) -> None:
    url, full = result
    sim.faults.reset_download(after_bytes=10, n=1)
    assert (await cdn.head(url)).status_code == 200
    assert (await cdn.get(url)).content == full  # same keep-alive connection


async def test_expired_result_is_403(sim: Simulator, cdn: httpx.AsyncClient,
                                     result: tuple[str, bytes]) -> None:
    url, _ = result
    sim.expire_results()
    r = await cdn.get(url)
    assert r.status_code == 403
    assert "expired" in r.text.lower()


async def test_results_expire_after_the_ttl(clips_dir: Path) -> None:
    async with Simulator({"sk-k-1234567890"}, generation_seconds=0.2, result_ttl_s=0.0,
                         clips_dir=clips_dir) as sim:
        assert sim.base_url
        async with httpx.AsyncClient(base_url=sim.base_url,
                                     headers={"Authorization": "Bearer sk-k-1234567890"}) as c:
            url = (await wait_done(c, (await create(c))["id"]))["results"][0]
            async with httpx.AsyncClient() as cdn:
                assert (await cdn.get(url)).status_code == 403


async def test_unknown_result_is_404(sim: Simulator, cdn: httpx.AsyncClient) -> None:
    r = await cdn.get(f"{sim.base_url}/files/results/nothing.mp4")
    assert r.status_code == 404


async def test_downloads_need_no_key_and_record_whether_one_was_sent(
        sim: Simulator, cdn: httpx.AsyncClient, result: tuple[str, bytes]) -> None:
    url, _ = result
    await cdn.get(url, headers=AUTH)
    downloads = [r for r in sim.requests if r.group == "download"]
    assert [r.has_authorization for r in downloads] == [False, True]


async def test_upload_round_trip(sim: Simulator, client: httpx.AsyncClient,
                                 cdn: httpx.AsyncClient) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    r = await client.post(UPLOAD, files={"file": ("my photo.png", png, "image/png")})
    assert r.status_code == 200
    answer = r.json()
    assert answer["success"] is True
    assert answer["code"] == 200
    data = answer["data"]
    assert data["file_size"] == len(png)
    assert data["mime_type"] == "image/png"
    assert data["file_name"] == "my_photo.png"
    assert data["expires_at"] > data["upload_time"]
    assert data["file_url"].startswith(str(sim.base_url))
    got = await cdn.get(data["file_url"])
    assert (got.status_code, got.content) == (200, png)
    assert (await cdn.get(data["download_url"])).content == png


async def test_upload_errors_use_the_file_service_shape(sim: Simulator,
                                                        client: httpx.AsyncClient) -> None:
    assert sim.base_url
    async with httpx.AsyncClient(base_url=sim.base_url) as anon:
        r = await anon.post(UPLOAD, files={"file": ("a.png", b"x", "image/png")})
    assert r.status_code == 401
    assert r.json()["success"] is False
    assert r.json()["code"] == 401
    r = await client.post(UPLOAD, files={"file": ("a.exe", b"MZ", "application/x-msdownload")})
    assert r.status_code == 400
    assert "unsupported" in r.json()["msg"].lower()
    r = await client.post(UPLOAD, files={"other": ("a.png", b"x", "image/png")})
    assert r.status_code == 400
    sim.faults.rate_limit(n=1, only="upload")
    r = await client.post(UPLOAD, files={"file": ("a.png", b"x", "image/png")})
    assert (r.status_code, r.json()["success"]) == (429, False)
