"""download_clip's worker thread: a cancelled download stops writing before the cancel returns,
also while the server is silent, and a progress callback that fails ends the download."""

from __future__ import annotations

import asyncio
import gc
import time
from pathlib import Path

import pytest

from app.services.tasks.downloads import download_clip, part_path
from tests.services.range_server import RangeServer, make_test_mp4

CLIP = make_test_mp4()
SENT = 20_000


async def test_a_cancel_during_a_silent_server_stops_the_thread_at_once(
        tmp_path: Path) -> None:
    silent = asyncio.Event()

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\n"
                     b"Content-Length: %d\r\n\r\n" % len(CLIP) + CLIP[:SENT])
        await writer.drain()
        silent.set()
        await reader.read()  # then nothing, a stalled CDN, till the client hangs up
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    final = tmp_path / "clip.mp4"
    try:
        download = asyncio.create_task(
            download_clip(f"http://127.0.0.1:{port}/clip.mp4", final))
        await asyncio.wait_for(silent.wait(), 10)
        part = part_path(final)
        deadline = time.monotonic() + 10
        while not (part.exists() and part.stat().st_size == SENT):  # written, flushed later
            await asyncio.sleep(0.02)
            if time.monotonic() > deadline:
                break
        start = time.monotonic()
        download.cancel()
        with pytest.raises(asyncio.CancelledError):
            await download
        assert time.monotonic() - start < 2  # not the 30 s read timeout
        # Every byte received is in the part, for a Range resume; nothing writes to it now.
        assert part.read_bytes() == CLIP[:SENT]
        assert not final.exists()
    finally:
        server.close()


async def test_a_progress_callback_that_fails_ends_the_download(
        tmp_path: Path) -> None:
    server = RangeServer(files={"/clip.mp4": CLIP})
    await server.start()

    def progress(done: int, total: int | None) -> None:
        raise LookupError("the caller's own bug")

    try:
        with pytest.raises(LookupError, match="own bug"):
            await download_clip(server.url("/clip.mp4"), tmp_path / "c.mp4",
                                on_progress=progress)
    finally:
        await server.close()
    assert not (tmp_path / "c.mp4").exists()


@pytest.mark.parametrize("cancels", [1, 2])
async def test_a_cancelled_attempt_that_then_fails_leaves_no_error_unretrieved(
        tmp_path: Path, cancels: int) -> None:
    """The cancel waits for the attempt's thread, which may end with the server's refusal
    after it: that refusal no longer matters, and is not reported as never retrieved, also
    when a second cancel cuts that wait short (a shutdown cancelling what is left)."""
    asked, answer_now = asyncio.Event(), asyncio.Event()

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        asked.set()
        await answer_now.wait()
        writer.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 7\r\n\r\nexpired")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        download = asyncio.create_task(
            download_clip(f"http://127.0.0.1:{port}/clip.mp4", tmp_path / "c.mp4", attempts=1))
        await asyncio.wait_for(asked.wait(), 10)
        for _ in range(cancels):
            download.cancel()
            await asyncio.sleep(0.1)  # the attempt now waits for its thread, which waits for us
        answer_now.set()
        with pytest.raises(asyncio.CancelledError):
            await download
        del download
        await asyncio.sleep(0.5)  # the thread answered, its job handed back to this thread
        gc.collect()  # an exception never retrieved is reported when its future goes
        await asyncio.sleep(0)
    finally:
        server.close()
