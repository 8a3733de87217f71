"""Fault injection: the next n requests of an endpoint group get a scripted misbehaviour.

Groups: "create" (POST generations), "get" (GET a task), "list", "credits", "upload",
"download" (result and uploaded files), "batch" (POST /v1/tasks/batch), "quote", "rules",
"models" (prices). A rule with only=None matches every API group but not "download" and
the price groups. Rules are used first-in, first-out; one request takes at most one
fault. Group "files": the file service's quota, list and delete.

Kinds, and whether the request's work is done first:
- rate_limit: 429 + Retry-After, nothing done.
- server_error: the given 5xx, nothing done (unless after_work=True: the work IS done, e.g. a
  create that made a task and still answered 503).
- delay: the work is done, the answer comes `seconds` late.
- drop_connection: the work is done, then the connection is closed with no answer.
- malformed_json: the work is done, the answer is 200 with a body that is not JSON.
- reset_download: a download is cut off after `after_bytes` bytes (abrupt close).
- account_refusal: the gateway's admission check refuses (nothing done): `code` is one of
  the account codes (insufficient_quota, key_quota_exhausted, key_daily_quota_exhausted,
  key_disabled, key_expired, key_model_not_allowed, user_disabled, their aliases) or
  invalid_media_url, with its detail fields (see refusals.py); only "create" unless told.

Standing refusals, apart from the queue above (they stay until cleared):
- refuse_upload: the file service answers 415 {"success": false} to every upload whose type
  starts with `mime_prefix` ("video/", "audio/mpeg"): which types the real service takes
  beyond images is undocumented.
- refuse_batch: the batch read answers `status` (404, or 405) as a gateway without it would.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Final

from app.core import api_facts

log = logging.getLogger("app.simulator")

GROUPS: Final = frozenset({"create", "get", "list", "credits", "upload", "files",
                          "download", "batch", *("quote", "rules", "models")})
# Asked in the background by the composer: a fault meant for "any API call" must not land here.
ONLY_BY_NAME: Final = frozenset({"download", "quote", "rules", "models"})
KINDS: Final = frozenset({"rate_limit", "server_error", "delay", "drop_connection",
                          "malformed_json", "reset_download", "refuse_upload",
                          "account_refusal", "refuse_batch"})
# The detail fields an account refusal may carry [seen: Evolink's newer client].
REFUSAL_DETAILS: Final = frozenset({"action_url", "limit_scope", "estimated_credits",
                                    "account_balance_credits", "reset_timezone"})


@dataclass
class Fault:
    kind: str
    remaining: int
    only: str | None
    retry_after: float | None = None
    status: int = 503
    seconds: float = 0.0
    after_bytes: int = 0
    after_work: bool = False
    code: str = ""  # account_refusal: the gateway's string code
    details: dict[str, Any] = field(default_factory=dict)  # account_refusal: detail fields
    details_beside: bool = False  # account_refusal: beside `error` rather than inside it

    def matches(self, group: str) -> bool:
        if self.remaining <= 0:
            return False
        if self.only is None:
            return group not in ONLY_BY_NAME
        return self.only == group


def _check(n: int, only: str | None) -> None:
    if n < 1:
        raise ValueError("n must be at least 1")
    if only is not None and only not in GROUPS:
        raise ValueError(f"unknown endpoint group {only!r}; use one of {sorted(GROUPS)}")


# The fault the request being handled got; a download streams its answer, so it must know.
CURRENT: ContextVar[Fault | None] = ContextVar("sim_fault", default=None)


class Faults:
    """Scripted faults; safe to set from a test thread while the server runs."""

    def __init__(self) -> None:
        self._rules: list[Fault] = []
        self._refused: set[str] = set()
        self._batch_refusal: int | None = None
        self._lock = threading.Lock()
        self._stopping: asyncio.Event | None = None

    async def sleep(self, seconds: float) -> None:
        """A delay fault's wait, cut short when the simulator stops: aiohttp's shutdown gives
        handlers one second, and a handler still asleep after that finishes on a cancelled
        waiter ("InvalidStateError" logged by aiohttp)."""
        if self._stopping is None:
            self._stopping = asyncio.Event()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)

    def stopping(self) -> None:
        """The simulator is stopping: delayed answers go now."""
        if self._stopping is not None:
            self._stopping.set()

    def started(self) -> None:
        self._stopping = None

    def _add(self, fault: Fault) -> Fault:
        _check(fault.remaining, fault.only)
        with self._lock:
            self._rules.append(fault)
        log.info("fault armed: %s x%d on %s", fault.kind, fault.remaining, fault.only or "api")
        return fault

    def rate_limit(self, n: int = 1, retry_after: float | None = 1.0,
                   only: str | None = None) -> Fault:
        return self._add(Fault("rate_limit", n, only, retry_after=retry_after))

    def server_error(self, n: int = 1, status: int = 503, only: str | None = None, *,
                     retry_after: float | None = None, after_work: bool = False) -> Fault:
        if not 500 <= status <= 599:
            raise ValueError("server_error takes a 5xx status")
        return self._add(Fault("server_error", n, only, retry_after=retry_after, status=status,
                               after_work=after_work))

    def delay(self, seconds: float, n: int = 1, only: str | None = None) -> Fault:
        return self._add(Fault("delay", n, only, seconds=seconds))

    def drop_connection(self, n: int = 1, only: str | None = None) -> Fault:
        return self._add(Fault("drop_connection", n, only))

    def malformed_json(self, n: int = 1, only: str | None = None) -> Fault:
        return self._add(Fault("malformed_json", n, only))

    def reset_download(self, after_bytes: int = 100_000, n: int = 1) -> Fault:
        return self._add(Fault("reset_download", n, "download", after_bytes=after_bytes))

    def account_refusal(self, code: str, n: int = 1, only: str | None = "create", *,
                        status: int | None = None, details_beside: bool = False,
                        **details: Any) -> Fault:
        """The next n requests are refused by the admission check with `code` (its usual
        status unless `status` is given) and the detail fields in `details`."""
        known = api_facts.ADMISSION_CODES | {api_facts.INVALID_MEDIA_URL_CODE}
        if code.lower() not in known:
            raise ValueError(f"unknown refusal code {code!r}; use one of {sorted(known)}")
        unknown = set(details) - REFUSAL_DETAILS
        if unknown:
            raise ValueError(f"unknown detail fields {sorted(unknown)}; use "
                             f"{sorted(REFUSAL_DETAILS)}")
        status = status or api_facts.ACCOUNT_REFUSAL_STATUS.get(code.lower(), 400)
        return self._add(Fault("account_refusal", n, only, code=code, status=status,
                               details=dict(details), details_beside=details_beside))

    def refuse_upload(self, mime_prefix: str) -> None:
        """From now on, refuse uploads whose type starts with `mime_prefix` (until cleared)."""
        prefix = mime_prefix.strip().lower()
        if not prefix:
            raise ValueError("mime_prefix must name a type, e.g. 'video/'")
        with self._lock:
            self._refused.add(prefix)
        log.info("uploads refused from now on: %s*", prefix)

    def refuses_upload(self, mime: str) -> bool:
        with self._lock:
            return any(mime.lower().startswith(p) for p in self._refused)

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()
            self._refused.clear()
            self._batch_refusal = None

    @property
    def pending(self) -> int:
        """Faults still to be served."""
        with self._lock:
            return sum(f.remaining for f in self._rules)

    def take(self, group: str) -> Fault | None:
        """The fault this request gets, if any (one use of it is spent)."""
        with self._lock:
            for fault in self._rules:
                if fault.matches(group):
                    fault.remaining -= 1
                    self._rules = [f for f in self._rules if f.remaining > 0]
                    return fault
        return None

    def add_from_json(self, spec: dict[str, Any]) -> Fault | None:
        """Arm a fault from the body of POST /_sim/faults; {"kind": "clear"} clears them all."""
        kind = spec.get("kind")
        n = int(spec.get("n", 1))
        only = spec.get("only")
        if only is not None and not isinstance(only, str):
            raise ValueError("only must be a string or null")
        if kind == "clear":
            self.clear()
            return None
        if kind == "rate_limit":
            ra = spec.get("retry_after", 1.0)
            return self.rate_limit(n, None if ra is None else float(ra), only)
        if kind == "server_error":
            ra = spec.get("retry_after")
            return self.server_error(n, int(spec.get("status", 503)), only,
                                     retry_after=None if ra is None else float(ra),
                                     after_work=bool(spec.get("after_work", False)))
        if kind == "delay":
            return self.delay(float(spec.get("seconds", 1.0)), n, only)
        if kind == "drop_connection":
            return self.drop_connection(n, only)
        if kind == "malformed_json":
            return self.malformed_json(n, only)
        if kind == "reset_download":
            return self.reset_download(int(spec.get("after_bytes", 100_000)), n)
        if kind == "refuse_upload":
            self.refuse_upload(str(spec.get("mime_prefix", "")))
            return None
        if kind == "account_refusal":
            details = spec.get("details") or {}
            if not isinstance(details, dict):
                raise ValueError("details must be a JSON object")
            status = spec.get("status")
            return self.account_refusal(
                str(spec.get("code", "")), n, spec.get("only", "create"),
                status=None if status is None else int(status),
                details_beside=bool(spec.get("details_beside", False)), **details)
        if kind == "refuse_batch":
            self.refuse_batch(int(spec.get("status", 404)))
            return None
        raise ValueError(f"unknown fault kind {kind!r}; use one of {sorted(KINDS)} or clear")

    # --- the batch read (issue 21 item 6) -----------------------------------------------------

    def refuse_batch(self, status: int = 404) -> None:
        """From now on (until cleared), POST /v1/tasks/batch answers `status`: 404 or 405."""
        if status not in (404, 405):
            raise ValueError("refuse_batch takes 404 or 405")
        with self._lock:
            self._batch_refusal = status
        log.info("batch reads refused from now on: HTTP %d", status)

    @property
    def batch_refusal(self) -> int | None:
        with self._lock:
            return self._batch_refusal
