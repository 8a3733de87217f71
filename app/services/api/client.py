"""The async Evolink client: one shared httpx.AsyncClient, typed errors, safe retries.

httpx and the pydantic models load with the first request, not with the client: the window
builds its session's client before its panels paint, and needs neither to paint them."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Final

from app import __version__
from app.core import api_facts
from app.core.catalog import ApiMsg, RecoveryMsg
from app.core.gateway_errors import account_message, parse_gateway_error, request_id_from_headers
from app.core.malformed import MalformedResponse
from app.core.messages import Message
from app.services.api import retry_policy
from app.services.api.config import Endpoints, resolve_endpoints
from app.services.api.errors import (
    AdmissionRefused,
    ApiError,
    BatchUnavailable,
    ConnectFailed,
    MalformedAnswer,
    NetworkError,
    RequestTimedOut,
    ServerError,
    SubmissionOutcomeUnknown,
    error_class,
    plain_message,
)

if TYPE_CHECKING:  # imported with the first request (retry_policy.retrying, _transport)
    import httpx
    from tenacity import AsyncRetrying

    from app.core.models import Credits, GenerationRequest, Task
    from app.core.task_list import TaskPage
    from app.services.api.tls import AsyncClient

log = logging.getLogger(__name__)
USER_AGENT: Final = f"SeedanceStudio/{__version__}"  # a CDN may refuse library defaults [seen]
# Whether the last answer in this asyncio task said `idempotency-replayed: true` [seen]: read
# by create_again, which goes through create() unchanged.
_REPLAYED: ContextVar[bool] = ContextVar("idempotency_replayed", default=False)


def describe(exc: Exception) -> str:
    """`str(exc)`, but as a Message when it is an ApiError: its own sentence (translatable)
    followed by the "[code] (HTTP status)" details that need no translation."""
    text = str(exc)
    if not isinstance(exc, ApiError) or text == exc.message:
        return exc.message if isinstance(exc, ApiError) else text
    return Message(ApiMsg.API_ERROR_DETAIL, message=exc.message,
                   detail=text.removeprefix(exc.message).lstrip())


class EvolinkClient:
    """create / get / list_tasks / credits against one API base URL (uploads: FilesClient).

    Reads are retried with backoff and jitter, honouring Retry-After. A create is resent only
    when the server certainly made no task (429, or no connection at all); any other failure
    after sending becomes SubmissionOutcomeUnknown, never a blind resubmit.
    """

    batch_supported: bool | None = None  # the batch read [seen]: None until the server answers
    _batch_probe: asyncio.Lock | None = None

    def __init__(self, api_key: str, endpoints: Endpoints | None = None, *,
                 timeout_s: float = 30.0, attempts: int = 5, backoff_max_s: float = 8.0,
                 sleep: retry_policy.Sleep = asyncio.sleep) -> None:
        if not api_key.strip():
            raise ValueError("an API key is required")
        self.endpoints = endpoints or resolve_endpoints()
        self._attempts = attempts
        self._backoff_max_s = backoff_max_s
        self._sleep = sleep
        self._key, self._timeout_s = api_key.strip(), timeout_s
        self._http: AsyncClient | None = None  # made by the first request (_transport)

    async def __aenter__(self) -> EvolinkClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._http is not None:
            await self._http.aclose()

    def _transport(self) -> AsyncClient:
        if self._http is None:
            import httpx

            from app.services.api.tls import AsyncClient

            self._http = AsyncClient(
                base_url=self.endpoints.base_url,
                headers={"Authorization": f"Bearer {self._key}", "User-Agent": USER_AGENT,
                         "Accept": "application/json"},
                timeout=httpx.Timeout(self._timeout_s, connect=min(10.0, self._timeout_s)),
                follow_redirects=False,  # a redirect could carry the key to another host
            )
        return self._http

    # -- transport -------------------------------------------------------------------------

    async def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        import httpx

        try:
            resp = await self._transport().request(method, url, **kwargs)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise ConnectFailed(Message(
                ApiMsg.NET_CONNECT_FAILED,
                url=self.endpoints.base_url, error=type(exc).__name__)) from None
        except httpx.TimeoutException:
            raise RequestTimedOut(Message(ApiMsg.NET_TIMED_OUT)) from None
        except httpx.TransportError as exc:
            raise NetworkError(Message(ApiMsg.NET_BROKE, error=type(exc).__name__)) from None
        log.info("%s %s -> %s (request id %s)", method, resp.request.url.path,
                 resp.status_code, request_id_from_headers(resp.headers) or "-")
        _REPLAYED.set(resp.headers.get(api_facts.IDEMPOTENCY_REPLAYED_HEADER, "").strip()
                      .lower() == "true")
        return resp

    def _decode(self, resp: httpx.Response) -> object:
        request_id = request_id_from_headers(resp.headers)
        try:
            data: object = resp.json()
        except ValueError:
            data = None
        status = resp.status_code
        err = parse_gateway_error(data, status=status, headers=resp.headers)
        if status >= 400 or (err is not None and isinstance(data, dict)
                             and data.get("success") is False):
            cls = error_class(status)
            retry_after = retry_policy.parse_retry_after(resp.headers.get("retry-after"))
            if retry_after is None and status == 503:
                retry_after = api_facts.DEFAULT_503_WAIT_S
            message = ((account_message(err) or err.message) if err else None) \
                or plain_message(status)
            if err and err.request_id:
                request_id = err.request_id
            log.info("%s refused: %s %s (request id %s)", resp.request.url.path,
                     status, err.code if err and err.code else "-", request_id or "-")
            code = err.code or (str(err.http_code) if err.http_code not in (None, status)
                                else None) if err else None
            raise cls(message, status=status, code=code,
                      param=err.param if err else None, request_id=request_id,
                      retry_after=retry_after if status in (429, 502, 503, 504) else None,
                      gateway=err)
        if data is None:
            raise MalformedAnswer(
                Message(ApiMsg.API_NOT_JSON), status=status, request_id=request_id
            )
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
        from app.core.models import parse_task

        headers = {api_facts.IDEMPOTENCY_HEADER: idempotency_key}
        body = request.to_body()
        try:
            async for attempt in retry_policy.retrying(
                    retry_policy.is_safe_to_resend, attempts=self._attempts,
                    backoff_max_s=self._backoff_max_s, sleep=self._sleep):
                with attempt:
                    resp = await self._send(
                        "POST", api_facts.GENERATIONS_PATH, json=body, headers=headers)
                    task = parse_task(self._decode(resp))
                    rid = task.request_id or request_id_from_headers(resp.headers)
                    return task.model_copy(update={"request_id": rid})
        except NetworkError as exc:
            if isinstance(exc, ConnectFailed):
                raise
            raise SubmissionOutcomeUnknown(
                Message(RecoveryMsg.SENT_NO_ANSWER, error=exc.message)
            ) from None
        except ApiError as exc:
            # The code decides, whatever the status: an admission refusal made no task [seen].
            if exc.gateway is not None and exc.gateway.admission_refused:
                raise AdmissionRefused(exc) from None
            # A 5xx in the body of a 200 ({"success": false, "code": 500}) is a server
            # failure too: the task may exist.
            server_side = exc.gateway is not None and (exc.gateway.http_code or 0) >= 500
            if (
                not isinstance(exc, ServerError | MalformedAnswer)
                and not server_side
                and not (exc.gateway and exc.gateway.code == api_facts.PAID_OUTCOME_UNKNOWN_CODE)
            ):
                raise
            raise SubmissionOutcomeUnknown(
                Message(RecoveryMsg.SENT_ANSWER_UNUSABLE, error=describe(exc)),
                status=exc.status,
                request_id=exc.request_id,
            ) from None
        except MalformedResponse as exc:
            raise SubmissionOutcomeUnknown(
                Message(RecoveryMsg.SENT_ANSWER_UNUSABLE, error=describe(exc))
            ) from None
        raise AssertionError("unreachable")  # pragma: no cover

    async def get(self, task_id: str) -> Task:
        from app.core.models import parse_task

        data = await self._read("GET", api_facts.TASK_PATH.format(task_id=task_id))
        try:
            task = parse_task(data)
        except MalformedResponse as exc:
            raise MalformedAnswer(str(exc)) from None
        if task.id != task_id:  # a malformed answer, never another task's state on this one
            raise MalformedAnswer(Message(ApiMsg.API_OTHER_TASK, asked=task_id, got=task.id))
        return task

    async def credits(self) -> Credits:
        from app.core.models import parse_credits

        data = await self._read("GET", api_facts.CREDITS_PATH)
        try:
            return parse_credits(data)
        except MalformedResponse as exc:
            raise MalformedAnswer(str(exc)) from None

    # -- for the file service (app/services/api/files_client.py), on the same key ---------------

    async def send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """One request with this client's key and transport errors; the caller decodes it."""
        return await self._send(method, url, **kwargs)

    def retrying(self, should_retry: Callable[[BaseException], bool]) -> AsyncRetrying:
        """This client's retry policy (attempts, backoff, sleep) for another caller's reads."""
        return retry_policy.retrying(should_retry, attempts=self._attempts,
                                     backoff_max_s=self._backoff_max_s, sleep=self._sleep)

    # -- finding and replaying a lost submission (app/services/tasks/recovery.py) ----------------

    async def list_tasks(self, *, type: str | None = api_facts.TASK_LIST_TYPE_VIDEO,
                         model: str | None = None, status: str | None = None, page: int = 1,
                         page_size: int = 20) -> TaskPage:
        """One page of the account's tasks, newest first, as light items [seen]; unreadable
        items are skipped. The filters the gateway takes: type, model, status."""
        params: dict[str, str | int] = {"page": page, "page_size": page_size}
        params.update({k: v for k, v in (("type", type), ("model", model), ("status", status))
                       if v})
        data = await self._read("GET", api_facts.TASK_LIST_PATH, params=params)
        from app.core.task_list import parse_task_page

        return parse_task_page(data, page=page, page_size=page_size)

    async def create_again(self, request: GenerationRequest, *,
                           idempotency_key: str) -> tuple[Task, bool]:
        """create() with the key of an earlier attempt, and whether the gateway answered with
        the task that attempt made (`idempotency-replayed: true`) rather than a new one."""
        token = _REPLAYED.set(False)
        try:
            task = await self.create(request, idempotency_key=idempotency_key)
            return task, _REPLAYED.get()
        finally:
            _REPLAYED.reset(token)

    async def get_batch(self, task_ids: Sequence[str]) -> list[Task]:
        """Up to TASK_BATCH_MAX_IDS tasks in one read [seen]. Unreadable items are skipped, so a
        caller reads any id missing from the answer on its own. Raises BatchUnavailable when
        the server has no such endpoint, and from then on for this client's life, unasked."""
        if not 1 <= len(task_ids) <= api_facts.TASK_BATCH_MAX_IDS:
            raise ValueError(f"a batch read takes 1 to {api_facts.TASK_BATCH_MAX_IDS} task ids")
        if self.batch_supported is not None:
            return await self._get_batch(task_ids)
        if self._batch_probe is None:
            self._batch_probe = asyncio.Lock()
        async with self._batch_probe:  # one at a time until the server has shown it has one
            return await self._get_batch(task_ids)

    async def _get_batch(self, task_ids: Sequence[str]) -> list[Task]:
        if self.batch_supported is False:
            raise BatchUnavailable
        try:
            data = await self._read("POST", api_facts.TASK_BATCH_PATH,
                                    json={"task_ids": list(task_ids)})
        except ApiError as exc:
            if exc.status not in api_facts.TASK_BATCH_ABSENT_STATUSES:
                raise
            log.info("no batch task read here (HTTP %s): reading tasks one at a time",
                     exc.status)
            self.batch_supported = False
            raise BatchUnavailable from None
        self.batch_supported = True
        from app.core.models import parse_task

        items = data.get("data") if isinstance(data, dict) else None
        out: list[Task] = []
        for item in items if isinstance(items, list) else []:
            try:
                out.append(parse_task(item))
            except MalformedResponse:
                continue
        return out

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
