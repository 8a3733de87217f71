"""The async Evolink client: one shared httpx.AsyncClient, typed errors, safe retries."""

from __future__ import annotations

import asyncio
import logging
import mimetypes
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from app import __version__
from app.core import api_facts
from app.core.messages import Message, MessageId
from app.core.models import (
    Credits,
    GenerationRequest,
    MalformedResponse,
    Task,
    UploadedFile,
    parse_credits,
    parse_error,
    parse_task,
    parse_upload,
)
from app.services import multipart, retry_policy
from app.services.config import Endpoints, resolve_endpoints
from app.services.errors import (
    BY_STATUS,
    ApiError,
    ConnectFailed,
    MalformedAnswer,
    NetworkError,
    RequestTimedOut,
    ServerError,
    SubmissionOutcomeUnknown,
    plain_message,
)
from app.services.tls import tls_context

log = logging.getLogger(__name__)
USER_AGENT = f"SeedanceStudio/{__version__}"
M = MessageId


def describe(exc: Exception) -> str:
    """`str(exc)`, but as a Message when it is an ApiError: its own sentence (translatable)
    followed by the "[code] (HTTP status)" details that need no translation."""
    text = str(exc)
    if not isinstance(exc, ApiError) or text == exc.message:
        return exc.message if isinstance(exc, ApiError) else text
    return Message(M.API_ERROR_DETAIL, "{message} {detail}", message=exc.message,
                   detail=text.removeprefix(exc.message).lstrip())


