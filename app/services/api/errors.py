"""Typed errors of the Evolink client, each with a sentence a creative understands."""

from __future__ import annotations

from typing import NamedTuple

from app.core.catalog import ApiMsg
from app.core.gateway_errors import GatewayError, not_created
from app.core.messages import Message, MessageId


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


class Refusal(NamedTuple):
    """What an HTTP error status stands for: the error it raises, and our sentence for it when
    the server's answer carries none of its own (None: the status, in words)."""

    error: type[ApiError]
    plain: MessageId | None = None


BY_STATUS: dict[int, Refusal] = {
    400: Refusal(BadRequest),
    401: Refusal(Unauthorized, ApiMsg.API_KEY_REFUSED),
    402: Refusal(InsufficientCredits, ApiMsg.API_NO_CREDITS),
    403: Refusal(Forbidden, ApiMsg.API_NO_ACCESS),
    404: Refusal(NotFound, ApiMsg.API_NOT_FOUND),
    409: Refusal(Conflict),
    413: Refusal(PayloadTooLarge, ApiMsg.API_TOO_LARGE),
    429: Refusal(RateLimited, ApiMsg.API_RATE_LIMITED),
}


def error_class(status: int) -> type[ApiError]:
    """The error an HTTP error status raises."""
    known = BY_STATUS.get(status)
    if known is not None:
        return known.error
    return ServerError if status >= 500 else ApiError


def plain_message(status: int) -> Message:
    """Our sentence for a status when the server's answer carries none of its own."""
    known = BY_STATUS.get(status)
    if known is not None and known.plain is not None:
        return Message(known.plain)
    if status >= 500:
        return Message(ApiMsg.API_UNAVAILABLE)
    return Message(ApiMsg.API_HTTP_STATUS, status=status)


class BatchUnavailable(Exception):
    """The server has no batch read (404/405): read tasks one at a time. Never shown to a user."""
