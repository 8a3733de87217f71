"""Streamed, resumable, atomic download of a result clip from the CDN (never with our key)."""

from __future__ import annotations

import asyncio
import ipaddress
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Final

import httpx

from app import __version__
from app.core.messages import Message, MessageId
from app.services.api.tls import AsyncClient
from app.services.tasks.clip_check import check_clip

USER_AGENT: Final = f"SeedanceStudio/{__version__}"  # the CDN may refuse library defaults [seen]
MAX_REDIRECTS: Final = 10
EXPIRED_STATUSES: Final = frozenset({403, 404, 410})  # a signed result URL past its 24 h, or not
_EXPIRY_WORDS: Final = (b"expired", b"expiry")  # the CDN's own words for a link past its time
_BODY_PEEK: Final = 4096
_CONTENT_RANGE = re.compile(r"bytes\s+(?:(\d+)-(\d+)|\*)/(\d+|\*)", re.IGNORECASE)

ProgressCallback = Callable[[int, int | None], None]
M = MessageId


class _Said(Exception):
    """An exception whose `str()` is its Message itself, so the interface can translate it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DownloadExpired(_Said):
    """The result URL answered 403/404/410. That may be a link past its 24 h (`said_expired`:
    the server's answer says so), or a passing refusal of a fresh one: the caller decides."""

    def __init__(self, message: str, *, status: int = 0, said_expired: bool = False) -> None:
        super().__init__(message)
        self.status, self.said_expired = status, said_expired


class DownloadFailed(_Said):
    """The clip could not be downloaded; the message is plain words for the user."""


class _Retry(_Said):
    """A transient failure (connection reset, timeout, 5xx): try again, resuming."""


def part_path(final_path: Path) -> Path:
    return final_path.with_name(final_path.name + ".part")


def make_download_client() -> httpx.AsyncClient:
    """A client for CDN downloads: no auth header ever, redirects followed, a product agent."""
    return AsyncClient(
        follow_redirects=True,
        timeout=httpx.Timeout(30.0, connect=15.0),
        headers={"User-Agent": USER_AGENT},
    )


def check_url(url: str) -> httpx.URL:
    """Only https, or http to this machine (the simulator); raises DownloadFailed otherwise."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise DownloadFailed(Message(M.DL_BAD_ADDRESS, error=str(exc))) from exc
    if parsed.userinfo:
        raise DownloadFailed(Message(M.DL_USER_INFO))
    if parsed.scheme == "https" and parsed.host:
        return parsed
    if parsed.scheme == "http" and _is_loopback(parsed.host):
        return parsed
    raise DownloadFailed(Message(M.DL_NOT_HTTPS, scheme=parsed.scheme, host=parsed.host))


def _is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


async def download_clip(
    http: httpx.AsyncClient,
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
    tries (waits scale with `backoff` seconds, exponential with jitter)."""
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
                await _attempt(http, url, part, on_progress)
                verdict = await asyncio.to_thread(check_clip, part, expected_duration_s)
                if verdict.problem is not None:
                    if verdict.problem.id is M.DL_NOT_MP4:
                        part.unlink(missing_ok=True)
                        raise DownloadFailed(verdict.problem)
                    # Kept for a Range request when it stops short; else fetched anew.
                    start_over = not verdict.truncated
                    raise _Retry(verdict.problem)
    except _Retry as exc:
        raise DownloadFailed(Message(M.DL_GAVE_UP, attempts=attempts, reason=exc.message)) from exc
    except OSError as exc:
        raise DownloadFailed(Message(M.DL_CANNOT_WRITE,
                                     name=part.name, error=exc.strerror or str(exc))) from exc
    await _finish(part, final_path)
    return final_path


async def _attempt(
    http: httpx.AsyncClient, url: str, part: Path, on_progress: ProgressCallback | None
) -> None:
    offset = part.stat().st_size if part.exists() else 0
    headers = {"Accept-Encoding": "identity", "User-Agent": USER_AGENT}
    if offset:
        headers["Range"] = f"bytes={offset}-"
    try:
        response = await _open(http, url, headers)
        try:
            await _consume(http, url, response, part, offset, on_progress)
        finally:
            await response.aclose()
    except httpx.RequestError as exc:
        raise _Retry(_plain(exc)) from exc


async def _open(http: httpx.AsyncClient, url: str, headers: dict[str, str]) -> httpx.Response:
    """GET with redirects followed by hand, so that every hop passes `check_url`."""
    for _ in range(MAX_REDIRECTS + 1):
        request = http.build_request("GET", check_url(url), headers=headers)
        # Defensive: a client built for the API carries the key as a default header.
        request.headers.pop("Authorization", None)
        request.headers.pop("Proxy-Authorization", None)
        response = await http.send(request, stream=True, follow_redirects=False, auth=None)
        location = response.headers.get("Location")
        if not response.is_redirect or not location:
            return response
        await response.aclose()
        url = str(response.url.join(location))
    raise DownloadFailed(Message(M.DL_TOO_MANY_REDIRECTS))


async def _consume(
    http: httpx.AsyncClient, url: str, response: httpx.Response, part: Path, offset: int,
    on_progress: ProgressCallback | None,
) -> None:
    status = response.status_code
    if status in EXPIRED_STATUSES:
        peek = b""
        async for chunk in response.aiter_bytes():
            peek += chunk
            if len(peek) >= _BODY_PEEK:
                break
        said = any(word in peek.lower() for word in _EXPIRY_WORDS)
        raise DownloadExpired(Message(M.DL_EXPIRED if said else M.DL_LINK_REFUSED,
                                      status=status), status=status, said_expired=said)
    if status == 416 and offset:
        total = _content_range(response.headers.get("Content-Range"))[1]
        if total is None:
            total = await _head_size(http, url)
        if total == offset:
            return  # the part was already complete
        part.unlink(missing_ok=True)
        raise _Retry(Message(M.DL_PART_MISMATCH))
    if status == 429 or status >= 500:
        raise _Retry(Message(M.DL_HTTP_STATUS, status=status))
    encoded = response.headers.get("Content-Encoding", "identity").lower() not in ("identity", "")
    if status == 206 and not encoded:
        start, total = _content_range(response.headers.get("Content-Range"))
        if start != offset:
            part.unlink(missing_ok=True)
            raise _Retry(Message(M.DL_WRONG_PLACE))
        done, mode = offset, "ab"
    elif status == 200:
        # No Range sent, or the server ignored it: start over.
        length = response.headers.get("Content-Length", "")
        total = int(length) if length.isdigit() and not encoded else None
        done, mode = 0, "wb"
    elif status == 206:
        part.unlink(missing_ok=True)  # compressed ranges cannot be appended: start over
        raise _Retry(Message(M.DL_COMPRESSED))
    else:
        raise DownloadFailed(Message(M.DL_REFUSED, status=status))
    with part.open(mode) as f:
        if on_progress:
            on_progress(done, total)
        # No chunk_size: httpx would hold back up to a chunk, lost when the connection drops.
        async for chunk in response.aiter_bytes():
            f.write(chunk)
            done += len(chunk)
            if on_progress:
                on_progress(done, total)
    if total is not None and done != total:
        raise _Retry(Message(M.DL_CLOSED_EARLY, done=done, total=total))


def _content_range(value: str | None) -> tuple[int | None, int | None]:
    """(first byte, total size) from a Content-Range header; None where absent or '*'."""
    m = _CONTENT_RANGE.fullmatch((value or "").strip())
    if not m:
        return None, None
    start = int(m.group(1)) if m.group(1) else None
    total = int(m.group(3)) if m.group(3) != "*" else None
    return start, total


async def _head_size(http: httpx.AsyncClient, url: str) -> int | None:
    request = http.build_request("HEAD", check_url(url), headers={"User-Agent": USER_AGENT})
    request.headers.pop("Authorization", None)
    response = await http.send(request, follow_redirects=False, auth=None)
    length = response.headers.get("Content-Length", "")
    return int(length) if response.status_code == 200 and length.isdigit() else None


async def _finish(part: Path, final_path: Path) -> None:
    """Sync the verified part and give it the final name in one atomic step."""
    try:
        await asyncio.to_thread(_sync_and_replace, part, final_path)
    except OSError as exc:
        raise DownloadFailed(Message(M.DL_CANNOT_SAVE,
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
        return Message(M.DL_TIMED_OUT)
    if isinstance(exc, httpx.ConnectError):
        return Message(M.DL_CONNECT_FAILED)
    return Message(M.DL_BROKE, error=type(exc).__name__)
