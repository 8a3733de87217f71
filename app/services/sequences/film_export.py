"""Export a sequence as one film (H.264 + AAC MP4, or an animated preview) with PyAV.

Blocking and streaming: run `export_film_sync` in a worker thread, or await `export_film`.
The film is written under a temporary name in the target folder, checked, then renamed; a
killed export's temporary file is removed by `clean_stale_exports` at the next start.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Protocol

import av

from app import APP_NAME, __version__
from app.core.film_plan import (
    AUDIO_RATE,
    PRESETS,
    FilmPlan,
    Output,
    Preset,
    place,
    plan_film,
)
from app.core.sequence import Sequence
from app.services.sequences.film_check import ExportCheckFailed as ExportCheckFailed  # for callers
from app.services.sequences.film_check import ExportError, check_film
from app.services.sequences.film_parts import PART as PART
from app.services.sequences.film_parts import clean_stale_exports as clean_stale_exports
from app.services.sequences.film_parts import journal_dir
from app.services.sequences.film_streams import (
    AudioOut,
    ShotFeeder,
    ShotUnreadable,
    Tail,
    VideoOut,
    feed_clip,
)

_PROGRESS_EVERY_S: Final = 0.1
_H264: Final = ("libx264", "libopenh264", "h264")  # software encoders, best first
X264_OPTIONS: Final = {"preset": "veryfast", "crf": "20"}
AUDIO_BIT_RATE: Final = 160_000


class ExportCancelled(ExportError):
    def __init__(self) -> None:
        super().__init__("The export was cancelled.")


class NothingToExport(ExportError):
    """The sequence has drafts still to generate, or no clip at all."""


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


@dataclass(frozen=True)
class ExportProgress:
    fraction: float  # 0..1
    eta_s: float | None  # seconds left; None until there is something to go by
    shot: int  # index in the sequence of the shot being written
    frames_done: int
    frames_total: int


@dataclass(frozen=True)
class FilmResult:
    path: Path
    sidecar: Path | None  # None for an animated preview
    duration_s: float
    width: int
    height: int
    frames: int
    video_codec: str


def video_codec(output: Output) -> str:
    """The encoder this PyAV build has for the output (checked, not assumed)."""
    wanted = (*_H264, "mpeg4") if output is Output.MP4 else ("libwebp_anim", "gif")
    for name in wanted:
        if name not in av.codecs_available:
            continue
        try:
            av.codec.Codec(name, "w")
        except (ValueError, av.error.FFmpegError):
            continue
        return name
    raise ExportError("This installation has no encoder for the film.")


def animation_suffix() -> str:
    return ".webp" if video_codec(Output.ANIMATION) == "libwebp_anim" else ".gif"


class _Clock:
    """Counts output frames, says progress now and then, and stops on cancel."""

    def __init__(self, total: int, progress: Callable[[ExportProgress], None] | None,
                 cancel: CancelFlag | None) -> None:
        self.total, self.progress, self.cancel = max(1, total), progress, cancel
        self.done = 0
        self.shot = 0
        self.started = time.monotonic()
        self._said = 0.0

    def tick(self) -> None:
        self.done += 1
        if self.cancel is not None and self.cancel.is_set():
            raise ExportCancelled
        now = time.monotonic()
        if self.progress is not None and now - self._said >= _PROGRESS_EVERY_S:
            self._said = now
            self.say()

    def say(self) -> None:
        if self.progress is None:
            return
        fraction = min(1.0, self.done / self.total)
        elapsed = time.monotonic() - self.started
        eta = elapsed * (1 - fraction) / fraction if fraction > 0.01 else None
        self.progress(ExportProgress(fraction, eta, self.shot, self.done, self.total))


def _open_output(path: Path, plan: FilmPlan, output: Output) -> tuple[Any, Any, Any, str]:
    codec = video_codec(output)
    if output is Output.MP4:
        container = av.open(str(path), "w", format="mp4",
                            options={"movflags": "+faststart"})
    else:
        container = av.open(str(path), "w", format="webp" if codec == "libwebp_anim" else "gif")
    video: Any = container.add_stream(codec, rate=plan.fps)
    video.width, video.height = plan.size
    pix_fmt = "yuv420p" if codec != "gif" else "rgb8"
    video.pix_fmt = pix_fmt
    if codec == "libx264":
        video.options = dict(X264_OPTIONS)
    elif codec == "libwebp_anim":
        video.options = {"loop": "0", "quality": "70"}
    audio = None
    if output is Output.MP4:
        audio = container.add_stream("aac", rate=AUDIO_RATE)
        audio.layout = "stereo"
        audio.bit_rate = AUDIO_BIT_RATE
    return container, video, audio, pix_fmt


def _write(sequence: Sequence, plan: FilmPlan, preset: Preset, temp: Path,
           clock: _Clock) -> str:
    container, vstream, astream, pix_fmt = _open_output(temp, plan, preset.output)
    with container:
        video = VideoOut(container, vstream, pix_fmt, plan.fps)
        audio = AudioOut(container, astream) if astream is not None else None
        tail: Tail | None = None
        for n, span in enumerate(plan.spans):
            shot = sequence.shots[span.shot_index]
            assert shot.clip is not None
            clock.shot = span.shot_index
            hold = plan.spans[n + 1].fade_in if n + 1 < len(plan.spans) else 0
            placement = place((shot.clip.width, shot.clip.height), plan.size, preset.fit)
            feeder = ShotFeeder(span, placement, plan.fps, video, audio, tail, hold, clock.tick)
            feed_clip(Path(shot.clip.path), feeder)
            tail = feeder.tail_out
        video.close()
        if audio is not None:
            audio.close()
    return str(vstream.codec_context.name)


def _sidecar(sequence: Sequence, plan: FilmPlan, preset: Preset, film: Path, codec: str,
             crossfade_s: float) -> Path:
    shots = []
    for span in plan.spans:
        shot = sequence.shots[span.shot_index]
        assert shot.clip is not None
        shots.append({
            "index": span.shot_index, "id": shot.id,
            "clip": {"path": shot.clip.path, "sha256": shot.clip.sha256},
            "trim": {"in_s": round(span.in_s, 6), "out_s": round(span.out_s, 6)},
            "frames": span.frames, "crossfade_in_frames": span.fade_in,
            "link": shot.link.model_dump(mode="json") if shot.link else None,
            "request": shot.request.model_dump(mode="json") if shot.request else None,
        })
    data = {
        "kind": "seedance-studio-film", "schema": 1, "app": APP_NAME, "app_version": __version__,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "film": film.name, "sequence": sequence.name, "preset": preset.name,
        "width": plan.size[0], "height": plan.size[1], "fps": plan.fps,
        "frames": plan.total_frames, "duration_s": round(plan.duration_s, 6),
        "video_codec": codec, "crossfade_s": crossfade_s, "shots": shots,
    }
    target = sidecar_for(film)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        f.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, target)
    return target


def sidecar_for(film: Path) -> Path:
    """`film.film.json`: not `film.json`, which the library reads as a clip's sidecar."""
    return film.with_name(film.stem + ".film.json")


