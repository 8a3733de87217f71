"""The Evolink file service: upload, quota, list and delete, read in the service's own envelope."""

from __future__ import annotations

import asyncio
import logging
import mimetypes
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import api_facts
from app.core.catalog import ApiMsg, FilesMsg
from app.core.file_service import (
    FilePage,
    FileQuota,
    StoredFile,
    is_quota_error,
    parse_file_page,
    parse_quota,
    unwrap,
)
from app.core.malformed import MalformedResponse
from app.core.messages import Message
from app.services.api import multipart, retry_policy
from app.services.api.errors import (
    BY_STATUS,
    ApiError,
    MalformedAnswer,
    error_class,
    plain_message,
)

if TYPE_CHECKING:  # httpx loads with the client
    import httpx

    from app.core.models import UploadedFile
    from app.services.api.client import EvolinkClient

log = logging.getLogger(__name__)


class UploadQuotaExhausted(ApiError):
    """The file service cannot take more files: it said so, or its quota is too small for the
    uploads a submission needs (then nothing was sent at all)."""


def new_upload_key() -> str:
    """An Idempotency-Key for one upload, reused by its retries [seen]."""
    import secrets  # ~3 ms to import: at the first upload, not at start

    return api_facts.UPLOAD_IDEMPOTENCY_PREFIX + secrets.token_hex(16)


def _status_of(code: object) -> int | None:
    try:
        status = int(str(code))
    except ValueError:
        return None
    return status if 400 <= status <= 599 else None


def decode(resp: httpx.Response) -> object:
    """The answer's JSON; raises the typed ApiError for `{"success": false, "code", "msg"}`
    (even under HTTP 200, when its code then stands for the status) or the API envelope."""
    request_id = resp.headers.get(api_facts.REQUEST_ID_HEADER)
    try:
        data: object = resp.json()
    except ValueError:
        data = None
    failed = isinstance(data, dict) and data.get("success") is False
    if resp.status_code < 400 and not failed:
        if data is None:
            raise MalformedAnswer(Message(ApiMsg.API_NOT_JSON), status=resp.status_code,
                                  request_id=request_id)
        return data
    from app.core.models import parse_error  # pydantic: with the first refusal

    err = parse_error(data)
    code, said = (err.code, err.message) if err is not None else (None, None)
    status = resp.status_code if resp.status_code >= 400 else (_status_of(code) or 400)
    if is_quota_error(code, said):
        log.info("file service quota exhausted: %s", said)
        raise UploadQuotaExhausted(Message(FilesMsg.FILES_QUOTA_EXHAUSTED),
            status=status, code=code, request_id=request_id)
    cls = error_class(status)
    if said:
        message: str = said
    elif status >= 500:
        message = Message(FilesMsg.FILES_UNAVAILABLE)
    elif status in BY_STATUS:
        message = plain_message(status)
    else:
        message = Message(FilesMsg.FILES_HTTP_STATUS, status=status)
    retry_after = retry_policy.parse_retry_after(resp.headers.get("retry-after"))
    raise cls(message, status=status, code=code if code != str(status) else None,
              request_id=request_id,
              retry_after=retry_after if status in api_facts.RETRYABLE_STATUSES else None)


class FilesClient:
    """The file service on the API client's key and transport (`EVOLINK_FILES_BASE_URL`).

    Every call is safe to repeat, so each is retried while the failure is transient; an
    upload keeps one Idempotency-Key across its retries, so a retry after a lost answer is
    answered with the first upload instead of using up a second file of the quota."""

    def __init__(self, client: EvolinkClient) -> None:
        self._client = client
        self.host = client.endpoints.files_base_url

    async def _call(self, method: str, path: str, **kwargs: object) -> object:
        async for attempt in self._client.retrying(retry_policy.is_transient):
            with attempt:
                return decode(await self._client.send(method, self.host + path, **kwargs))
        raise AssertionError("unreachable")  # pragma: no cover

    async def quota(self) -> FileQuota:
        try:
            return parse_quota(await self._call("GET", api_facts.FILES_QUOTA_PATH))
        except MalformedResponse as exc:
            raise MalformedAnswer(str(exc)) from None

    async def page(self, page: int = 1,
                   page_size: int = api_facts.FILES_LIST_PAGE_SIZE) -> FilePage:
        data = await self._call("GET", api_facts.FILES_LIST_PATH, params={
            "page": page, api_facts.FILES_PAGE_SIZE_PARAM: page_size})
        try:
            return parse_file_page(data, page=page, page_size=page_size)
        except MalformedResponse as exc:
            raise MalformedAnswer(str(exc)) from None

    async def all_files(self, *, page_size: int = api_facts.FILES_LIST_PAGE_SIZE,
                        max_pages: int = api_facts.FILES_LIST_MAX_PAGES) -> list[StoredFile]:
        """Every upload, page after page until a short page or `total` (bounded)."""
        out: list[StoredFile] = []
        seen: set[str] = set()
        for number in range(1, max_pages + 1):
            got = await self.page(number, page_size)
            fresh = [f for f in got.files if f.file_id not in seen]
            seen.update(f.file_id for f in fresh)
            out += fresh
            if not fresh or len(got.files) < page_size or (
                    got.total is not None and len(out) >= got.total):
                break
        return out

    async def delete(self, file_id: str) -> None:
        """Delete one upload; one that is already gone counts as deleted."""
        try:
            await self._call("DELETE", api_facts.FILES_DELETE_PATH.format(file_id=file_id))
        except ApiError as exc:
            if exc.status != 404:
                raise

    async def upload(self, path: Path, *, on_progress: Callable[[int, int], None] | None = None,
                     idempotency_key: str | None = None) -> UploadedFile:
        """A local file to a URL the server can fetch (expires in 72 h).

        The multipart body is streamed from disk, so `on_progress(bytes_sent, file_size)` is
        called as the file goes out (from 0 again if a transient failure makes it resend)."""
        key = idempotency_key or new_upload_key()
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        size = (await asyncio.to_thread(path.stat)).st_size
        async for attempt in self._client.retrying(retry_policy.is_transient):
            with attempt:
                body = multipart.FileBody(path, mime, size, on_progress)
                data = decode(await self._client.send(
                    "POST", self.host + api_facts.UPLOAD_STREAM_PATH, content=body.chunks(),
                    headers={"Content-Type": body.content_type,
                             "Content-Length": str(body.length),
                             api_facts.IDEMPOTENCY_HEADER: key}))
                from app.core.models import parse_upload  # pydantic: with the first upload

                try:
                    return parse_upload({"data": unwrap(data)})
                except MalformedResponse as exc:
                    raise MalformedAnswer(str(exc)) from None
        raise AssertionError("unreachable")  # pragma: no cover
