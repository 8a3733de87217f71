"""Matching a lost submission: model, both sides of each time bound, length, ties, known ids."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.task_list import TaskListItem
from app.core.task_match import (
    EARLY_S,
    LATE_S,
    TIE_S,
    Submission,
    candidates,
    clear_choice,
    fits,
    past_window,
)

MODEL = "seedance-2.0-fast-text-to-video"
SENT = 1_767_000_000.4
SUB = Submission(MODEL, SENT, 5)


def item(offset: float = 0.0, **over: Any) -> TaskListItem:
    data: dict[str, Any] = {"id": f"task-{offset}", "status": "pending", "model": MODEL,
                            "type": "video", "created_at": int(SENT + offset)}
    data.update(over)
    return TaskListItem.model_validate(data)


@pytest.mark.parametrize(("offset", "inside"), [
    (-EARLY_S + 1, True), (-EARLY_S - 1, False),  # the early bound, both sides
    (LATE_S - 1, True), (LATE_S + 1, False),  # the late bound, both sides
    (0, True)])
def test_the_time_window(offset: float, inside: bool) -> None:
    assert fits(SUB, item(offset)) is inside


def test_model_type_and_length_must_agree_when_given() -> None:
    assert not fits(SUB, item(model="seedance-2.0-text-to-video"))
    assert fits(SUB, item(model=None))  # a list filtered by model may leave it out
    assert not fits(SUB, item(type="image"))
    assert fits(SUB, item(type=None))
    assert fits(SUB, item(task_info={"video_duration": 5}))
    assert not fits(SUB, item(task_info={"video_duration": 6}))
    assert not fits(SUB, item(duration=4))
    assert fits(Submission(MODEL, SENT, None), item(duration=4))
    assert not fits(SUB, item(created_at=None))


def test_candidates_closest_first_known_and_repeated_ids_left_out() -> None:
    far, near, known = item(200, id="far"), item(-3, id="near"), item(0, id="known")
    found = candidates(SUB, [far, known, near, near, item(LATE_S + 5)], {"known"})
    assert [c.item.id for c in found] == ["near", "far"]
    assert found[0].offset_s == pytest.approx(-3.4)
    assert found[0].distance_s == pytest.approx(3.4)


def test_a_single_candidate_is_a_clear_choice() -> None:
    [only] = candidates(SUB, [item(30)])
    assert clear_choice([only]) is only
    assert clear_choice([]) is None


def test_the_closest_is_clear_only_when_no_other_is_equally_close() -> None:
    near = item(1, id="near")
    clearly_further = item(1 + TIE_S + 1.5, id="further")
    found = candidates(SUB, [near, clearly_further])
    assert clear_choice(found) is not None and clear_choice(found).item.id == "near"  # type: ignore[union-attr]
    tied = candidates(SUB, [item(1, id="a"), item(1, id="b")])
    assert clear_choice(tied) is None
    almost = candidates(SUB, [item(1, id="a"), item(1 + TIE_S - 1, id="b")])
    assert clear_choice(almost) is None
    # Equally far on either side of the moment it was sent is a tie too.
    both_sides = candidates(SUB, [item(-10, id="before"), item(11, id="after")])
    assert clear_choice(both_sides) is None


def test_past_window_tells_when_to_stop_reading_pages() -> None:
    assert past_window(SUB, item(-EARLY_S - 2))
    assert not past_window(SUB, item(-EARLY_S + 2))
    assert not past_window(SUB, item(created_at=None))
