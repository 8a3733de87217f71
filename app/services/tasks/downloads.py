"""Streamed, resumable, atomic download of a result clip from the CDN (never with our key)."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import ipaddress
import os
import re
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

import httpx

from app.core.catalog import DownloadMsg
from app.core.messages import Message, SaidError
from app.services.api.client import USER_AGENT
from app.services.api.tls import tls_context
from app.services.tasks.clip_check import check_clip
from app.services.tasks.download_errors import DownloadExpired, DownloadFailed
from app.services.thread_jobs import HandBackExecutor

MAX_REDIRECTS: Final = 10
EXPIRED_STATUSES: Final = frozenset({403, 404, 410})  # a signed result URL past its 24 h, or not
_EXPIRY_WORDS: Final = (b"expired", b"expiry")  # the CDN's own words for a link past its time
_BODY_PEEK: Final = 4096
_WRITE_BUFFER: Final = 1 << 20  # 16 reads of 64 KiB a write
_PROGRESS_EVERY_S: Final = 0.05
_THREADS: Final = 8  # the queue runs 4 downloads at once
_CONTENT_RANGE = re.compile(r"bytes\s+(?:(\d+)-(\d+)|\*)/(\d+|\*)", re.IGNORECASE)

ProgressCallback = Callable[[int, int | None], None]


class _Retry(SaidError):
    """A transient failure (connection reset, timeout, 5xx): try again, resuming."""


def part_path(final_path: Path) -> Path:
    return final_path.with_name(final_path.name + ".part")


_TIMEOUT: Final = httpx.Timeout(30.0, connect=15.0)


def _blocking_client() -> httpx.Client:
    """What a clip's bytes come through, in a worker thread: ours alone, so that no header or
    credential of any caller's client can reach the CDN. Redirects are followed by hand."""
    return httpx.Client(verify=tls_context(), follow_redirects=False, timeout=_TIMEOUT,
                        headers={"User-Agent": USER_AGENT})


def check_url(url: str) -> httpx.URL:
    """Only https, or http to this machine (the simulator); raises DownloadFailed otherwise."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise DownloadFailed(Message(DownloadMsg.DL_BAD_ADDRESS, error=str(exc))) from exc
    if parsed.userinfo:
        raise DownloadFailed(Message(DownloadMsg.DL_USER_INFO))
    if parsed.scheme == "https" and parsed.host:
        return parsed
    if parsed.scheme == "http" and _is_loopback(parsed.host):
        return parsed
    raise DownloadFailed(Message(DownloadMsg.DL_NOT_HTTPS, scheme=parsed.scheme, host=parsed.host))


def _is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


async def download_clip(
    url: str,
    final_path: Path,
    *,
    on_progress: ProgressCallback | None = None,
    attempts: int = 5,
    backoff: float = 1.0,
    expected_duration_s: float | None = None,
) -> Path:
    """Download `url` to `final_path` through `final_path.part`, resuming what a previous run
    left there. The final name appears only when the whole clip is on disk, verified
    (`clip_check`: boxes, `moov`, every frame, `expected_duration_s`) and synced; a clip that
    fails the check stays a `.part` and is fetched again (the rest with Range when it stops
    short, else from the start). Raises DownloadExpired, or DownloadFailed after `attempts`
    tries (waits scale with `backoff` seconds, exponential with jitter).

    The bytes come through a blocking client of our own in a worker thread (see `_attempt`),
    so no header of a client set up for the API can reach the CDN."""
    check_url(url)
    final_path = Path(final_path)
    part = part_path(final_path)
    from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt
    from tenacity.wait import wait_random_exponential

    retrying = AsyncRetrying(
        stop=stop_after_attempt(max(1, attempts)),
        wait=wait_random_exponential(multiplier=backoff, max=backoff * 30),
        retry=retry_if_exception_type(_Retry),
        reraise=True,
    )
    start_over = False
    try:
        async for attempt in retrying:
            with attempt:
                if start_over:
                    part.unlink(missing_ok=True)
                    start_over = False
                await _attempt(url, part, on_progress)
                verdict = await asyncio.to_thread(check_clip, part, expected_duration_s)
                if verdict.problem is not None:
                    if verdict.problem.id is DownloadMsg.DL_NOT_MP4:
                        part.unlink(missing_ok=True)
                        raise DownloadFailed(verdict.problem)
                    # Kept for a Range request when it stops short; else fetched anew.
                    start_over = not verdict.truncated
                    raise _Retry(verdict.problem)
    except _Retry as exc:
        raise DownloadFailed(
            Message(DownloadMsg.DL_GAVE_UP, attempts=attempts, reason=exc.message)
        ) from exc
    except OSError as exc:
        raise DownloadFailed(
            Message(DownloadMsg.DL_CANNOT_WRITE, name=part.name, error=exc.strerror or str(exc))
        ) from exc
    await _finish(part, final_path)
    return final_path


async def _attempt(url: str, part: Path, on_progress: ProgressCallback | None) -> None:
    """One GET, its body appended to `part` by a blocking client in a worker thread: through the
    event loop every 64 KiB read cost a loop turn (a Qt timer under qasync), which held a
    download to 0.2–0.45× of curl's speed and stalled the window while 4 clips came in."""
    loop = asyncio.get_running_loop()
    fetch = _Fetch(loop, on_progress)
    context = contextvars.copy_context()
    job = loop.run_in_executor(_executor(), context.run, fetch.run, url, part)
    # Cancelled (even twice: a wait cut short too), the attempt lets its thread end alone: how
    # it ended no longer matters, and must not be reported as an exception never retrieved.
    job.add_done_callback(_seen)
    try:
        await asyncio.shield(job)
    except asyncio.CancelledError:
        # The thread writes the .part: it must be gone before a new attempt or a resume starts.
        fetch.stop()
        await asyncio.wait([job])
        raise
    finally:
        fetch.closed = True
    if fetch.failure is not None:
        raise fetch.failure


