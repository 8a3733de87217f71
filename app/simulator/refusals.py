"""The gateway's admission refusals as the simulator answers them: an account or key that may
not spend now, with the detail fields Evolink's newer client reads [seen]."""

from __future__ import annotations

from typing import Any, Final

from aiohttp import web

from app.core import api_facts
from app.simulator.context import REQUEST_ID, api_error
from app.simulator.faults import Fault

# What the gateway says in its own words (ours: the real texts are not published).
_MESSAGES: Final = {
    **dict.fromkeys(api_facts.BALANCE_CODES, "Insufficient account balance"),
    **dict.fromkeys(api_facts.KEY_LIMIT_CODES, "API key quota exhausted"),
    **dict.fromkeys(api_facts.KEY_DAILY_LIMIT_CODES, "API key daily quota exhausted"),
    api_facts.KEY_DISABLED_CODE: "API key is disabled",
    api_facts.KEY_EXPIRED_CODE: "API key has expired",
    api_facts.KEY_MODEL_NOT_ALLOWED_CODE: "This API key may not use the requested model",
    api_facts.USER_DISABLED_CODE: "User account is disabled",
    api_facts.INVALID_MEDIA_URL_CODE: "A media URL could not be fetched",
}


def refusal_response(fault: Fault) -> web.Response:
    """The error answer of an `account_refusal` fault; nothing was done."""
    code = fault.code
    message = _MESSAGES.get(code.lower(), "Request refused")
    if not fault.details_beside:
        return api_error(fault.status, code, message, **fault.details)
    # [seen] some answers put the detail fields beside `error`: the client must read both.
    body: dict[str, Any] = {"error": {"code": code, "message": message,
                                      "type": api_facts.ERROR_TYPE_BY_STATUS.get(
                                          fault.status, "invalid_request_error")},
                            **fault.details}
    if (rid := REQUEST_ID.get()) is not None:
        body["request_id"] = rid
    return web.json_response(body, status=fault.status)
