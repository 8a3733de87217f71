"""Film export on clips made by the tests: length, size, sound, trims, crossfades, sidecar."""

from __future__ import annotations

import json
import math
import struct
from pathlib import Path
from typing import Any

import av
import pytest

from app.core.film_plan import PRESETS
from app.core.models import GenerationRequest
from app.core.sequence import Continuity, LinkKind, Sequence, Shot
from app.services.sequences.film_export import (
    ExportProgress,
    NothingToExport,
    export_film_sync,
)
from tests.sequence.media import shot_of

REQ = GenerationRequest(model="seedance-2.0-text-to-video", prompt="a lighthouse")
FRAME = 1 / 24


def demo(clips: dict[str, Path]) -> Sequence:
    """Three shots: the second from the first's last frame, the third continuing the second."""
    first = shot_of(clips["wide"], request=REQ)
    assert first.clip is not None
    second = shot_of(clips["tall"], trim_in_s=0.2, request=REQ,
                     link=Continuity(kind=LinkKind.LAST_FRAME,
                                     source_sha256=first.clip.sha256))
    assert second.clip is not None
    third = shot_of(clips["wide25"], trim_in_s=0.6, trim_out_s=1.8, request=REQ,
                    link=Continuity(kind=LinkKind.CONTINUE, source_sha256=second.clip.sha256))
    return Sequence(name="demo", quality="480p", shots=(first, second, third))


def probe(path: Path) -> dict[str, Any]:
    with av.open(str(path)) as c:
        v, a = c.streams.video[0], c.streams.audio[0]
        return {"video_s": float(v.duration * v.time_base), "audio_s": float(a.duration
                                                                                * a.time_base),
                "rate": a.codec_context.sample_rate, "channels": a.codec_context.channels,
                "sizes": {(f.width, f.height) for f in c.decode(video=0)}}


def centre_luma(frame: Any, x: int | None = None, y: int | None = None) -> int:
    plane = frame.planes[0]
    x = frame.width // 2 if x is None else x
    y = frame.height // 2 if y is None else y
    return bytes(plane)[y * plane.line_size + x]


def lumas(path: Path, x: int | None = None, y: int | None = None) -> list[int]:
    with av.open(str(path)) as c:
        return [centre_luma(f.reformat(format="yuv420p"), x, y) for f in c.decode(video=0)]


def files(folder: Path) -> list[str]:
    """What the export left in its folder (the test's data home aside)."""
    return sorted(p.name for p in folder.iterdir() if p.name != "studio-home")


def loudness(path: Path, start_s: float, end_s: float) -> float:
    """RMS of the left channel between two times of the film."""
    total = 0.0
    count = 0
    with av.open(str(path)) as c:
        for frame in c.decode(audio=0):
            t = float(frame.pts * frame.time_base)
            data = bytes(frame.planes[0])[:frame.samples * 4]
            for i, (v,) in enumerate(struct.iter_unpack("<f", data)):
                if start_s <= t + i / frame.sample_rate < end_s:
                    total += v * v
                    count += 1
    return math.sqrt(total / max(1, count))


def test_the_demo_sequence_exports_to_its_summed_length(clips: dict[str, Path],
                                                        tmp_path: Path) -> None:
    seq = demo(clips)
    seen: list[ExportProgress] = []
    result = export_film_sync(seq, tmp_path / "film.mp4", progress=seen.append)
    facts = probe(result.path)
    assert seq.duration_s == pytest.approx(1.5 + 0.8 + 1.2)
    assert abs(facts["video_s"] - seq.duration_s) <= FRAME
    assert abs(facts["audio_s"] - facts["video_s"]) <= FRAME  # sound all the way through
    assert facts["sizes"] == {(864, 496)}
    assert (facts["rate"], facts["channels"]) == (48_000, 2)
    assert seen and seen[-1].fraction == 1.0
    assert [p.frames_done for p in seen] == sorted(p.frames_done for p in seen)
    # The tone where the clips have sound, silence in the silent one.
    assert loudness(result.path, 0.2, 1.3) > 0.1
    assert loudness(result.path, 1.7, 2.1) < 0.01
    assert loudness(result.path, 2.5, 3.3) > 0.1
    assert files(tmp_path) == ["film.film.json", "film.mp4"]


