"""download_clip against a real HTTP server on 127.0.0.1: resume, expiry, atomicity, no key."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

import app
from app.core.models import GenerationRequest, parse_task
from app.services.clips.sidecar import read_sidecar, sidecar_for, write_sidecar
from app.services.tasks.downloads import (
    USER_AGENT,
    DownloadExpired,
    DownloadFailed,
    check_url,
    download_clip,
    part_path,
)
from app.services.tasks.store import TaskStore
from tests.services.range_server import RangeServer, make_test_mp4

CLIP = make_test_mp4()
JUNK = b"<html><body>Access denied, but with a 200</body></html>" * 200


@pytest.fixture
async def server() -> AsyncIterator[RangeServer]:
    srv = RangeServer(files={"/clip.mp4": CLIP, "/junk.mp4": JUNK})
    await srv.start()
    yield srv
    await srv.close()


def test_the_test_clip_is_an_mp4_worth_resuming() -> None:
    assert CLIP[4:8] == b"ftyp"
    assert len(CLIP) > 40_000


async def test_downloads_a_byte_identical_clip_with_the_product_agent(
    server: RangeServer, tmp_path: Path
) -> None:
    final = tmp_path / "clip.mp4"
    progress: list[tuple[int, int | None]] = []
    out = await download_clip(server.url("/clip.mp4"), final,
                              on_progress=lambda d, t: progress.append((d, t)))
    assert out == final
    assert final.read_bytes() == CLIP
    assert not part_path(final).exists()
    assert progress[-1] == (len(CLIP), len(CLIP))
    (get,) = server.gets("/clip.mp4")
    assert get.headers["User-Agent"] == USER_AGENT
    assert "Range" not in get.headers


async def test_resumes_with_range_after_the_connection_drops(
    server: RangeServer, tmp_path: Path
) -> None:
    server.cut_after["/clip.mp4"] = 20_000
    final = tmp_path / "clip.mp4"
    await download_clip(server.url("/clip.mp4"), final, attempts=3, backoff=0)
    assert final.read_bytes() == CLIP
    first, second = server.gets("/clip.mp4")
    assert "Range" not in first.headers
    resumed_at = int(second.headers["Range"].removeprefix("bytes=").rstrip("-"))
    assert 0 < resumed_at <= 20_000


async def test_a_failed_attempt_leaves_only_the_part_and_a_later_call_resumes_it(
    server: RangeServer, tmp_path: Path
) -> None:
    server.cut_after["/clip.mp4"] = 30_000
    final = tmp_path / "clip.mp4"
    with pytest.raises(DownloadFailed, match="after 1 attempts"):
        await download_clip(server.url("/clip.mp4"), final, attempts=1, backoff=0)
    assert not final.exists()
    part = part_path(final)
    assert 0 < part.stat().st_size < len(CLIP)
    assert CLIP.startswith(part.read_bytes())
    kept = part.stat().st_size

    def check(done: int, total: int | None) -> None:
        # While bytes arrive, only the .part exists: never a half file under the final name.
        assert part.exists()
        assert not final.exists()

    await download_clip(server.url("/clip.mp4"), final, on_progress=check)
    assert final.read_bytes() == CLIP
    assert not part.exists()
    assert server.gets("/clip.mp4")[-1].headers["Range"] == f"bytes={kept}-"


async def test_no_authorization_header_ever_reaches_the_cdn(
    server: RangeServer, tmp_path: Path
) -> None:
    server.redirects["/signed.mp4"] = "/clip.mp4"
    server.cut_after["/clip.mp4"] = 10_000
    # The bytes come through a client of the download's own, which knows no key.
    await download_clip(server.url("/signed.mp4"), tmp_path / "c.mp4", backoff=0)
    assert (tmp_path / "c.mp4").read_bytes() == CLIP
    assert len(server.seen) >= 3  # redirect, cut GET, redirect, resumed GET
    for seen in server.seen:
        assert "Authorization" not in seen.headers
        assert "authorization" not in {k.lower() for k in seen.headers}


@pytest.mark.parametrize("status", [403, 404, 410])
async def test_an_expired_url_raises_expired_and_leaves_no_file(
    server: RangeServer, tmp_path: Path, status: int
) -> None:
    server.status["/old.mp4"] = status
    final = tmp_path / "old.mp4"
    part_path(final).write_bytes(CLIP[:1000])  # a half download from yesterday
    with pytest.raises(DownloadExpired):
        await download_clip(server.url("/old.mp4"), final, backoff=0)
    assert not final.exists()
    assert part_path(final).exists()  # kept: a fresh link to the same clip resumes it
    assert len(server.gets("/old.mp4")) == 1  # the caller decides: expired, or a fresh link


async def test_a_server_ignoring_range_still_ends_byte_identical(
    server: RangeServer, tmp_path: Path
) -> None:
    server.ignore_range = True
    server.cut_after["/clip.mp4"] = 25_000
    final = tmp_path / "clip.mp4"
    await download_clip(server.url("/clip.mp4"), final, backoff=0)
    assert final.read_bytes() == CLIP
    assert "Range" in server.gets("/clip.mp4")[1].headers


async def test_a_complete_part_is_finished_from_a_416(
    server: RangeServer, tmp_path: Path
) -> None:
    final = tmp_path / "clip.mp4"
    part_path(final).write_bytes(CLIP)
    await download_clip(server.url("/clip.mp4"), final)
    assert final.read_bytes() == CLIP
    assert server.gets("/clip.mp4")[0].headers["Range"] == f"bytes={len(CLIP)}-"


async def test_a_part_longer_than_the_file_is_discarded(
    server: RangeServer, tmp_path: Path
) -> None:
    final = tmp_path / "clip.mp4"
    part_path(final).write_bytes(CLIP + b"garbage")
    await download_clip(server.url("/clip.mp4"), final, backoff=0)
    assert final.read_bytes() == CLIP


async def test_a_body_that_is_not_mp4_is_refused(
    server: RangeServer, tmp_path: Path
) -> None:
    final = tmp_path / "junk.mp4"
    with pytest.raises(DownloadFailed, match="not an MP4"):
        await download_clip(server.url("/junk.mp4"), final)
    assert not final.exists()
    assert not part_path(final).exists()


async def test_server_errors_are_retried_then_reported(
    server: RangeServer, tmp_path: Path
) -> None:
    server.fail_first["/clip.mp4"] = 2
    await download_clip(server.url("/clip.mp4"), tmp_path / "a.mp4", attempts=3, backoff=0)
    assert (tmp_path / "a.mp4").read_bytes() == CLIP

    server.fail_first["/clip.mp4"] = 5
    with pytest.raises(DownloadFailed, match="HTTP 503"):
        await download_clip(server.url("/clip.mp4"), tmp_path / "b.mp4",
                            attempts=2, backoff=0)
    assert not (tmp_path / "b.mp4").exists()


async def test_other_client_errors_are_not_retried(
    server: RangeServer, tmp_path: Path
) -> None:
    server.status["/teapot.mp4"] = 418
    with pytest.raises(DownloadFailed, match="HTTP 418"):
        await download_clip(server.url("/teapot.mp4"), tmp_path / "t.mp4", backoff=0)
    assert len(server.gets("/teapot.mp4")) == 1


@pytest.mark.parametrize("url", [
    "http://example.com/x.mp4", "ftp://127.0.0.1/x.mp4", "file:///etc/passwd",
    "http://10.0.0.1/x.mp4", "https://user:pw@cdn.example/x.mp4", "not a url",
])
async def test_unsafe_addresses_are_refused(
    tmp_path: Path, url: str
) -> None:
    with pytest.raises(DownloadFailed):
        await download_clip(url, tmp_path / "x.mp4")
    assert list(tmp_path.iterdir()) == [tmp_path / "studio-home"]


@pytest.mark.parametrize("url", [
    "https://cdn.example.com/a.mp4?sig=1", "http://127.0.0.1:8080/a.mp4",
    "http://127.9.9.9/a.mp4", "http://[::1]:9000/a.mp4", "http://localhost:1/a.mp4",
])
def test_https_and_loopback_http_are_allowed(url: str) -> None:
    assert check_url(url).host


async def test_a_redirect_to_plain_http_elsewhere_is_refused(
    server: RangeServer, tmp_path: Path
) -> None:
    server.redirects["/bounce.mp4"] = "http://example.com/clip.mp4"
    with pytest.raises(DownloadFailed, match="only https"):
        await download_clip(server.url("/bounce.mp4"), tmp_path / "b.mp4")


async def test_a_saved_clip_gets_a_sidecar_without_the_signed_query(
    server: RangeServer, tmp_path: Path
) -> None:
    store = TaskStore(tmp_path / "s.sqlite3")
    req = GenerationRequest(model="seedance-2.0-text-to-video", prompt="一只猫 at night")
    rec = store.begin_submission(req, source="cli", sent=True)
    url = server.url("/clip.mp4") + "?Expires=1&Signature=s3cr3t"
    rec = store.record_created(rec.local_id, parse_task(
        {"id": "task-1", "status": "completed", "results": [url],
         "usage": {"credits_reserved": 55.0}}))
    final = await download_clip(url, tmp_path / "c.mp4")
    rec = store.mark_saved(rec.local_id, final)
    store.close()

    written = write_sidecar(final, sidecar_for(rec, final))
    assert written == tmp_path / "c.json"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("c.")) \
        == ["c.json", "c.mp4"]  # no temporary file left behind
    side = read_sidecar(final)
    assert side == read_sidecar(written)
    assert side is not None
    assert "s3cr3t" not in written.read_text(encoding="utf-8")
    assert side["result_host"] == "127.0.0.1"
    assert side["clip"] == {"file": "c.mp4", "size": len(CLIP),
                            "sha256": hashlib.sha256(CLIP).hexdigest()}
    assert side["request"] == req.model_dump(mode="json")
    assert (side["task_id"], side["model"], side["credits_reserved"], side["progress"]) \
        == ("task-1", "seedance-2.0-text-to-video", 55.0, 100)
    for key in ("created_at", "submitted_at", "completed_at", "saved_at"):
        assert datetime.fromisoformat(side[key]).utcoffset() == timedelta(0)
    assert side["app_version"] == app.__version__


def test_read_sidecar_of_nothing_or_junk_is_none(tmp_path: Path) -> None:
    assert read_sidecar(tmp_path / "none.mp4") is None
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert read_sidecar(tmp_path / "bad.mp4") is None
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    assert read_sidecar(tmp_path / "list.json") is None
