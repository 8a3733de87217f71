"""Issue 14 item 1: a clip gets its final name only when it is whole. A body cut short without
a Content-Length, a clip with no index, one of the wrong length: kept as .part, fetched again,
never marked Saved nor hashed into a sidecar."""

from __future__ import annotations

import asyncio
import struct
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from app.core.states import TaskState
from app.services.clips.sidecar import sidecar_path
from app.services.tasks.downloads import DownloadFailed, download_clip, part_path
from app.simulator import Simulator
from tests.faults.dl_support import no_final_clip, saved_whole
from tests.queue.conftest import request, until
from tests.services.range_server import RangeServer, make_test_mp4

S = TaskState
CLIP = make_test_mp4()  # 24 frames at 24 fps: one second


@pytest.fixture
async def dl_range() -> AsyncIterator[RangeServer]:
    server = RangeServer(files={"/clip.mp4": CLIP, "/no-index.mp4": _without(CLIP, b"moov")})
    await server.start()
    yield server
    await server.close()


async def finished(client: Any, task_id: str) -> Any:
    tasks: list[Any] = []

    async def read() -> None:
        tasks.append(await client.get(task_id))

    await until_async(read, lambda: bool(tasks[-1].result_urls))
    return tasks[-1]


async def until_async(step: Any, done: Any) -> None:
    """Read, then check; the simulator's clock decides when the task is done."""
    for _ in range(400):
        await step()
        if done():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("not done in time")


def _without(mp4: bytes, kind: bytes) -> bytes:
    out, at = b"", 0
    while at < len(mp4):
        size, name = struct.unpack(">I4s", mp4[at:at + 8])
        if name != kind:
            out += mp4[at:at + size]
        at += size
    return out


async def test_a_body_cut_short_without_length_is_fetched_again_and_saved_whole(
        sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        sim.faults.truncate_download(after_bytes=20_000, n=1)
        rec = await queue.submit(request("half a clip, then silence"))
        await until(lambda: queue.record(rec.local_id).state is S.SAVED)  # type: ignore[union-attr]
        assert saved_whole(sim, queue.record(rec.local_id))
        gets = [r for r in sim.requests if r.path.startswith("/files/results/")]
        assert len(gets) == 2 and gets[1].range == "bytes=20000-"  # the rest, not all again


async def test_a_body_always_cut_short_never_gets_a_final_name(
        sim: Simulator, client: Any, tmp_path: Path) -> None:
    task = await client.create(request("never whole"), idempotency_key="ss-never-whole-0001")
    done = await finished(client, task.id)
    sim.faults.truncate_download(after_bytes=20_000, n=10)
    final = tmp_path / "never.mp4"
    with pytest.raises(DownloadFailed, match="incomplete"):
        await download_clip(done.result_urls[0], final, attempts=3, backoff=0,
                            expected_duration_s=4.0)
    assert not final.exists() and not sidecar_path(final).exists()
    assert part_path(final).exists()  # kept for the next try
    assert no_final_clip(tmp_path)


async def test_a_clip_of_the_wrong_length_is_refused_and_kept_as_part(
        dl_range: RangeServer, tmp_path: Path) -> None:
    final = tmp_path / "short.mp4"
    with pytest.raises(DownloadFailed, match=r"lasts 1\.00 s instead of 5 s"):
        await download_clip(dl_range.url("/clip.mp4"), final, attempts=2, backoff=0,
                            expected_duration_s=5.0)
    assert not final.exists() and part_path(final).exists()
    assert len(dl_range.gets("/clip.mp4")) == 2  # fetched again from the start


async def test_a_clip_of_the_asked_length_is_saved(
        dl_range: RangeServer, tmp_path: Path) -> None:
    final = await download_clip(dl_range.url("/clip.mp4"), tmp_path / "ok.mp4",
                                backoff=0, expected_duration_s=1.0)
    assert final.read_bytes() == CLIP


async def test_a_clip_without_its_index_is_refused(
        dl_range: RangeServer, tmp_path: Path) -> None:
    final = tmp_path / "no-index.mp4"
    with pytest.raises(DownloadFailed, match="no index"):
        await download_clip(dl_range.url("/no-index.mp4"), final, attempts=2,
                            backoff=0)
    assert no_final_clip(tmp_path)
