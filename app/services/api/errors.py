"""Typed errors of the Evolink client, each with a sentence a creative understands."""

from __future__ import annotations

from app.core.gateway_errors import GatewayError, not_created
from app.core.messages import Message, MessageId

M = MessageId


class ApiError(Exception):
    """Any failure to get a usable answer from the API."""

    status: int | None = None

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None,
                 param: str | None = None, request_id: str | None = None,
                 retry_after: float | None = None, gateway: GatewayError | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status
        self.code = code
        self.param = param
        self.request_id = request_id
        self.retry_after = retry_after
        self.gateway = gateway  # the parsed error answer, with its detail fields

    @property
    def action_url(self) -> str | None:
        """The gateway's vetted link to the account page that fixes this, if it gave one."""
        return self.gateway.action_url if self.gateway else None

    def __str__(self) -> str:
        parts = [self.message]
        if self.code:
            parts.append(f"[{self.code}]")
        if self.status:
            parts.append(f"(HTTP {self.status})")
        return " ".join(parts)


class BadRequest(ApiError):
    status = 400


class Unauthorized(ApiError):
    status = 401


class InsufficientCredits(ApiError):
    status = 402


class Forbidden(ApiError):
    status = 403


class NotFound(ApiError):
    status = 404


class Conflict(ApiError):
    status = 409


class PayloadTooLarge(ApiError):
    status = 413


class RateLimited(ApiError):
    status = 429


class ServerError(ApiError):
    """5xx: the API or its upstream failed."""


class NetworkError(ApiError):
    """No HTTP answer at all."""


class ConnectFailed(NetworkError):
    """The connection was never made, so the request certainly did not reach the server."""


class RequestTimedOut(NetworkError):
    pass


class MalformedAnswer(ApiError):
    """An answer that is not the documented JSON."""


class SubmissionOutcomeUnknown(ApiError):
    """A create was sent but its answer was lost: a (paid) task may exist. Never resubmit."""


class AdmissionRefused(ApiError):
    """A create refused by the gateway's admission check (balance, key limits, key state):
    certainly no task was created and nothing was charged [seen]. `cause` is the error as
    its status made it (an Unauthorized for a disabled key on 401, say)."""

    def __init__(self, cause: ApiError) -> None:
        super().__init__(cause.message, status=cause.status, code=cause.code, param=cause.param,
                         request_id=cause.request_id, gateway=cause.gateway)
        self.cause = cause

    @property
    def not_created(self) -> Message:
        """"Not sent: <why>. No task was created and nothing was charged"."""
        return not_created(self.message)


BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequest, 401: Unauthorized, 402: InsufficientCredits, 403: Forbidden,
    404: NotFound, 409: Conflict, 413: PayloadTooLarge, 429: RateLimited,
}

_PLAIN: dict[type[ApiError], Message] = {
    Unauthorized: Message(M.API_KEY_REFUSED),
    InsufficientCredits: Message(M.API_NO_CREDITS),
    Forbidden: Message(M.API_NO_ACCESS),
    NotFound: Message(M.API_NOT_FOUND),
    PayloadTooLarge: Message(M.API_TOO_LARGE),
    RateLimited: Message(M.API_RATE_LIMITED),
}


def plain_message(status: int) -> Message:
    """Our sentence for a status when the server's answer carries none of its own."""
    cls = BY_STATUS.get(status)
    if cls in _PLAIN:
        return _PLAIN[cls]
    if status >= 500:
        return Message(M.API_UNAVAILABLE)
    return Message(M.API_HTTP_STATUS, status=status)


class BatchUnavailable(Exception):
    """The server has no batch read (404/405): read tasks one at a time. Never shown to a user."""
