"""pydantic models of the Evolink request, task, error envelope and credits answers.

Parsing is forgiving where the server may vary (unknown fields kept, junk in an optional field
read as missing, an unknown status read as UNKNOWN) and strict only where a client cannot go on
(a task without an id).
"""

from __future__ import annotations

import math
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from app.core import api_facts
from app.core.capabilities import DEFAULT_ASPECT, DEFAULT_DURATION, DEFAULT_QUALITY

# Re-exported; they live apart so that modules of the window shell need not import pydantic.
from app.core.malformed import MalformedResponse as MalformedResponse
from app.core.safe_text import strip_controls
from app.core.task_status import TaskStatus as TaskStatus


def _opt_str(v: object) -> str | None:
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, str):
        return strip_controls(v)  # server text reaches terminals and labels: no escapes
    try:
        if isinstance(v, float):
            return str(int(v)) if v.is_integer() else str(v)
        if isinstance(v, int):
            return str(v)
    except ValueError:  # an int past Python's int->str digit limit: read as missing
        return None
    return None


def _opt_float(v: object) -> float | None:
    if isinstance(v, bool):
        return None
    try:
        if isinstance(v, int | float | str):
            f = float(v)
        else:
            return None
    except (ValueError, OverflowError):  # "abc", or an int too large for a float
        return None
    return f if math.isfinite(f) else None


def _opt_bool(v: object) -> bool | None:
    return v if isinstance(v, bool) else None


def _opt_int(v: object) -> int | None:
    f = _opt_float(v)
    return int(f) if f is not None and abs(f) < 2**62 else None


def _progress(v: object) -> int:
    f = _opt_float(v)
    return 0 if f is None else int(min(100.0, max(0.0, f)))


def _str_list(v: object) -> list[str]:
    return [s for s in v if isinstance(s, str)] if isinstance(v, list) else []


def _dict_or_none(v: object) -> dict[str, Any] | None:
    return v if isinstance(v, dict) else None


OptStr = Annotated[str | None, BeforeValidator(_opt_str)]
OptFloat = Annotated[float | None, BeforeValidator(_opt_float)]
OptInt = Annotated[int | None, BeforeValidator(_opt_int)]
OptBool = Annotated[bool | None, BeforeValidator(_opt_bool)]
_OBJ = BeforeValidator(_dict_or_none)  # a sub-object that is not an object is read as missing


# defer_build: each model's validator is built at its first use, not at import; start-up
# imports this module before the window is ready and most models are used much later.
class _Lenient(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)


class GenerationRequest(BaseModel):
    """The body of POST /v1/videos/generations. Types only; the rules live in `rules.check`."""

    model_config = ConfigDict(extra="allow", defer_build=True)

    model: str
    prompt: str
    image_urls: list[str] = Field(default_factory=list)
    video_urls: list[str] = Field(default_factory=list)
    audio_urls: list[str] = Field(default_factory=list)
    duration: int = DEFAULT_DURATION
    quality: str = DEFAULT_QUALITY.value
    aspect_ratio: str = DEFAULT_ASPECT.value
    generate_audio: bool = True
    content_filter: bool = True
    model_params: dict[str, Any] | None = None
    callback_url: str | None = None

    def to_body(self) -> dict[str, Any]:
        """The JSON body as sent: empty lists and unset optionals left out."""
        body = self.model_dump(mode="json", exclude_none=True)
        for key in ("image_urls", "video_urls", "audio_urls"):
            if not body.get(key):
                body.pop(key, None)
        return body


class TaskInfo(_Lenient):
    can_cancel: OptBool = None
    estimated_time: OptFloat = None
    video_duration: OptFloat = None


class Cost(_Lenient):
    credits: OptFloat = None
    usd: OptFloat = None


def _cost(v: object) -> object:
    # [seen] `usage.cost` is an object {credits, usd}; older sources showed a bare number.
    if isinstance(v, dict):
        return v
    credits = _opt_float(v)
    return None if credits is None else {"credits": credits}


class Usage(_Lenient):
    billing_rule: OptStr = None
    credits_reserved: OptFloat = None
    user_group: OptStr = None
    credits_used: OptFloat = None  # [seen] on completed tasks
    cost: Annotated[Cost | None, BeforeValidator(_cost)] = None  # [seen]


class Billing(_Lenient):
    """[seen] how a task's credits were reserved, charged and refunded."""

    charge_status: OptStr = None
    refund_status: OptStr = None
    reserved_credits: OptFloat = None
    charged_credits: OptFloat = None
    refunded_credits: OptFloat = None
    refunded_at: OptStr = None  # a time; kept as given (ISO text or unix seconds)


class ErrorInfo(_Lenient):
    """`error` of a failed task and of the error envelope; `code` is a string or an int [seen]."""

    code: OptStr = None
    message: OptStr = None
    type: OptStr = None
    param: OptStr = None
    fallback_suggestion: OptStr = None