class EvolinkClient:
    """create / get / list_tasks / credits / upload against one API base URL.

    Reads are retried with backoff and jitter, honouring Retry-After. A create is resent only
    when the server certainly made no task (429, or no connection at all); any other failure
    after sending becomes SubmissionOutcomeUnknown, never a blind resubmit.
    """

    def __init__(self, api_key: str, endpoints: Endpoints | None = None, *,
                 timeout_s: float = 30.0, attempts: int = 5, backoff_max_s: float = 8.0,
                 sleep: retry_policy.Sleep = asyncio.sleep) -> None:
        if not api_key.strip():
            raise ValueError("an API key is required")
        self.endpoints = endpoints or resolve_endpoints()
        self._attempts = attempts
        self._backoff_max_s = backoff_max_s
        self._sleep = sleep
        self._http = httpx.AsyncClient(
            verify=tls_context(),
            base_url=self.endpoints.base_url,
            headers={"Authorization": f"Bearer {api_key.strip()}", "User-Agent": USER_AGENT,
                     "Accept": "application/json"},
            timeout=httpx.Timeout(timeout_s, connect=min(10.0, timeout_s)),
            follow_redirects=False,  # a redirect could carry the key to another host
        )

    async def __aenter__(self) -> EvolinkClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # -- transport -------------------------------------------------------------------------

    async def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        try:
            resp = await self._http.request(method, url, **kwargs)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise ConnectFailed(Message(
                M.NET_CONNECT_FAILED, "Could not connect to {url}: {error}",
                url=self.endpoints.base_url, error=type(exc).__name__)) from None
        except httpx.TimeoutException:
            raise RequestTimedOut(Message(
                M.NET_TIMED_OUT, "The server did not answer in time")) from None
        except httpx.TransportError as exc:
            raise NetworkError(Message(
                M.NET_BROKE, "The connection broke before an answer arrived ({error})",
                error=type(exc).__name__)) from None
        log.info("%s %s -> %s (request id %s)", method, resp.request.url.path,
                 resp.status_code, resp.headers.get(api_facts.REQUEST_ID_HEADER, "-"))
        return resp

    def _decode(self, resp: httpx.Response) -> object:
        request_id = resp.headers.get(api_facts.REQUEST_ID_HEADER)
        try:
            data: object = resp.json()
        except ValueError:
            data = None
        status = resp.status_code
        err = parse_error(data)
        if status >= 400 or (err is not None and isinstance(data, dict)
                             and data.get("success") is False):
            cls = BY_STATUS.get(status) or (ServerError if status >= 500 else ApiError)
            retry_after = retry_policy.parse_retry_after(resp.headers.get("retry-after"))
            if retry_after is None and status == 503:
                retry_after = api_facts.DEFAULT_503_WAIT_S
            message = (err.message if err and err.message else None) or plain_message(status)
            raise cls(message, status=status, code=err.code if err else None,
                      param=err.param if err else None, request_id=request_id,
                      retry_after=retry_after if status in (429, 502, 503, 504) else None)
        if data is None:
            raise MalformedAnswer(Message(M.API_NOT_JSON, "The server's answer was not valid "
                                          "JSON"), status=status, request_id=request_id)
        return data

    async def _read(self, method: str, url: str, **kwargs: Any) -> object:
        """A request that is safe to repeat, retried while the failure is transient."""
        async for attempt in retry_policy.retrying(
                retry_policy.is_transient, attempts=self._attempts,
                backoff_max_s=self._backoff_max_s, sleep=self._sleep):
            with attempt:
                return self._decode(await self._send(method, url, **kwargs))
        raise AssertionError("unreachable")  # pragma: no cover

    # -- API -------------------------------------------------------------------------------

    async def create(self, request: GenerationRequest, *, idempotency_key: str) -> Task:
        headers = {api_facts.IDEMPOTENCY_HEADER: idempotency_key}
        body = request.to_body()
        try:
            async for attempt in retry_policy.retrying(
                    retry_policy.is_safe_to_resend, attempts=self._attempts,
                    backoff_max_s=self._backoff_max_s, sleep=self._sleep):
                with attempt:
                    data = self._decode(await self._send(
                        "POST", api_facts.GENERATIONS_PATH, json=body, headers=headers))
                    return parse_task(data)
        except (ServerError, MalformedAnswer, MalformedResponse) as exc:
            raise SubmissionOutcomeUnknown(Message(
                M.SENT_ANSWER_UNUSABLE, "The request was sent but the answer was unusable "
                "({error}); a task may exist", error=describe(exc)),
                status=getattr(exc, "status", None)) from None
        except NetworkError as exc:
            if isinstance(exc, ConnectFailed):
                raise
            raise SubmissionOutcomeUnknown(Message(
                M.SENT_NO_ANSWER, "The request was sent but no answer came back ({error}); a "
                "task may exist", error=exc.message)) from None
        raise AssertionError("unreachable")  # pragma: no cover

    async def get(self, task_id: str) -> Task:
        data = await self._read("GET", api_facts.TASK_PATH.format(task_id=task_id))
        try:
            return parse_task(data)
        except MalformedResponse as exc:
            raise MalformedAnswer(str(exc)) from None

    async def list_tasks(self, *, page: int = 1, page_size: int = 20) -> list[Task]:
        """The account's recent tasks, newest first [seen]; unreadable items are skipped."""
        data = await self._read("GET", api_facts.TASK_LIST_PATH,
                                params={"page": page, "page_size": page_size})
        items = data.get("data") if isinstance(data, dict) else data
        if isinstance(items, dict):
            items = items.get("items") or items.get("tasks") or items.get("data")
        out: list[Task] = []
        for item in items if isinstance(items, list) else []:
            try:
                out.append(parse_task(item))
            except MalformedResponse:
                continue
        return out

    async def credits(self) -> Credits:
        data = await self._read("GET", api_facts.CREDITS_PATH)
        try:
            return parse_credits(data)
        except MalformedResponse as exc:
            raise MalformedAnswer(str(exc)) from None

    async def upload(self, path: Path, *,
                     on_progress: Callable[[int, int], None] | None = None) -> UploadedFile:
        """A local file to a URL the server can fetch (the file service; expires in 72 h).

        The multipart body is streamed from disk, so `on_progress(bytes_sent, file_size)` is
        called as the file goes out (from 0 again if a transient failure makes it resend)."""
        url = self.endpoints.files_base_url + api_facts.UPLOAD_STREAM_PATH
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        size = (await asyncio.to_thread(path.stat)).st_size
        async for attempt in retry_policy.retrying(
                retry_policy.is_transient, attempts=self._attempts,
                backoff_max_s=self._backoff_max_s, sleep=self._sleep):
            with attempt:
                body = multipart.FileBody(path, mime, size, on_progress)
                data = self._decode(await self._send(
                    "POST", url, content=body.chunks(),
                    headers={"Content-Type": body.content_type,
                             "Content-Length": str(body.length)}))
                try:
                    return parse_upload(data)
                except MalformedResponse as exc:
                    raise MalformedAnswer(str(exc)) from None
        raise AssertionError("unreachable")  # pragma: no cover

    # -- prices and models (issue 21) -------------------------------------------------------

    async def quote(self, body: dict[str, Any]) -> object:
        """The account's quote for one request [seen]: read-only, asked once (an estimate
        that waits for retries is worse than the next source of a price)."""
        return self._decode(await self._send("POST", api_facts.QUOTE_PATH, json=body))

    async def models(self) -> frozenset[str]:
        """The model ids this key may use [seen]: GET /v1/models -> {"data": [{"id"}, ...]}."""
        data = await self._read("GET", api_facts.MODELS_PATH)
        items = data.get("data") if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise MalformedAnswer("the models answer has no `data` list")
        return frozenset(str(i["id"]) for i in items
                         if isinstance(i, dict) and isinstance(i.get("id"), str))