def test_trims_and_frame_rates_pick_the_right_source_frames(clips: dict[str, Path],
                                                            tmp_path: Path) -> None:
    luma = lumas(export_film_sync(demo(clips), tmp_path / "film.mp4").path)
    assert len(luma) == 84
    ramp = [16 + 200 * i // 35 for i in range(36)]  # the first clip, frame for frame
    assert all(abs(a - b) <= 4 for a, b in zip(luma[:36], ramp, strict=True))
    # The 30 fps clip from 0.2 s: source frame 6, then 30/24 source frames per film frame.
    assert abs(luma[36] - (16 + 200 * 6 // 29)) <= 4
    assert abs(luma[36 + 12] - (16 + 200 * 21 // 29)) <= 4
    # The 25 fps clip from 0.6 s: source frame 15 of 50.
    assert abs(luma[36 + 19] - (16 + 200 * 15 // 49)) <= 4


def test_letterbox_and_centre_crop(clips: dict[str, Path], tmp_path: Path) -> None:
    seq = demo(clips)
    boxed = lumas(export_film_sync(seq, tmp_path / "box.mp4").path, x=4, y=248)
    assert boxed[40] <= 20  # the tall shot is pillarboxed: black at the left edge
    assert boxed[20] > 60  # the wide one fills the width
    cropped = export_film_sync(seq, tmp_path / "crop.mp4", PRESETS["vertical-crop"])
    assert probe(cropped.path)["sizes"] == {(496, 864)}
    edge = lumas(cropped.path, x=4, y=4)
    assert edge[20] > 60 and edge[40] > 30  # cropped: picture up to the corner


def test_a_crossfade_shortens_the_film_and_blends(clips: dict[str, Path],
                                                  tmp_path: Path) -> None:
    seq = demo(clips)
    result = export_film_sync(seq, tmp_path / "x.mp4", crossfade_s=0.25)
    facts = probe(result.path)
    assert result.frames == 84 - 2 * 6
    assert abs(facts["video_s"] - (seq.duration_s - 0.5)) <= FRAME
    assert abs(facts["audio_s"] - facts["video_s"]) <= FRAME
    luma = lumas(result.path)
    # The first shot ends bright, the second starts dark: the fade walks down between them.
    fade = luma[30:36]
    assert fade == sorted(fade, reverse=True) and fade[0] - fade[-1] > 40
    assert luma[35] < lumas(export_film_sync(seq, tmp_path / "cut.mp4").path)[35] - 80
    sidecar = json.loads(result.sidecar.read_text("utf-8")) if result.sidecar else {}
    assert [s["crossfade_in_frames"] for s in sidecar["shots"]] == [0, 6, 6]


def test_the_sidecar_lists_each_shot(clips: dict[str, Path], tmp_path: Path) -> None:
    seq = demo(clips)
    result = export_film_sync(seq, tmp_path / "film.mp4")
    assert result.sidecar == tmp_path / "film.film.json"
    data = json.loads(result.sidecar.read_text("utf-8"))
    assert data["film"] == "film.mp4" and data["frames"] == 84
    assert [s["clip"]["path"] for s in data["shots"]] == [
        str(clips["wide"]), str(clips["tall"]), str(clips["wide25"])]
    assert [s["clip"]["sha256"] for s in data["shots"]] == [
        s.clip.sha256 for s in seq.shots if s.clip]
    assert data["shots"][2]["trim"] == {"in_s": 0.6, "out_s": 1.8}
    assert data["shots"][1]["link"]["kind"] == "last_frame"
    assert data["shots"][0]["request"]["prompt"] == "a lighthouse"


def test_the_animated_preview(clips: dict[str, Path], tmp_path: Path) -> None:
    from PySide6.QtGui import QImageReader

    result = export_film_sync(demo(clips), tmp_path / "p.webp", PRESETS["preview"])
    reader = QImageReader(str(result.path))
    assert (reader.size().width(), reader.size().height()) == (480, 276)
    assert reader.imageCount() == result.frames == round(3.5 * 12)
    assert result.sidecar is None


def test_drafts_and_missing_clips_are_refused(clips: dict[str, Path], tmp_path: Path) -> None:
    with_draft = demo(clips).add(Shot(request=REQ))
    with pytest.raises(NothingToExport, match="not generated"):
        export_film_sync(with_draft, tmp_path / "f.mp4")
    with pytest.raises(NothingToExport, match="no clips"):
        export_film_sync(Sequence(), tmp_path / "f.mp4")
    gone = demo(clips).shots[0]
    assert gone.clip is not None
    moved = gone.model_copy(update={"clip": gone.clip.model_copy(
        update={"path": str(tmp_path / "gone.mp4")})})
    with pytest.raises(NothingToExport, match=r"gone\.mp4 is missing"):
        export_film_sync(Sequence(shots=(moved,)), tmp_path / "f.mp4")
    assert files(tmp_path) == []