class Task(_Lenient):
    id: str
    model: OptStr = None
    object: OptStr = None
    status: Annotated[TaskStatus, BeforeValidator(TaskStatus.parse)] = TaskStatus.UNKNOWN
    progress: Annotated[int, BeforeValidator(_progress)] = 0
    created: OptInt = None
    type: OptStr = None
    task_info: Annotated[TaskInfo | None, _OBJ] = None
    usage: Annotated[Usage | None, _OBJ] = None
    results: Annotated[list[str], BeforeValidator(_str_list)] = Field(default_factory=list)
    error: Annotated[ErrorInfo | None, _OBJ] = None
    request_id: OptStr = None  # [seen] in some answers' bodies; the client adds the header's
    billing: Annotated[Billing | None, _OBJ] = None  # [seen]

    @property
    def result_urls(self) -> list[str]:
        """Clip URLs from `results` [doc] or `result_data[].video_url` [seen], de-duplicated."""
        urls = list(self.results)
        extra = (self.model_extra or {}).get("result_data")
        if isinstance(extra, list):
            for item in extra:
                if isinstance(item, str):
                    urls.append(item)
                elif isinstance(item, dict):
                    for key in api_facts.RESULT_DATA_URL_KEYS:
                        if isinstance(item.get(key), str):
                            urls.append(item[key])
                            break
        return list(dict.fromkeys(u for u in urls if u.strip()))

    @property
    def estimated_time(self) -> float | None:
        return self.task_info.estimated_time if self.task_info else None

    @property
    def credits_reserved(self) -> float | None:
        return self.usage.credits_reserved if self.usage else None

    @property
    def credits_used(self) -> float | None:
        """What the task cost: `usage.credits_used`, else `usage.cost.credits`, else
        `billing.charged_credits` [seen]; None while nobody says."""
        usage, billing = self.usage, self.billing
        for value in (usage.credits_used if usage else None,
                      usage.cost.credits if usage and usage.cost else None,
                      billing.charged_credits if billing else None):
            if value is not None:
                return value
        return None


def parse_task(data: object) -> Task:
    """A task from any decoded JSON; raises MalformedResponse when it names no task."""
    if not isinstance(data, dict):
        raise MalformedResponse(f"expected a JSON object for a task, got {type(data).__name__}")
    task_id = data.get("id")
    if not isinstance(task_id, str) or not task_id.strip():
        raise MalformedResponse("the task answer has no task id")
    try:
        return Task.model_validate(data)
    except (ValidationError, ValueError, TypeError) as exc:  # pragma: no cover - defensive
        raise MalformedResponse(f"unreadable task answer: {exc}") from exc


def parse_error(data: object) -> ErrorInfo | None:
    """The `error` of an error envelope, from either API or file-service shapes; None if absent."""
    if not isinstance(data, dict):
        return None
    err = data.get("error")
    if isinstance(err, dict):
        return ErrorInfo.model_validate(err)
    if isinstance(err, str):
        return ErrorInfo(message=err)
    if data.get("success") is False:  # file service: {"success": false, "code": …, "msg": …}
        return ErrorInfo.model_validate({"code": data.get("code"), "message": data.get("msg")})
    return None


class Credits(BaseModel):
    """Balance from GET /v1/credits: the account's, and this key's own limit."""

    model_config = ConfigDict(defer_build=True)

    user_remaining: float | None = None
    user_used: float | None = None
    token_remaining: float | None = None
    token_used: float | None = None
    token_unlimited: bool | None = None


def parse_credits(data: object) -> Credits:
    if not isinstance(data, dict) or not isinstance(data.get("data"), dict):
        raise MalformedResponse("the credits answer has no `data` object")
    inner = data["data"]
    user = inner.get("user") if isinstance(inner.get("user"), dict) else {}
    token = inner.get("token") if isinstance(inner.get("token"), dict) else {}
    return Credits(
        user_remaining=_opt_float(user.get("remaining_credits")),
        user_used=_opt_float(user.get("used_credits")),
        token_remaining=_opt_float(token.get("remaining_credits")),
        token_used=_opt_float(token.get("used_credits")),
        token_unlimited=_opt_bool(token.get("unlimited_credits")),
    )


class UploadedFile(BaseModel):
    model_config = ConfigDict(defer_build=True)

    file_url: str
    file_id: str | None = None
    expires_at: str | None = None


def parse_upload(data: object) -> UploadedFile:
    if not isinstance(data, dict) or not isinstance(data.get("data"), dict):
        raise MalformedResponse("the upload answer has no `data` object")
    url = data["data"].get("file_url")
    if not isinstance(url, str) or not url:
        raise MalformedResponse("the upload answer has no file_url")
    d = data["data"]
    return UploadedFile(file_url=url, file_id=_opt_str(d.get("file_id")),
                        expires_at=_opt_str(d.get("expires_at")))
