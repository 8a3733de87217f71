"""Test an API key with one cheap authenticated request (GET /v1/credits costs nothing)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from app.core.catalog import ApiMsg, KeychainMsg
from app.core.messages import Message
from app.services.api.client import EvolinkClient
from app.services.api.config import Endpoints
from app.services.api.errors import ApiError, Forbidden, NetworkError, Unauthorized

if TYPE_CHECKING:
    from app.core.models import Credits

log = logging.getLogger(__name__)

# One attempt and a short wait: the user is looking at the Test button.
_TIMEOUT_S = 15.0


class KeyVerdict(StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    NO_NETWORK = "no-network"
    ERROR = "error"


@dataclass(frozen=True)
class KeyCheck:
    """What the test found; `detail` is the server's or the network's own words (a Message
    when it is one of ours, so the dialog can translate it)."""

    verdict: KeyVerdict
    credits: Credits | None = None
    detail: str = ""


def _detail(exc: ApiError) -> str:
    """`str(exc)` ("sentence [code] (HTTP n)") with its sentence still a translatable Message."""
    whole = str(exc)
    if whole == exc.message:
        return exc.message
    return Message(
        ApiMsg.API_ERROR_DETAIL, message=exc.message, detail=whole[len(exc.message) + 1 :]
    )


async def check_key(key: str, endpoints: Endpoints) -> KeyCheck:
    """Ask the API once whether `key` is accepted; never raises for an API or network failure."""
    if not key.strip():
        return KeyCheck(KeyVerdict.INVALID, detail=Message(KeychainMsg.KEY_EMPTY))
    async with EvolinkClient(key, endpoints, timeout_s=_TIMEOUT_S, attempts=1) as client:
        try:
            credits = await client.credits()
        except (Unauthorized, Forbidden) as exc:
            return KeyCheck(KeyVerdict.INVALID, detail=exc.message)
        except NetworkError as exc:
            return KeyCheck(KeyVerdict.NO_NETWORK, detail=exc.message)
        except ApiError as exc:
            log.info("key test failed: %s", exc)
            return KeyCheck(KeyVerdict.ERROR, detail=_detail(exc))
    return KeyCheck(KeyVerdict.VALID, credits=credits)