def _seen(job: asyncio.Future[None]) -> None:
    if not job.cancelled():
        job.exception()


@functools.cache
def _executor() -> HandBackExecutor:
    """Threads of their own: a download holds one for as long as the clip takes to come, which
    must not starve the loop's default executor (store reads, hashing, clip checks). Handing
    back: the fetch (its progress callback) is let go on the GUI thread, never in a download's."""
    return HandBackExecutor(max_workers=_THREADS, thread_name_prefix="clip-download")


class _Fetch:
    """The blocking side of one attempt; progress goes back to the loop at most ~20 times a
    second, and a callback that raises stops the download with its exception."""

    def __init__(self, loop: asyncio.AbstractEventLoop,
                 on_progress: ProgressCallback | None) -> None:
        self.loop, self.on_progress = loop, on_progress
        self.closed = False
        self.failure: BaseException | None = None
        self._stopped = threading.Event()
        self._socket: socket.socket | None = None
        self._last = 0.0

    def stop(self) -> None:
        self._stopped.set()
        sock = self._socket
        if sock is not None:  # wakes a read that waits on a silent server
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def run(self, url: str, part: Path) -> None:
        if self._stopped.is_set():
            return  # cancelled while it waited for a thread
        with _blocking_client() as http:
            offset = part.stat().st_size if part.exists() else 0
            headers = {"Accept-Encoding": "identity", "User-Agent": USER_AGENT}
            if offset:
                headers["Range"] = f"bytes={offset}-"
            try:
                response = _open(http, url, headers)
                try:
                    stream = response.extensions.get("network_stream")
                    if stream is not None:
                        self._socket = stream.get_extra_info("socket")
                    _consume(http, url, response, part, offset, self)
                finally:
                    self._socket = None
                    response.close()
            except httpx.RequestError as exc:
                if self._stopped.is_set():
                    return  # cancelled: the awaiting side raises CancelledError
                raise _Retry(_plain(exc)) from exc

    def progress(self, done: int, total: int | None, *, last: bool = False) -> None:
        if self._stopped.is_set():
            raise _Stopped
        if self.on_progress is None:
            return
        now = time.monotonic()
        if last or now - self._last >= _PROGRESS_EVERY_S:
            self._last = now
            self.loop.call_soon_threadsafe(self._report, done, total)

    def _report(self, done: int, total: int | None) -> None:
        if self.closed or self.on_progress is None:
            return
        try:
            self.on_progress(done, total)
        except Exception as exc:  # the caller's own error: it ends the download, unchanged
            self.failure = exc
            self._stopped.set()


class _Stopped(Exception):
    """Cancelled, or a progress callback failed: the thread stops writing."""


def _open(http: httpx.Client, url: str, headers: dict[str, str]) -> httpx.Response:
    """GET with redirects followed by hand, so that every hop passes `check_url`."""
    for _ in range(MAX_REDIRECTS + 1):
        request = http.build_request("GET", check_url(url), headers=headers)
        response = http.send(request, stream=True, follow_redirects=False)
        location = response.headers.get("Location")
        if not response.is_redirect or not location:
            return response
        response.close()
        url = str(response.url.join(location))
    raise DownloadFailed(Message(DownloadMsg.DL_TOO_MANY_REDIRECTS))


