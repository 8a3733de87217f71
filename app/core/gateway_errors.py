"""The gateway's error answers, read as documented and as Evolink's newer client reads them.

[doc] `{"error": {"code": <HTTP status>, "message", "type", "param"}}` with an optional
`fallback_suggestion`; [seen] string codes in any case (`KEY_DISABLED`), detail fields inside
`error` or beside it, `request_id` in the body or a header. Whatever the body holds, parsing
never raises: an unreadable field is read as missing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from typing import Any, Final
from urllib.parse import urljoin, urlsplit

from app.core import api_facts as facts
from app.core.catalog import AccountMsg
from app.core.messages import Message, MessageId
from app.core.safe_text import strip_controls

M = MessageId
_REQUEST_ID_SUFFIX: Final = re.compile(r"\s*\(request id: [^)]*\)\s*$", re.IGNORECASE)
_MAX_FIELD: Final = 200


class AccountProblem(StrEnum):
    """Why the account or this key may not spend now (each has its own sentence)."""

    BALANCE = "balance"
    KEY_LIMIT = "key_limit"
    KEY_DAILY_LIMIT = "key_daily_limit"
    KEY_DISABLED = "key_disabled"
    KEY_EXPIRED = "key_expired"
    MODEL_NOT_ALLOWED = "model_not_allowed"
    ACCOUNT_DISABLED = "account_disabled"


_BY_CODE: Final[dict[str, AccountProblem]] = {
    **dict.fromkeys(facts.BALANCE_CODES, AccountProblem.BALANCE),
    **dict.fromkeys(facts.KEY_LIMIT_CODES, AccountProblem.KEY_LIMIT),
    **dict.fromkeys(facts.KEY_DAILY_LIMIT_CODES, AccountProblem.KEY_DAILY_LIMIT),
    facts.KEY_DISABLED_CODE: AccountProblem.KEY_DISABLED,
    facts.KEY_EXPIRED_CODE: AccountProblem.KEY_EXPIRED,
    facts.KEY_MODEL_NOT_ALLOWED_CODE: AccountProblem.MODEL_NOT_ALLOWED,
    facts.USER_DISABLED_CODE: AccountProblem.ACCOUNT_DISABLED,
}


@dataclass(frozen=True)
class GatewayError:
    """One error answer. `code` is the string code, lower-cased; `http_code` an integer one."""

    status: int | None = None
    code: str | None = None
    http_code: int | None = None
    type: str | None = None
    message: str | None = None
    param: str | None = None
    fallback_suggestion: str | None = None
    request_id: str | None = None
    action_url: str | None = None  # vetted: https on the account site, else None
    limit_scope: str | None = None
    estimated_credits: float | None = None
    account_balance_credits: float | None = None
    reset_timezone: str | None = None

    @property
    def problem(self) -> AccountProblem | None:
        """The account refusal this is, by its code first, then [inferred] by `limit_scope`."""
        if self.code in _BY_CODE:
            return _BY_CODE[self.code]
        scope = (self.limit_scope or "").lower()
        if self.status != 402 or not scope:
            return None
        if "daily" in scope:
            return AccountProblem.KEY_DAILY_LIMIT
        if "key" in scope or "token" in scope:
            return AccountProblem.KEY_LIMIT
        if "account" in scope or "user" in scope or "balance" in scope:
            return AccountProblem.BALANCE
        return None

    @property
    def admission_refused(self) -> bool:
        """Refused by the gateway's admission check: certainly no task was created [seen]."""
        return self.code in facts.ADMISSION_CODES


def _text(value: object, limit: int = _MAX_FIELD) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and math.isfinite(value):
        value = str(value)
    if not isinstance(value, str) or not (value := strip_controls(value)).strip():
        return None
    return value.strip()[:limit]


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, int | float) and math.isfinite(value) and value >= 0:
        return float(value)
    return None


def vet_action_url(value: object) -> str | None:
    """An https link on the account site (a relative one is resolved there) [seen], else None:
    a proxy's or a forged body's link to another host is never offered."""
    text = _text(value, 2000)
    if text is None or any(c.isspace() for c in text):
        return None
    url = urljoin(facts.ACCOUNT_SITE + "/", text) if text.startswith("/") and not \
        text.startswith("//") else text
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if parts.scheme != "https" or parts.username or parts.password:
        return None
    if not any(host == h or host.endswith("." + h) for h in facts.ACCOUNT_SITE_HOSTS):
        return None
    return url


def request_id_from_headers(headers: Mapping[str, str] | None) -> str | None:
    for name in facts.REQUEST_ID_HEADERS:
        found = _text((headers or {}).get(name))
        if found:
            return found
    return None