def export_film_sync(sequence: Sequence, out_path: Path, preset: Preset = PRESETS["sequence"],
                     *, crossfade_s: float = 0.0,
                     progress: Callable[[ExportProgress], None] | None = None,
                     cancel: CancelFlag | None = None,
                     journal: Path | None = None) -> FilmResult:
    """Write the film to `out_path` (blocking). `progress` is called from this thread."""
    if sequence.missing():
        raise NothingToExport("Some shots are not generated yet; generate them first.")
    if not sequence.clips():
        raise NothingToExport("The sequence has no clips to export.")
    for shot in sequence.clips():
        assert shot.clip is not None
        if not Path(shot.clip.path).is_file():
            raise NothingToExport(f"The clip {Path(shot.clip.path).name} is missing.")
    out_path = Path(out_path)
    plan = plan_film(sequence, preset, crossfade_s)
    temp = out_path.with_name(f".{out_path.name}.{os.getpid()}-{uuid.uuid4().hex[:6]}{PART}")
    note = (journal or journal_dir()) / f"{temp.name}.json"
    try:
        note.write_text(json.dumps({"temp": str(temp), "final": str(out_path)}), "utf-8")
    except OSError as exc:
        raise ExportError(f"The export could not start: {exc.strerror or exc}.") from exc
    clock = _Clock(plan.total_frames, progress, cancel)
    try:
        try:
            codec = _write(sequence, plan, preset, temp, clock)
        except ShotUnreadable as exc:
            raise ExportError(str(exc)) from exc
        except av.error.FFmpegError as exc:
            raise ExportError(f"The film could not be written: {exc.strerror or exc}.") from exc
        except OSError as exc:
            raise ExportError(f"The film could not be written: {exc.strerror or exc}.") from exc
        check_film(temp, plan, preset.output)
        os.replace(temp, out_path)
    finally:
        temp.unlink(missing_ok=True)
        note.unlink(missing_ok=True)
    sidecar = None
    if preset.output is Output.MP4:
        try:
            sidecar = _sidecar(sequence, plan, preset, out_path, codec, crossfade_s)
        except OSError as exc:
            raise ExportError(f"The film was saved, but the list of its shots could not be: "
                              f"{exc.strerror or exc}.") from exc
    clock.done = clock.total
    clock.say()
    return FilmResult(out_path, sidecar, plan.duration_s, plan.size[0], plan.size[1],
                      plan.total_frames, codec)


async def export_film(sequence: Sequence, out_path: Path, preset: Preset = PRESETS["sequence"],
                      *, crossfade_s: float = 0.0,
                      progress: Callable[[ExportProgress], None] | None = None,
                      cancel: threading.Event | None = None) -> FilmResult:
    """`export_film_sync` in a worker thread; cancelling the task stops the export at the next
    frame and waits for the thread to clean up before the cancellation goes on."""
    flag = cancel or threading.Event()
    worker = asyncio.ensure_future(asyncio.to_thread(
        export_film_sync, sequence, out_path, preset, crossfade_s=crossfade_s,
        progress=progress, cancel=flag))
    try:
        return await asyncio.shield(worker)
    except asyncio.CancelledError:
        flag.set()
        await asyncio.wait([worker])
        if not worker.cancelled():
            worker.exception()  # read, so an ExportCancelled is not reported as unretrieved
        raise