def _consume(
    http: httpx.Client, url: str, response: httpx.Response, part: Path, offset: int,
    fetch: _Fetch,
) -> None:
    status = response.status_code
    if status in EXPIRED_STATUSES:
        peek = b""
        for chunk in response.iter_bytes():
            peek += chunk
            if len(peek) >= _BODY_PEEK:
                break
        said = any(word in peek.lower() for word in _EXPIRY_WORDS)
        raise DownloadExpired(
            Message(DownloadMsg.DL_EXPIRED if said else DownloadMsg.DL_LINK_REFUSED, status=status),
            status=status,
            said_expired=said,
        )
    if status == 416 and offset:
        total = _content_range(response.headers.get("Content-Range"))[1]
        if total is None:
            total = _head_size(http, url)
        if total == offset:
            return  # the part was already complete
        part.unlink(missing_ok=True)
        raise _Retry(Message(DownloadMsg.DL_PART_MISMATCH))
    if status == 429 or status >= 500:
        raise _Retry(Message(DownloadMsg.DL_HTTP_STATUS, status=status))
    encoded = response.headers.get("Content-Encoding", "identity").lower() not in ("identity", "")
    if status == 206 and not encoded:
        start, total = _content_range(response.headers.get("Content-Range"))
        if start != offset:
            part.unlink(missing_ok=True)
            raise _Retry(Message(DownloadMsg.DL_WRONG_PLACE))
        done, mode = offset, "ab"
    elif status == 200:
        # No Range sent, or the server ignored it: start over.
        length = response.headers.get("Content-Length", "")
        total = int(length) if length.isdigit() and not encoded else None
        done, mode = 0, "wb"
    elif status == 206:
        part.unlink(missing_ok=True)  # compressed ranges cannot be appended: start over
        raise _Retry(Message(DownloadMsg.DL_COMPRESSED))
    else:
        raise DownloadFailed(Message(DownloadMsg.DL_REFUSED, status=status))
    # Written through a 1 MiB buffer, flushed when the file closes (also on a broken
    # connection): every byte received stays in the .part for a Range resume.
    try:
        with part.open(mode, buffering=_WRITE_BUFFER) as f:
            fetch.progress(done, total, last=True)
            for chunk in response.iter_bytes():
                f.write(chunk)
                done += len(chunk)
                fetch.progress(done, total)
            fetch.progress(done, total, last=True)
    except _Stopped:
        return
    if total is not None and done != total:
        raise _Retry(Message(DownloadMsg.DL_CLOSED_EARLY, done=done, total=total))


def _content_range(value: str | None) -> tuple[int | None, int | None]:
    """(first byte, total size) from a Content-Range header; None where absent or '*'."""
    m = _CONTENT_RANGE.fullmatch((value or "").strip())
    if not m:
        return None, None
    start = int(m.group(1)) if m.group(1) else None
    total = int(m.group(3)) if m.group(3) != "*" else None
    return start, total


def _head_size(http: httpx.Client, url: str) -> int | None:
    request = http.build_request("HEAD", check_url(url), headers={"User-Agent": USER_AGENT})
    response = http.send(request, follow_redirects=False)
    length = response.headers.get("Content-Length", "")
    return int(length) if response.status_code == 200 and length.isdigit() else None


async def _finish(part: Path, final_path: Path) -> None:
    """Sync the verified part and give it the final name in one atomic step."""
    try:
        await asyncio.to_thread(_sync_and_replace, part, final_path)
    except OSError as exc:
        raise DownloadFailed(Message(DownloadMsg.DL_CANNOT_SAVE,
                                     name=final_path.name,
                                     error=exc.strerror or str(exc))) from exc


def _sync_and_replace(part: Path, final_path: Path) -> None:
    fd = os.open(part, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(part, final_path)
    if os.name == "posix":  # make the rename itself durable
        dir_fd = os.open(final_path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _plain(exc: httpx.RequestError) -> Message:
    if isinstance(exc, httpx.TimeoutException):
        return Message(DownloadMsg.DL_TIMED_OUT)
    if isinstance(exc, httpx.ConnectError):
        return Message(DownloadMsg.DL_CONNECT_FAILED)
    return Message(DownloadMsg.DL_BROKE, error=type(exc).__name__)
