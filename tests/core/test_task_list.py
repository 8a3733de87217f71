"""The light task list: light items, older and full shapes, junk, pages; queued/running."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.models import TaskStatus, parse_task
from app.core.task_list import TaskListItem, TaskPage, parse_item, parse_task_page

LIGHT: dict[str, Any] = {
    "id": "task-unified-1767000000-abcd1234", "status": "processing",
    "model": "seedance-2.0-fast-text-to-video", "type": "video", "progress": 40,
    "created_at": 1767000000, "credits_used": 0, "has_results": False, "has_error": False}


def test_a_light_item_is_read_as_served() -> None:
    item = parse_item(LIGHT)
    assert item is not None
    assert (item.id, item.status, item.model, item.type, item.progress) == (
        LIGHT["id"], TaskStatus.PROCESSING, LIGHT["model"], "video", 40)
    assert item.created_at == 1767000000 and item.credits_used == 0
    assert item.has_results is False and item.has_error is False
    assert item.duration_s is None  # light items say nothing of the clip's length


@pytest.mark.parametrize(("given", "expected"), [
    ({"created": 1767000005}, 1767000005),  # the older field name
    ({"created_at": "1767000006"}, 1767000006),
    ({"created_at": 1767000007123}, 1767000007),  # milliseconds
    ({"created_at": "2026-12-29T09:20:00Z"}, 1798536000),
    ({"created_at": "yesterday"}, None),
    ({"created_at": True}, None),
    ({"created_at": None, "created": 1767000009}, 1767000009),
])
def test_creation_time_in_any_shape(given: dict[str, Any], expected: int | None) -> None:
    data = {k: v for k, v in LIGHT.items() if k != "created_at"} | given
    item = parse_item(data)
    assert item is not None and item.created_at == expected


def test_a_full_task_object_is_read_too() -> None:
    full = {"id": "task-unified-1-x", "status": "completed", "model": "m", "created": 100,
            "progress": 100, "task_info": {"video_duration": 8, "estimated_time": 0},
            "usage": {"credits_reserved": 40.5, "credits_used": 40.5},
            "results": ["https://cdn.example/x.mp4"]}
    item = parse_item(full)
    assert item is not None
    assert (item.created_at, item.duration_s, item.credits_used, item.credits_reserved) == (
        100, 8, 40.5, 40.5)
    assert item.has_results is True and item.has_error is False
    failed = parse_item({"id": "t", "status": "failed", "error": {"code": "x"}})
    assert failed is not None and failed.has_error is True


def test_junk_fields_read_as_missing_and_idless_items_are_skipped() -> None:
    item = parse_item({"id": "t", "status": 7, "progress": "lots", "credits_used": "NaN",
                       "has_results": "yes", "model": ["m"]})
    assert item is not None
    assert item.status is TaskStatus.UNKNOWN and item.progress is None
    assert item.credits_used is None and item.has_results is None and item.model is None
    for bad in ({"status": "pending"}, {"id": ""}, {"id": 5}, "task", None):
        assert parse_item(bad) is None


@pytest.mark.parametrize(("word", "status"), [
    ("queued", TaskStatus.PENDING), ("running", TaskStatus.PROCESSING),
    ("QUEUED ", TaskStatus.PENDING), ("pending", TaskStatus.PENDING),
    ("sleeping", TaskStatus.UNKNOWN)])
def test_queued_and_running_are_pending_and_processing(word: str, status: TaskStatus) -> None:
    assert TaskStatus.parse(word) is status
    assert parse_task({"id": "t", "status": word}).status is status
    assert TaskListItem.model_validate({"id": "t", "status": word}).status is status


def test_a_page_with_its_total() -> None:
    page = parse_task_page({"data": [LIGHT, {"no": "id"}, LIGHT | {"id": "t2"}], "total": 41,
                            "page": 2, "page_size": 20}, page=2, page_size=20)
    assert [i.id for i in page.items] == [LIGHT["id"], "t2"]
    assert (page.total, page.page, page.page_size) == (41, 2, 20)
    assert page.is_last  # a short page


def test_page_shapes_and_when_the_list_ends() -> None:
    items = [LIGHT | {"id": f"t{i}"} for i in range(2)]
    for shape in ({"data": {"items": items}}, {"data": {"tasks": items}}, items):
        page = parse_task_page(shape, page=1, page_size=2)
        assert len(page.items) == 2 and page.total is None and not page.is_last
    assert parse_task_page({"data": items, "total": 2}, page=1, page_size=2).is_last
    assert not parse_task_page({"data": items, "total": 3}, page=1, page_size=2).is_last
    # What was asked stands in for an answer that omits or garbles its own page numbers.
    odd = parse_task_page({"data": items, "page": "x", "page_size": -1, "total": -3},
                          page=4, page_size=2)
    assert (odd.page, odd.page_size, odd.total) == (4, 2, None)
    assert parse_task_page("nonsense", page=1, page_size=20) == TaskPage((), None, 1, 20)


def test_an_item_becomes_a_task_for_the_store() -> None:
    item = parse_item(LIGHT | {"status": "completed", "credits_used": 22.5, "progress": 140})
    assert item is not None
    task = item.as_task()
    assert (task.id, task.status, task.model, task.progress) == (
        LIGHT["id"], TaskStatus.COMPLETED, LIGHT["model"], 100)
    assert task.usage is not None and task.usage.credits_used == 22.5
    assert task.result_urls == []  # the next poll brings them
