"""Parsing of the server's answers, from the documented shapes (api docs + api-notes.md).

[doc] shapes must parse exactly; [seen] variants must parse too; anything else must give a Task
or MalformedResponse, never another exception (checked with hypothesis).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.models import (
    Credits,
    ErrorInfo,
    MalformedResponse,
    Task,
    TaskStatus,
    parse_credits,
    parse_error,
    parse_task,
)

# The response example of POST /v1/videos/generations, copied from the doc.
DOC_CREATE_RESPONSE = json.loads("""
{
  "created": 1761313744,
  "id": "task-unified-1774857405-abc123",
  "model": "seedance-2.0-text-to-video",
  "object": "video.generation.task",
  "progress": 0,
  "status": "pending",
  "task_info": {
    "can_cancel": true,
    "estimated_time": 165,
    "video_duration": 8
  },
  "type": "video",
  "usage": {
    "billing_rule": "per_second",
    "credits_reserved": 50,
    "user_group": "default"
  }
}
""")

# api-notes.md, GET /v1/credits [doc]
DOC_CREDITS = json.loads("""
{"success": true, "data": {"user": {"remaining_credits": 1095.39, "used_credits": 135.90},
"token": {"remaining_credits": 99416.44, "unlimited_credits": false, "used_credits": 583.55}}}
""")

TASK_ID = "task-unified-1774857405-abc123"
CLIP = "https://cdn.example.com/x.mp4"


def test_documented_create_response() -> None:
    task = parse_task(DOC_CREATE_RESPONSE)
    assert task.id == TASK_ID
    assert task.model == "seedance-2.0-text-to-video"
    assert task.object == "video.generation.task"
    assert task.status is TaskStatus.PENDING
    assert task.progress == 0
    assert task.created == 1761313744
    assert task.type == "video"
    assert task.task_info is not None
    assert task.task_info.can_cancel is True
    assert task.task_info.estimated_time == 165
    assert task.task_info.video_duration == 8
    assert task.estimated_time == 165
    assert task.usage is not None
    assert task.usage.billing_rule == "per_second"
    assert task.usage.credits_reserved == 50
    assert task.usage.user_group == "default"
    assert task.credits_reserved == 50
    assert task.results == []
    assert task.result_urls == []
    assert task.error is None


def test_completed_with_results_doc() -> None:
    # api-notes [doc]: {"id":…,"status":"completed","progress":100,"results":["https://…/x.mp4"]}
    task = parse_task({"id": TASK_ID, "status": "completed", "progress": 100, "results": [CLIP]})
    assert task.status is TaskStatus.COMPLETED
    assert task.progress == 100
    assert task.result_urls == [CLIP]


def test_completed_with_result_data_seen() -> None:
    # api-notes [seen]: "Some task types use result_data: [{"video_url": …}] instead"
    task = parse_task({"id": TASK_ID, "status": "completed", "progress": 100,
                       "result_data": [{"video_url": CLIP}]})
    assert task.result_urls == [CLIP]


def test_completed_with_both_shapes_is_deduplicated() -> None:
    task = parse_task({"id": TASK_ID, "status": "completed", "results": [CLIP],
                       "result_data": [{"video_url": CLIP}]})
    assert task.result_urls == [CLIP]


def test_completed_usage_seen_fields() -> None:
    # api-notes [seen]: "a completed task may carry usage.credits_used or usage.cost"
    task = parse_task({"id": TASK_ID, "status": "completed",
                       "usage": {"credits_used": 44.5, "cost": 44.5}})
    assert task.usage is not None
    assert task.usage.credits_used == 44.5
    assert task.usage.cost is not None and task.usage.cost.credits == 44.5


def test_failed_with_string_code() -> None:
    # api-notes [doc]: "Failed: HTTP 200 with status: "failed" and error: {code, message}"
    task = parse_task({"id": TASK_ID, "status": "failed",
                       "error": {"code": "content_policy_violation", "message": "Blocked."}})
    assert task.status is TaskStatus.FAILED
    assert task.error is not None
    assert task.error.code == "content_policy_violation"
    assert task.error.message == "Blocked."


def test_failed_with_int_code() -> None:
    # api-notes [seen]: "code is a string in the docs and an integer in other sources"
    task = parse_task({"id": TASK_ID, "status": "failed",
                       "error": {"code": 500, "message": "service_error"}})
    assert task.error is not None
    assert task.error.code == "500"
    assert task.error.message == "service_error"


def test_unknown_fields_are_kept() -> None:
    task = parse_task({**DOC_CREATE_RESPONSE, "region": "sg", "queue": {"position": 3}})
    assert task.model_extra is not None
    assert task.model_extra["region"] == "sg"
    assert task.model_extra["queue"] == {"position": 3}


def test_unknown_fields_in_sub_objects_are_kept() -> None:
    data = {**DOC_CREATE_RESPONSE,
            "task_info": {**DOC_CREATE_RESPONSE["task_info"], "queue_position": 2}}
    task = parse_task(data)
    assert task.task_info is not None
    assert task.task_info.model_extra == {"queue_position": 2}


def test_only_an_id_is_enough() -> None:
    task = parse_task({"id": TASK_ID})
    assert task.status is TaskStatus.UNKNOWN
    assert task.progress == 0
    assert task.task_info is None
    assert task.usage is None
    assert task.estimated_time is None
    assert task.credits_reserved is None
    assert task.result_urls == []


def test_missing_optional_fields_each() -> None:
    for key in DOC_CREATE_RESPONSE:
        if key == "id":
            continue
        data = {k: v for k, v in DOC_CREATE_RESPONSE.items() if k != key}
        assert parse_task(data).id == TASK_ID


def test_unknown_status_is_unknown() -> None:
    assert parse_task({"id": TASK_ID, "status": "queued_for_gpu"}).status is TaskStatus.UNKNOWN
    assert parse_task({"id": TASK_ID, "status": 3}).status is TaskStatus.UNKNOWN
    assert parse_task({"id": TASK_ID, "status": None}).status is TaskStatus.UNKNOWN


def test_cancelled_parses() -> None:
    # api-notes [seen]: "cancelled also occurs: treat it as terminal"
    assert parse_task({"id": TASK_ID, "status": "cancelled"}).status is TaskStatus.CANCELLED


def test_all_documented_statuses() -> None:
    for s in ("pending", "processing", "completed", "failed"):
        assert parse_task({"id": TASK_ID, "status": s}).status == s


def test_junk_in_optional_fields_reads_as_missing() -> None:
    task = parse_task({"id": TASK_ID, "progress": "lots", "task_info": "soon", "usage": [1],
                       "results": "https://x", "error": 7, "created": "yesterday"})
    assert task.progress == 0
    assert task.task_info is None
    assert task.usage is None
    assert task.results == []
    assert task.error is None
    assert task.created is None


def test_progress_is_clamped_to_documented_range() -> None:
    # doc: progress "Required range: 0 <= x <= 100"
    assert parse_task({"id": TASK_ID, "progress": 150}).progress == 100
    assert parse_task({"id": TASK_ID, "progress": -5}).progress == 0


@pytest.mark.parametrize("data", [{}, {"id": ""}, {"id": None}, {"id": 5}, {"status": "pending"},
                                  [], "x", None])
def test_no_id_is_malformed(data: object) -> None:
    with pytest.raises(MalformedResponse):
        parse_task(data)


# --- error envelope --------------------------------------------------------------------------

def test_error_envelope_string_code() -> None:
    # api-notes [doc]: {"error": {"code": …, "message": "…", "type": "…", "param": "…"}}
    err = parse_error({"error": {"code": "insufficient_quota", "message": "Not enough credits",
                                 "type": "billing_error", "param": "model"}})
    assert err == ErrorInfo(code="insufficient_quota", message="Not enough credits",
                            type="billing_error", param="model")


def test_error_envelope_int_code_and_fallback() -> None:
    # api-notes [seen]: int code; "An optional fallback_suggestion may be present"
    err = parse_error({"error": {"code": 402, "message": "Insufficient credits",
                                 "fallback_suggestion": "top up"}})
    assert err is not None
    assert err.code == "402"
    assert err.message == "Insufficient credits"
    assert err.fallback_suggestion == "top up"


def test_error_file_service_shape() -> None:
    # api-notes [doc]: file-service errors as {"success": false, "code": …, "msg": "…"}
    err = parse_error({"success": False, "code": 413, "msg": "File too large"})
    assert err is not None
    assert err.code == "413"
    assert err.message == "File too large"


def test_not_an_error() -> None:
    assert parse_error({"success": True, "code": 200, "msg": "ok", "data": {}}) is None
    assert parse_error(DOC_CREATE_RESPONSE) is None
    assert parse_error(None) is None
    assert parse_error("Bad Gateway") is None


# --- credits ---------------------------------------------------------------------------------

def test_documented_credits() -> None:
    assert parse_credits(DOC_CREDITS) == Credits(
        user_remaining=1095.39, user_used=135.90, token_remaining=99416.44,
        token_used=583.55, token_unlimited=False)


@pytest.mark.parametrize("data", [{}, {"success": True}, {"data": []}, None, [1]])
def test_credits_without_data_is_malformed(data: object) -> None:
    with pytest.raises(MalformedResponse):
        parse_credits(data)


# --- any JSON value --------------------------------------------------------------------------

JSON_SCALARS = (st.none() | st.booleans() | st.integers() | st.integers(-10**400, 10**400)
                | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=20))
JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=4),
    max_leaves=12,
)
TASK_FIELDS = ("created", "model", "object", "progress", "status", "task_info", "type", "usage",
               "results", "result_data", "error")
SUB_FIELDS = {
    "task_info": ("can_cancel", "estimated_time", "video_duration"),
    "usage": ("billing_rule", "credits_reserved", "user_group", "credits_used", "cost"),
    "error": ("code", "message", "type", "param", "fallback_suggestion"),
}


@st.composite
def task_like(draw: st.DrawFn) -> dict[str, Any]:
    """A dict around an "id" with arbitrary values for every documented field."""
    data: dict[str, Any] = {"id": draw(st.text(max_size=30) | JSON)}
    for key in TASK_FIELDS:
        if draw(st.booleans()):
            if key in SUB_FIELDS and draw(st.booleans()):
                data[key] = {k: draw(JSON) for k in SUB_FIELDS[key] if draw(st.booleans())}
            elif key == "result_data" and draw(st.booleans()):
                data[key] = draw(st.lists(st.dictionaries(
                    st.sampled_from(["video_url", "url", "other"]), JSON, max_size=3), max_size=3))
            else:
                data[key] = draw(JSON)
    return data


@st.composite
def credits_like(draw: st.DrawFn) -> object:
    part = st.fixed_dictionaries({}, optional={
        "remaining_credits": JSON, "used_credits": JSON, "unlimited_credits": JSON})
    inner = st.fixed_dictionaries({}, optional={"user": part | JSON, "token": part | JSON})
    return draw(st.fixed_dictionaries({}, optional={"success": JSON, "data": inner | JSON}))


@settings(max_examples=300, deadline=None)
@given(st.one_of(JSON, task_like()))
def test_parse_task_never_crashes(data: object) -> None:
    try:
        task = parse_task(data)
    except MalformedResponse:
        return
    assert isinstance(task, Task)
    assert 0 <= task.progress <= 100
    assert isinstance(task.status, TaskStatus)
    assert all(isinstance(u, str) for u in task.result_urls)


@settings(max_examples=300, deadline=None)
@given(st.one_of(JSON, task_like(), st.fixed_dictionaries({"error": JSON}),
                 st.fixed_dictionaries({"success": st.just(False), "code": JSON, "msg": JSON})))
def test_parse_error_never_raises(data: object) -> None:
    err = parse_error(data)
    assert err is None or isinstance(err, ErrorInfo)


@settings(max_examples=300, deadline=None)
@given(st.one_of(JSON, credits_like()))
def test_parse_credits_never_crashes(data: object) -> None:
    try:
        credits = parse_credits(data)
    except MalformedResponse:
        return
    assert isinstance(credits, Credits)


# Python's json module reads any integer literal, however long: such values must not escape
# as OverflowError (float()) or ValueError (int -> str digit limit).
HUGE = 10**400
ENORMOUS = 10**5000


def test_huge_numbers_in_a_task() -> None:
    task = parse_task({"id": TASK_ID, "progress": HUGE, "created": HUGE,
                       "task_info": {"estimated_time": HUGE}, "usage": {"credits_reserved": HUGE},
                       "model": ENORMOUS, "error": {"code": ENORMOUS}})
    assert task.progress == 0  # junk reads as missing
    assert task.created is None
    assert task.estimated_time is None


def test_huge_numbers_in_credits_and_errors() -> None:
    credits = parse_credits({"data": {"user": {"remaining_credits": HUGE}}})
    assert credits.user_remaining is None
    err = parse_error({"error": {"code": ENORMOUS, "message": "x"}})
    assert err is not None
    assert err.message == "x"
    assert parse_error({"success": False, "code": ENORMOUS, "msg": HUGE}) is not None


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["progress", "created", "estimated_time", "credits_reserved", "code"]),
       st.integers(10**300, 10**600) | st.integers(-(10**600), -(10**300)))
def test_parse_task_big_ints_in_numeric_fields(key: str, value: int) -> None:
    sub = {"estimated_time": "task_info", "credits_reserved": "usage", "code": "error"}
    data: dict[str, Any] = ({"id": TASK_ID, sub[key]: {key: value}} if key in sub
                            else {"id": TASK_ID, key: value})
    assert isinstance(parse_task(data), Task)
