"""The gateway's error answers, read from real-shaped bodies: int or string codes, detail fields
inside or beside `error`, request ids, garbage; and each account refusal's own sentence."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Any

import pytest

from app.core import api_facts
from app.core.catalog import AccountMsg
from app.core.gateway_errors import (
    AccountProblem,
    account_message,
    next_daily_reset,
    not_created,
    parse_gateway_error,
    vet_action_url,
)

P = AccountProblem


def test_documented_envelope_with_integer_code() -> None:
    err = parse_gateway_error({"error": {"code": 402, "message": "Insufficient credits",
                                         "type": "insufficient_quota_error", "param": "model",
                                         "fallback_suggestion": "top up"}}, status=402)
    assert err is not None
    assert (err.http_code, err.code, err.type) == (402, None, "insufficient_quota_error")
    assert (err.param, err.fallback_suggestion) == ("model", "top up")
    assert not err.admission_refused  # no string code: nothing certain about the cause
    assert err.problem is None


@pytest.mark.parametrize(("code", "status", "problem"), [
    ("insufficient_quota", 402, P.BALANCE), ("insufficient_user_quota", 402, P.BALANCE),
    ("quota_not_enough", 402, P.BALANCE), ("ACCOUNT_BALANCE_INSUFFICIENT", 402, P.BALANCE),
    ("insufficient_token_quota", 402, P.KEY_LIMIT), ("KEY_QUOTA_EXHAUSTED", 402, P.KEY_LIMIT),
    ("token_daily_quota_exceeded", 402, P.KEY_DAILY_LIMIT),
    ("key_daily_quota_exhausted", 402, P.KEY_DAILY_LIMIT),
    ("KEY_DISABLED", 401, P.KEY_DISABLED), ("key_disabled", 402, P.KEY_DISABLED),
    ("KEY_EXPIRED", 401, P.KEY_EXPIRED), ("key_expired", 402, P.KEY_EXPIRED),
    ("KEY_MODEL_NOT_ALLOWED", 403, P.MODEL_NOT_ALLOWED), ("user_disabled", 401,
                                                          P.ACCOUNT_DISABLED),
    ("insufficient_token_quota", 403, P.KEY_LIMIT),  # the code decides, whatever the status
])
def test_string_codes_decide_whatever_the_case_or_status(code: str, status: int,
                                                         problem: AccountProblem) -> None:
    err = parse_gateway_error({"error": {"code": code, "type": "insufficient_quota"}},
                              status=status)
    assert err is not None
    assert err.code == code.lower()
    assert err.problem is problem
    assert err.admission_refused
    assert account_message(err) is not None


@pytest.mark.parametrize("code", ["idempotency_conflict", "paid_outcome_unknown",
                                  "invalid_parameters", "content_policy_violation",
                                  "invalid_media_url", "internal_error"])
def test_other_codes_are_not_admission_refusals(code: str) -> None:
    err = parse_gateway_error({"error": {"code": code, "message": "m"}}, status=400)
    assert err is not None and not err.admission_refused and err.problem is None


def test_detail_fields_inside_error() -> None:
    err = parse_gateway_error({"error": {
        "code": "insufficient_quota", "message": "no (request id: req_1)",
        "estimated_credits": 13.6, "account_balance_credits": "3.4",
        "action_url": "/dashboard/credits", "request_id": "req_body",
        "limit_scope": "account"}}, status=402, headers={"x-request-id": "req_header"})
    assert err is not None
    assert err.message == "no"  # the id suffix is kept apart, not shown twice
    assert (err.estimated_credits, err.account_balance_credits) == (13.6, 3.4)
    assert err.action_url == "https://evolink.ai/dashboard/credits"
    assert err.request_id == "req_body"  # the body's id wins over the header's
    assert err.limit_scope == "account"
    assert account_message(err) == ("Your account's credit balance is too low: this request "
                                    "needs about 13.6 credits and 3.4 remain")


def test_detail_fields_beside_error_and_the_oneapi_header() -> None:
    err = parse_gateway_error({"error": {"code": "key_daily_quota_exhausted"},
                               "reset_timezone": "Asia/Shanghai",
                               "action_url": "https://evolink.ai/dashboard/keys"},
                              status=402, headers={"x-oneapi-request-id": "one-7"})
    assert err is not None
    assert err.reset_timezone == "Asia/Shanghai"
    assert err.action_url == "https://evolink.ai/dashboard/keys"
    assert err.request_id == "one-7"


def test_file_service_and_oauth_shapes() -> None:
    files = parse_gateway_error({"success": False, "code": 413, "msg": "file too large"},
                                status=413)
    assert files is not None and (files.http_code, files.message) == (413, "file too large")
    oauth = parse_gateway_error({"error": "invalid_token", "error_description": "expired"},
                                status=401)
    assert oauth is not None and (oauth.code, oauth.message) == ("invalid_token", "expired")


@pytest.mark.parametrize("body", [None, "plain text", [], 42, {}, {"error": None},
                                  {"error": []}, {"error": {"code": {}, "message": 7}},
                                  {"error": {"code": True, "estimated_credits": "n/a",
                                             "account_balance_credits": float("nan"),
                                             "action_url": "javascript:alert(1)"}}])
def test_garbage_is_read_as_missing_never_raised(body: object) -> None:
    err = parse_gateway_error(body, status=402)
    assert err is not None and err.status == 402
    assert err.code is None and err.estimated_credits is None and err.action_url is None
    if not isinstance(body, dict) or not body.get("error"):
        assert parse_gateway_error(body, status=200) is None


def test_a_success_body_is_no_error() -> None:
    assert parse_gateway_error({"id": "task-unified-1-a", "status": "pending"}, status=200) is None


def test_fuzzed_bodies_never_raise() -> None:
    rng = random.Random(20261202)
    values: list[Any] = [None, "", "x" * 3000, 3, -1.5, float("inf"), True, [], {},
                         "KEY_EXPIRED", "https://evolink.ai/x", "Asia/Shanghai", "Mars/Olympus"]
    names = ["code", "message", "type", "param", "action_url", "estimated_credits",
             "account_balance_credits", "reset_timezone", "request_id", "limit_scope"]
    for _ in range(2000):
        inner = {n: rng.choice(values) for n in rng.sample(names, rng.randint(0, len(names)))}
        body: Any = rng.choice([{"error": inner}, {"error": inner, **inner}, inner,
                                {"success": False, **inner}])
        err = parse_gateway_error(body, status=rng.choice([400, 401, 402, 403, 500]))
        assert err is not None
        assert err.message is None or len(err.message) <= api_facts.ERROR_MESSAGE_MAX_CHARS
        assert err.action_url is None or err.action_url.startswith("https://")
        account_message(err, now=datetime(2026, 12, 2, tzinfo=UTC))


@pytest.mark.parametrize(("url", "vetted"), [
    ("https://evolink.ai/dashboard/keys", "https://evolink.ai/dashboard/keys"),
    ("https://www.evolink.ai/dashboard", "https://www.evolink.ai/dashboard"),
    ("/dashboard/credits", "https://evolink.ai/dashboard/credits"),
    ("http://evolink.ai/dashboard", None), ("//evil.example/x", None),
    ("https://evolink.ai.evil.example/x", None), ("https://user@evolink.ai/x", None),
    ("https://evil.example/evolink.ai", None), ("ftp://evolink.ai/x", None), ("", None),
])
def test_only_https_links_on_the_account_site_are_offered(url: str, vetted: str | None) -> None:
    assert vet_action_url(url) == vetted


def test_each_refusal_has_its_own_sentence() -> None:
    def sentence(code: str, **details: Any) -> str:
        err = parse_gateway_error({"error": {"code": code, **details}}, status=402)
        assert err is not None
        found = account_message(err, now=datetime(2026, 12, 2, 10, 0, tzinfo=UTC))
        assert found is not None
        return found

    texts = {sentence(c) for c in ("insufficient_quota", "key_quota_exhausted",
                                   "key_daily_quota_exhausted", "key_disabled", "key_expired",
                                   "key_model_not_allowed", "user_disabled")}
    assert len(texts) == 7
    assert (
        sentence("insufficient_quota", estimated_credits=40).id
        is AccountMsg.ACCOUNT_BALANCE_LOW_NEEDS
    )
    assert sentence("insufficient_quota", account_balance_credits=2).id is \
        AccountMsg.ACCOUNT_BALANCE_LOW_HAS
    assert sentence("key_daily_quota_exhausted", reset_timezone="Mars/Olympus") == (
        "This API key has used up its daily limit; it resets at midnight Mars/Olympus")


def test_the_daily_reset_is_the_next_midnight_in_the_given_zone() -> None:
    now = datetime(2026, 12, 2, 17, 30, tzinfo=UTC)  # already 01:30 on the 3rd in Shanghai
    reset = next_daily_reset("Asia/Shanghai", now)
    assert reset is not None
    assert reset.astimezone(UTC) == datetime(2026, 12, 3, 16, 0, tzinfo=UTC)
    err = parse_gateway_error({"error": {"code": "key_daily_quota_exhausted",
                                         "reset_timezone": "Asia/Shanghai"}}, status=402)
    assert err is not None
    local = reset.astimezone().strftime("%H:%M")
    assert account_message(err, now=now) == (
        "This API key has used up its daily limit; it resets at 00:00 Asia/Shanghai "
        f"({local} your time)")
    assert next_daily_reset("Not/AZone", now) is None


def test_not_created_says_so_only_with_the_reason() -> None:
    err = parse_gateway_error({"error": {"code": "key_disabled"}}, status=401)
    assert err is not None
    reason = account_message(err)
    assert reason is not None
    said = not_created(reason)
    assert said.id is AccountMsg.NOT_CREATED and said.params["reason"] is reason
    assert said.endswith("No task was created and nothing was charged")
