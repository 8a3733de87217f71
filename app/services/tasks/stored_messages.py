"""Migration 9 of the task store: English errors and notes kept before ids were, as Messages.

Until then a row kept only the English sentence of a rejection's error or of our own note, and
the window matched it against the templates to translate it. The migration does that matching
once, for the sentences the window used to recognise, and keeps the id and parameters beside the
text (columns error_data and note_data); a sentence it cannot place keeps being shown as it is.
Nothing reads English back after this.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
import string
from collections.abc import Iterable
from typing import Final

from app.core.catalog import AccountMsg, ApiMsg, QueueMsg, RecoveryMsg
from app.core.messages import Message, to_data
from app.core.messages import MessageId as M

# The ids whose sentences the store kept as plain English before migration 9.
STORED: Final = (
    ApiMsg.API_KEY_REFUSED,
    ApiMsg.API_NO_CREDITS,
    ApiMsg.API_NO_ACCESS,
    ApiMsg.API_NOT_FOUND,
    ApiMsg.API_TOO_LARGE,
    ApiMsg.API_RATE_LIMITED,
    ApiMsg.API_UNAVAILABLE,
    ApiMsg.API_HTTP_STATUS,
    ApiMsg.NET_CONNECT_FAILED,
    ApiMsg.NET_TIMED_OUT,
    ApiMsg.NET_BROKE,
    ApiMsg.API_NOT_JSON,
    RecoveryMsg.SENT_NO_ANSWER,
    RecoveryMsg.SENT_ANSWER_UNUSABLE,
    QueueMsg.APP_STOPPED_MID_SUBMIT,
    RecoveryMsg.RECOVERY_NOT_FOUND,
    QueueMsg.DOWNLOAD_INTERRUPTED,
    RecoveryMsg.RECOVERY_SEVERAL,
    RecoveryMsg.RESEND_REFUSED,
    AccountMsg.ACCOUNT_BALANCE_LOW,
    AccountMsg.ACCOUNT_BALANCE_LOW_FIGURES,
    AccountMsg.ACCOUNT_BALANCE_LOW_NEEDS,
    AccountMsg.ACCOUNT_BALANCE_LOW_HAS,
    AccountMsg.KEY_LIMIT_REACHED,
    AccountMsg.KEY_DAILY_LIMIT_RESETS_AT,
    AccountMsg.KEY_DAILY_LIMIT_MIDNIGHT_IN,
    AccountMsg.KEY_DAILY_LIMIT,
    AccountMsg.KEY_DISABLED,
    AccountMsg.KEY_EXPIRED,
    AccountMsg.KEY_MODEL_NOT_ALLOWED,
    AccountMsg.ACCOUNT_DISABLED,
    AccountMsg.MEDIA_URL_UNUSABLE,
)
# ApiError's str(): its sentence, then "[code]" and "(HTTP 402)" when it has them.
_API_DETAIL: Final = re.compile(r"(?P<message>.+?) (?P<detail>(?:\[[^\]]*\] ?)?(?:\(HTTP \d+\))?)")


@functools.cache
def _pattern(source: str) -> re.Pattern[str] | None:
    """`source` as a regular expression with a named group per field; None when a field has
    a format spec (its value could not be formatted again from the text)."""
    parts, seen = [], set()
    for literal, field, spec, conversion in string.Formatter().parse(source):
        parts.append(re.escape(literal))
        if field is None:
            continue
        if spec or conversion or not field.isidentifier():
            return None
        parts.append(f"(?P={field})" if field in seen else f"(?P<{field}>.+?)")
        seen.add(field)
    return re.compile("".join(parts), re.DOTALL)


def _match(text: str, ids: Iterable[M]) -> Message | None:
    for id in ids:
        for source in id.forms:
            found = _pattern(source)
            hit = found.fullmatch(text) if found else None
            if hit:
                params = {k: int(v) if v.isdigit() else v for k, v in hit.groupdict().items()}
                message = Message(id, **params)
                if message == text:  # a plural form matched with the other form's count
                    return message
    return None


def recognize(text: str) -> Message | None:
    """The Message an English `text` kept by the store was made from, when one of STORED fits
    it whole (optionally followed by ApiError's "[code] (HTTP n)"); None otherwise."""
    found = _match(text, STORED)
    if found is None and (split := _API_DETAIL.fullmatch(text)) and split["detail"]:
        head = _match(split["message"], STORED)
        if head is not None:
            found = Message(ApiMsg.API_ERROR_DETAIL, message=head, detail=split["detail"])
    return found


def _data(text: str | None) -> str | None:
    found = recognize(text) if text else None
    return json.dumps(to_data(found), ensure_ascii=False) if found is not None else None


def migrate_texts(conn: sqlite3.Connection) -> None:
    """Fill error_data and note_data for the rows whose English text a template fits."""
    rows = conn.execute("SELECT local_id, error_message, note FROM tasks "
                        "WHERE error_message IS NOT NULL OR note IS NOT NULL").fetchall()
    for local_id, error, note in rows:
        error_data, note_data = _data(error), _data(note)
        if error_data is not None or note_data is not None:
            conn.execute("UPDATE tasks SET error_data = ?, note_data = ? WHERE local_id = ?",
                         (error_data, note_data, local_id))
