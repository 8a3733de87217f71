"""The sequence model: trims on the frame grid, order operations, what is missing, links."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.core.models import GenerationRequest
from app.core.sequence import (
    ClipRef,
    Continuity,
    LinkKind,
    Missing,
    Sequence,
    Shot,
)

REQ = GenerationRequest(model="seedance-2.0-text-to-video", prompt="a cat")


def clip(name: str = "a", seconds: float = 5.0, fps: float = 24.0) -> ClipRef:
    return ClipRef(path=f"/clips/{name}.mp4", sha256=name * 8, size=1000, duration_s=seconds,
                   fps=fps, width=1280, height=720, has_audio=True)


def test_trims_snap_to_the_clips_frames() -> None:
    shot = Shot(clip=clip(fps=30), trim_in_s=0.51, trim_out_s=2.0)
    assert shot.frames() == (15, 60)
    assert shot.in_s == pytest.approx(0.5)
    assert shot.trimmed_s == pytest.approx(1.5)


def test_an_out_point_past_the_end_stops_at_the_end() -> None:
    shot = Shot(clip=clip(seconds=2.0), trim_out_s=9.0)
    assert shot.out_s == pytest.approx(2.0)
    assert Shot(clip=clip(seconds=2.0)).trimmed_s == pytest.approx(2.0)


def test_a_shot_keeps_at_least_one_frame() -> None:
    shot = Shot(clip=clip(seconds=1.0), trim_in_s=5.0)
    assert shot.frames() == (23, 24)


def test_bad_shots_are_refused() -> None:
    with pytest.raises(ValidationError):
        Shot()
    with pytest.raises(ValidationError):
        Shot(clip=clip(), trim_in_s=2.0, trim_out_s=1.0)
    with pytest.raises(ValidationError):
        Continuity(kind=LinkKind.CHOSEN_FRAME)


def _three() -> Sequence:
    return Sequence(shots=(Shot(id="a", clip=clip("a", 4)), Shot(id="b", clip=clip("b", 5)),
                           Shot(id="c", clip=clip("c", 6))))


def test_move_remove_duplicate() -> None:
    seq = _three()
    assert [s.id for s in seq.move(0, 2).shots] == ["b", "c", "a"]
    assert [s.id for s in seq.move(2, 0).shots] == ["c", "a", "b"]
    assert [s.id for s in seq.move(1, 99).shots] == ["a", "c", "b"]
    assert [s.id for s in seq.remove(1).shots] == ["a", "c"]
    dup = seq.duplicate(0)
    assert [s.clip for s in dup.shots][:2] == [seq.shots[0].clip] * 2
    assert dup.shots[1].id != "a" and len(dup.shots) == 4
    assert [s.id for s in seq.shots] == ["a", "b", "c"]  # the original is unchanged
    with pytest.raises(IndexError):
        seq.remove(3)


def test_duration_sums_the_trims() -> None:
    seq = _three().replace(1, Shot(id="b", clip=clip("b", 5), trim_in_s=1, trim_out_s=3))
    assert seq.duration_s == pytest.approx(4 + 2 + 6)


def test_missing_lists_drafts_and_what_waits_for_them() -> None:
    link = Continuity(kind=LinkKind.LAST_FRAME)
    seq = Sequence(shots=(Shot(clip=clip("a")), Shot(request=REQ, link=link),
                          Shot(request=REQ, link=Continuity(kind=LinkKind.CONTINUE)),
                          Shot(request=REQ)))
    assert [(g.index, g.why) for g in seq.missing()] == [
        (1, Missing.DRAFT), (2, Missing.WAITS), (3, Missing.DRAFT)]
    assert seq.duration_s == pytest.approx(5.0)
    assert _three().missing() == []


def test_a_replaced_previous_take_is_noticed() -> None:
    link = Continuity(kind=LinkKind.LAST_FRAME, source_sha256=clip("a").sha256)
    seq = Sequence(shots=(Shot(clip=clip("a")), Shot(request=REQ, link=link)))
    assert seq.changed_links() == []
    retaken = seq.replace(0, Shot(clip=clip("z")))
    assert retaken.changed_links() == [1]
    assert seq.move(1, 0).changed_links() == [0]  # now first: nothing before it


def test_json_round_trip_keeps_everything() -> None:
    link = Continuity(kind=LinkKind.CHOSEN_FRAME, frame_time_s=2.5, source_sha256="x")
    seq = _three().add(Shot(request=REQ, link=link), 1)
    back = Sequence.model_validate_json(seq.model_dump_json())
    assert back == seq
    assert back.schema_version == 1
