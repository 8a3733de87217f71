"""Export geometry and frame arithmetic: rectangles inside, even sides, whole-film rounding."""

from __future__ import annotations

import pytest

from app.core.film_plan import PRESETS, Fit, even, place, plan_film, target_size
from app.core.sequence import ClipRef, Sequence, Shot


def clip(seconds: float, fps: float = 24.0, size: tuple[int, int] = (1280, 720)) -> ClipRef:
    return ClipRef(path="/x.mp4", sha256="0" * 64, size=1, duration_s=seconds, fps=fps,
                   width=size[0], height=size[1])


def _inside(p: object) -> None:
    from app.core.film_plan import Placement
    assert isinstance(p, Placement)
    (tw, th), (sw, sh), (x, y) = p.target, p.scaled, p.at
    assert x >= 0 and y >= 0 and x + sw <= tw and y + sh <= th
    assert all(v % 2 == 0 for v in (sw, sh, x, y))


@pytest.mark.parametrize(("source", "target", "scaled", "at"), [
    ((1280, 720), (1920, 1080), (1920, 1080), (0, 0)),
    ((720, 1280), (1280, 720), (404, 720), (438, 0)),  # pillarbox
    ((1280, 720), (720, 1280), (720, 404), (0, 438)),  # letterbox
    ((160, 90), (864, 496), (864, 486), (0, 4)),
    ((1001, 999), (640, 640), (640, 638), (0, 0)),
])
def test_letterbox(source: tuple[int, int], target: tuple[int, int],
                   scaled: tuple[int, int], at: tuple[int, int]) -> None:
    p = place(source, target, Fit.LETTERBOX)
    assert p.scaled == scaled and p.at == at and p.target == target
    _inside(p)


def test_centre_crop_fills_the_frame() -> None:
    p = place((1280, 720), (720, 1280), Fit.CROP)
    assert p.scaled == (720, 1280) and p.at == (0, 0)
    assert (p.crop.width, p.crop.height) == (404, 720)
    assert p.crop.x == 438  # centred
    tall = place((720, 1280), (1280, 720), Fit.CROP)
    assert (tall.crop.width, tall.crop.height) == (720, 404) and tall.crop.y == 438
    odd = place((1001, 999), (720, 1280), Fit.CROP)
    assert odd.crop.width % 2 == 0 and odd.crop.height % 2 == 0
    _inside(p)
    _inside(tall)


def test_even() -> None:
    assert [even(v) for v in (0, 1, 2, 3, 486.4, 487)] == [2, 2, 2, 4, 486, 488]


def test_target_sizes_of_the_presets() -> None:
    seq = Sequence(quality="720p", aspect_ratio="16:9")
    assert target_size(PRESETS["sequence"], seq) == (1280, 720)
    assert target_size(PRESETS["1080p"], seq) == (1920, 1080)
    assert target_size(PRESETS["vertical-crop"], seq) == (720, 1280)
    assert target_size(PRESETS["preview"], seq) == (480, 270)
    adaptive = Sequence(aspect_ratio="adaptive",
                        shots=(Shot(clip=clip(1, size=(720, 1280))),))
    assert target_size(PRESETS["sequence"], adaptive) == (720, 1280)


def test_shot_edges_round_on_the_running_total() -> None:
    # 3 × 31 frames at 30 fps = 74.4 frames at 24: rounding each shot alone would make 75.
    shots = tuple(Shot(clip=clip(1.0 + 1 / 30, fps=30)) for _ in range(3))
    plan = plan_film(Sequence(shots=shots), PRESETS["sequence"])
    assert [s.frames for s in plan.spans] == [25, 25, 24]
    assert abs(plan.duration_s - Sequence(shots=shots).duration_s) <= 0.5 / 24


def test_crossfades_overlap_and_are_clamped() -> None:
    seq = Sequence(shots=(Shot(clip=clip(2)), Shot(clip=clip(1)), Shot(clip=clip(2))))
    plan = plan_film(seq, PRESETS["sequence"], crossfade_s=0.25)
    assert plan.crossfade_frames == 6
    assert [s.fade_in for s in plan.spans] == [0, 6, 6]
    assert plan.total_frames == 5 * 24 - 12
    long = plan_film(seq, PRESETS["sequence"], crossfade_s=1.5)
    assert long.crossfade_frames == 12  # half of the 1 s shot
    assert plan_film(Sequence(shots=seq.shots[:1]), PRESETS["sequence"], 0.5).total_frames == 48


def test_the_preview_takes_the_first_seconds() -> None:
    seq = Sequence(shots=(Shot(clip=clip(4)), Shot(clip=clip(4)), Shot(clip=clip(4))))
    plan = plan_film(seq, PRESETS["preview"], crossfade_s=0.5)
    assert plan.fps == 12
    assert plan.total_frames == 6 * 12
    assert [s.shot_index for s in plan.spans] == [0, 1]