def parse_gateway_error(data: object, *, status: int | None = None,
                        headers: Mapping[str, str] | None = None) -> GatewayError | None:
    """The error in an answer's body (API envelope, file-service or OAuth shape); None when the
    body carries none and the status is not an error either."""
    outer: Mapping[str, Any] = data if isinstance(data, Mapping) else {}
    inner = outer.get("error")
    if isinstance(inner, Mapping):
        err: Mapping[str, Any] = inner
    elif isinstance(inner, str) or outer.get("success") is False:
        # OAuth-style {"error": "x", "error_description"}; file service {success, code, msg}
        err = {"code": inner if isinstance(inner, str) else outer.get("code"),
               "message": outer.get("error_description") or outer.get("msg")
               or outer.get("message")}
    elif status is not None and status >= 400:
        err = {}
    else:
        return None

    def field(name: str) -> object:
        """Inside `error` first, then beside it [seen: both occur]."""
        value = err.get(name)
        return value if value not in (None, "") else outer.get(name)

    raw_code = err.get("code")
    http_code = raw_code if isinstance(raw_code, int) and not isinstance(raw_code, bool) else None
    code = _text(raw_code) if http_code is None else None
    if code is not None and code.isdigit():
        http_code, code = int(code), None
    message = _text(err.get("message"), facts.ERROR_MESSAGE_MAX_CHARS + 100)
    if message:
        message = _REQUEST_ID_SUFFIX.sub("", message)[:facts.ERROR_MESSAGE_MAX_CHARS] or None
    return GatewayError(
        status=status, code=code.lower() if code else None, http_code=http_code,
        type=_text(err.get("type")), message=message, param=_text(err.get("param")),
        fallback_suggestion=_text(field("fallback_suggestion"), facts.ERROR_MESSAGE_MAX_CHARS),
        request_id=_text(field("request_id")) or request_id_from_headers(headers),
        action_url=vet_action_url(field("action_url")), limit_scope=_text(field("limit_scope")),
        estimated_credits=_number(field("estimated_credits")),
        account_balance_credits=_number(field("account_balance_credits")),
        reset_timezone=_text(field("reset_timezone")))


def _credits(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def next_daily_reset(zone_name: str, now: datetime) -> datetime | None:
    """The next midnight in `zone_name` after `now` (aware), or None for an unknown zone."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # at the first daily-limit answer

    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    here = now.astimezone(zone)
    return datetime.combine(here.date() + timedelta(days=1), time(0, 0), tzinfo=zone)


def _daily(zone_name: str | None, now: datetime | None) -> Message:
    if not zone_name:
        return Message(AccountMsg.KEY_DAILY_LIMIT)
    reset = next_daily_reset(zone_name, now or datetime.now(UTC))
    if reset is None:
        return Message(AccountMsg.KEY_DAILY_LIMIT_MIDNIGHT_IN, zone=zone_name)
    return Message(AccountMsg.KEY_DAILY_LIMIT_RESETS_AT,
                   time=facts.DAILY_RESET_TIME, zone=zone_name,
                   local=reset.astimezone().strftime("%H:%M"))


def _balance(err: GatewayError) -> Message:
    need, have = err.estimated_credits, err.account_balance_credits
    if need is not None and have is not None:
        return Message(AccountMsg.ACCOUNT_BALANCE_LOW_FIGURES,
                       estimate=_credits(need), balance=_credits(have))
    if need is not None:
        return Message(AccountMsg.ACCOUNT_BALANCE_LOW_NEEDS, estimate=_credits(need))
    if have is not None:
        return Message(AccountMsg.ACCOUNT_BALANCE_LOW_HAS, balance=_credits(have))
    return Message(AccountMsg.ACCOUNT_BALANCE_LOW)


def account_message(err: GatewayError, *, now: datetime | None = None) -> Message | None:
    """Our own sentence for an account refusal (or an unusable media link), else None."""
    problem = err.problem
    if problem is AccountProblem.BALANCE:
        return _balance(err)
    if problem is AccountProblem.KEY_LIMIT:
        return Message(AccountMsg.KEY_LIMIT_REACHED)
    if problem is AccountProblem.KEY_DAILY_LIMIT:
        return _daily(err.reset_timezone, now)
    if problem is AccountProblem.KEY_DISABLED:
        return Message(AccountMsg.KEY_DISABLED)
    if problem is AccountProblem.KEY_EXPIRED:
        return Message(AccountMsg.KEY_EXPIRED)
    if problem is AccountProblem.MODEL_NOT_ALLOWED:
        return Message(AccountMsg.KEY_MODEL_NOT_ALLOWED)
    if problem is AccountProblem.ACCOUNT_DISABLED:
        return Message(AccountMsg.ACCOUNT_DISABLED)
    if err.code == facts.INVALID_MEDIA_URL_CODE:
        return Message(AccountMsg.MEDIA_URL_UNUSABLE)
    return None


def not_created(reason: str) -> Message:
    """What is certainly true after an admission refusal, and only then."""
    return Message(AccountMsg.NOT_CREATED,
                   reason=reason if isinstance(reason, Message) else reason.rstrip("."))
