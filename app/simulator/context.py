"""State the simulator's routes share, and the error answers of the API and the file service."""

from __future__ import annotations

import secrets
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from aiohttp import web

from app.core import api_facts
from app.simulator.engine import Engine
from app.simulator.faults import Faults
from app.simulator.sim_prices import SimPrices

# A public, well-known key: the simulator accepts it when no keys are configured.
DEMO_KEY: Final = "sk-simulator-demo-key-0000"
MAX_BODY_BYTES: Final = 64 * api_facts.MB  # [doc] total request body size


@dataclass
class RecordedRequest:
    """One request as the simulator saw it; the key itself is never kept."""

    method: str
    path: str
    group: str
    has_authorization: bool
    idempotency_key: str | None
    user_agent: str | None
    status: int | None = None
    range: str | None = None  # the Range header: a resumed download asks for the rest


@dataclass
class Upload:
    file_id: str
    name: str
    mime_type: str
    path: Path
    uploaded_at: float  # unix seconds
    size: int = 0
    original_name: str = ""  # as the client named it, before it was made safe
    upload_path: str = ""  # the folder the client asked for [seen]


@dataclass
class SimContext:
    engine: Engine
    faults: Faults
    api_keys: frozenset[str]
    uploads_dir: Path
    uploads: dict[str, Upload] = field(default_factory=dict)
    requests: list[RecordedRequest] = field(default_factory=list)
    max_files: int = api_facts.FILES_DEFAULT_MAX  # the file service's quota; 0 exhausts it
    upload_keys: dict[str, str] = field(default_factory=dict)  # Idempotency-Key -> file_id
    batch_endpoint: bool = True  # False: answer like a gateway without POST /v1/tasks/batch
    prices: SimPrices = field(default_factory=SimPrices)
    denied_models: dict[str, frozenset[str]] = field(default_factory=dict)  # key -> models
    # Files served at most this fast (None: as fast as it goes): a long download for tests.
    download_bytes_per_s: float | None = None


CONTEXT: Final = web.AppKey("sim_context", SimContext)


def ctx(request: web.Request) -> SimContext:
    return request.app[CONTEXT]


def base_url(request: web.Request) -> str:
    """The origin the client reached us at, so links work whatever host name it used."""
    return f"{request.scheme}://{request.host}"


def bearer(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def auth_problem(request: web.Request) -> str | None:
    """Why the request is not authorised, or None."""
    if "Authorization" not in request.headers:
        return "Missing Authorization header: send 'Authorization: Bearer <API key>'"
    token = bearer(request)
    if token is None:
        return "Malformed Authorization header: expected 'Bearer <API key>'"
    if token not in ctx(request).api_keys:
        return "Invalid or expired API key"
    return None


def request_id() -> str:
    return f"req-{secrets.token_hex(12)}"


# The id of the request being answered: the middleware sends it as x-request-id, and every
# error body carries it too [seen].
REQUEST_ID: ContextVar[str | None] = ContextVar("sim_request_id", default=None)


def api_error(status: int, code: str | int | None, message: str, *, type_: str | None = None,
              param: str | None = None, headers: dict[str, str] | None = None,
              **extra: Any) -> web.Response:
    """The API's error envelope: `code` is the HTTP status as an integer [doc] unless a string
    code is given (as Evolink's newer client reads them [seen]); `type` follows the status."""
    err: dict[str, Any] = {
        "code": status if code is None else code, "message": message,
        "type": type_ or api_facts.ERROR_TYPE_BY_STATUS.get(
            status, "internal_server_error" if status >= 500 else "invalid_request_error")}
    if param is not None:
        err["param"] = param
    if (rid := REQUEST_ID.get()) is not None:
        err["request_id"] = rid
    err.update(extra)
    return web.json_response({"error": err}, status=status, headers=headers)


def files_error(status: int, message: str, headers: dict[str, str] | None = None) -> web.Response:
    """The file service's error shape [doc]."""
    return web.json_response({"success": False, "code": status, "msg": message},
                             status=status, headers=headers)


def cdn_error(status: int, code: str, message: str) -> web.Response:
    """What an object store in front of the result files answers: a small XML document."""
    body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code>'
            f"<Message>{message}</Message></Error>\n")
    return web.Response(status=status, text=body, content_type="application/xml")


# String codes where Evolink's newer client shows one [seen]; other statuses answer with the
# integer status as `code` [doc].
_STATUS_CODES: Final = {429: "rate_limit_exceeded", 500: "internal_error"}
_CDN_CODES: Final = {404: "not_found", 405: "method_not_allowed", 413: "request_too_large",
                     429: "rate_limit_exceeded", 500: "internal_error", 502: "bad_gateway",
                     503: "service_unavailable", 504: "gateway_timeout"}


def error_for_group(group: str, status: int, message: str,
                    headers: dict[str, str] | None = None) -> web.Response:
    """An error in the dialect of the endpoint group that was asked."""
    if group in ("upload", "files"):
        return files_error(status, message, headers)
    if group == "download":
        resp = cdn_error(status, _CDN_CODES.get(status, "Error"), message)
        resp.headers.update(headers or {})
        return resp
    return api_error(status, _STATUS_CODES.get(status), message, headers=headers)

