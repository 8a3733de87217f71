"""When and how long to wait before asking the API again: backoff with jitter, Retry-After."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from app.core import api_facts
from app.services.api.errors import (
    ApiError,
    ConnectFailed,
    MalformedAnswer,
    NetworkError,
    RateLimited,
    ServerError,
)

if TYPE_CHECKING:  # tenacity is imported when the first request is retried or sent
    from tenacity import AsyncRetrying, RetryCallState

Sleep = Callable[[float], Awaitable[None]]


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), capped [seen]."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        import email.utils  # an HTTP date is rare; the email package costs the window's start

        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return min(max(0.0, seconds), api_facts.RETRY_AFTER_CAP_S)


def is_transient(exc: BaseException) -> bool:
    """Worth asking again for a read: rate limits, 5xx, broken connections, garbled answers."""
    if isinstance(exc, ServerError):
        return exc.status in api_facts.RETRYABLE_STATUSES or exc.status == 500
    return isinstance(exc, RateLimited | NetworkError | MalformedAnswer)


def is_safe_to_resend(exc: BaseException) -> bool:
    """For a create: only when the server certainly made no task (refused, or never reached)."""
    return isinstance(exc, RateLimited | ConnectFailed)


def retrying(should_retry: Callable[[BaseException], bool], *, attempts: int,
             backoff_max_s: float, sleep: Sleep) -> AsyncRetrying:
    from tenacity import (
        AsyncRetrying,
        retry_if_exception,
        stop_after_attempt,
        wait_exponential_jitter,
    )

    jitter = wait_exponential_jitter(multiplier=0.5, max=backoff_max_s, jitter=0.5)

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, ApiError) and exc.retry_after is not None:
            return exc.retry_after
        return float(jitter(state))

    return AsyncRetrying(stop=stop_after_attempt(attempts), wait=wait,
                         retry=retry_if_exception(should_retry), sleep=sleep, reraise=True)
