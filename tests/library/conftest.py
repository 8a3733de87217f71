"""A store of 10,000 saved clips (a few real, made here with PyAV; the rest missing files)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import av
import pytest

from app.core.capabilities import MODELS, AspectRatio, Quality
from app.core.models import GenerationRequest
from app.core.states import TaskState
from app.services.tasks.store import TaskStore
from app.services.tasks.store_schema import COLUMNS, TaskRecord, to_row

RECORDS = 10_000
REAL_CLIPS = 24  # the newest records: clips that exist, so their thumbnails can be made
T0 = 1_700_000_000.0
WORDS = ("lantern", "river", "mountain", "city", "forest", "ocean", "desert", "comet")
MODEL_IDS = sorted(MODELS)
QUALITIES = (Quality.P480.value, Quality.P720.value)
ASPECTS = tuple(a.value for a in AspectRatio)


class HeldExecutor:
    """An executor (media_worker's `run(fn, done)`) that keeps each job until the test finishes
    it, as a worker thread would: what runs when, and in which order, is the test's to say."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.jobs.append((fn, done))

    def finish_first(self) -> None:
        fn, done = self.jobs.pop(0)
        done(fn())


def write_frames(path: Path, colours: list[tuple[int, int, int]], *, width: int = 96,
                 height: int = 64, fps: int = 24, gop: int = 12) -> Path:
    """One solid frame per colour, H.264 with a keyframe every `gop` frames: a seek near the
    end lands on a keyframe before the last frame, as in real clips."""
    with av.open(str(path), "w", format="mp4") as container:
        stream: Any = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.options = {"preset": "ultrafast", "g": str(gop), "keyint_min": str(gop),
                          "bf": "2"}
        for i, (r, g, b) in enumerate(colours):
            pixel = bytes((r, g, b, 255))
            frame = av.VideoFrame.from_bytes(pixel * (width * height), width, height, "rgba")
            frame.pts = i
            for packet in stream.encode(frame.reformat(format="yuv420p")):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return path


def write_clip(path: Path, shade: int, width: int = 64, height: int = 36) -> Path:
    """Three frames of one flat colour, H.264 yuv420p: enough for a first-frame thumbnail."""
    colour = (shade % 256, (shade * 7) % 256, (shade * 13) % 256)
    return write_frames(path, [colour] * 3, width=width, height=height)


def make_record(i: int, clips: Path) -> TaskRecord:
    """Record i: created i seconds after T0, so the highest i is the newest."""
    request = GenerationRequest(
        model=MODEL_IDS[i % len(MODEL_IDS)],
        prompt=f"Shot {i}: a {WORDS[i % len(WORDS)]} at dusk, slow pan",
        duration=5, quality=QUALITIES[i % 2], aspect_ratio=ASPECTS[i % len(ASPECTS)],
    )
    created = T0 + i
    return TaskRecord(
        local_id=f"{i:032x}", task_id=f"task-{i:08d}", state=TaskState.SAVED, request=request,
        idempotency_key=f"ss-{i:032x}", source="gui", created_at=created,
        submitted_at=created, updated_at=created, progress=100, estimated_time=None,
        credits_reserved=None, error_code=None, error_message=None, result_urls=(),
        completed_at=created + 30, file_path=str(clips / f"clip-{i:05d}.mp4"),
        saved_at=created + 40,
    )


def fill_store(path: Path, records: list[TaskRecord]) -> None:
    """All rows in one transaction (the store's own writes fsync each one: too slow here)."""
    conn = sqlite3.connect(path, isolation_level=None)
    sql = (f"INSERT INTO tasks ({', '.join(COLUMNS)}) "
           f"VALUES ({', '.join(':' + c for c in COLUMNS)})")
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(sql, (to_row(r) for r in records))
    conn.execute("COMMIT")
    conn.close()


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(qapp: Any) -> None:
    """As the app (app/ui/launch.py): Python's cycle collection runs from a timer on the GUI
    thread only, never in a worker thread (the panel reads its pages in one) nor in the middle
    of a paint: there, freeing a test's panel kept alive only by a reference cycle deleted its
    model under a view being painted (a segfault in test_empty_states, once pages were read in
    a worker thread and the collections fell at other moments)."""
    from app.services.main_thread_gc import collect_on_this_thread

    collect_on_this_thread(qapp)


@pytest.fixture(scope="session")
def real_clips(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("library-clips")
    for i in range(RECORDS - REAL_CLIPS, RECORDS):
        write_clip(folder / f"clip-{i:05d}.mp4", i)
    return folder


@pytest.fixture(scope="session")
def library_template(tmp_path_factory: pytest.TempPathFactory, real_clips: Path) -> Path:
    """The 10,000-record store, built once; each test copies it."""
    path = tmp_path_factory.mktemp("library-store") / "studio.sqlite3"
    TaskStore(path).close()
    records = [make_record(i, real_clips) for i in range(RECORDS)]
    # A few records the library must not show: unfinished, or saved without a file.
    extra = [replace(make_record(RECORDS + n, real_clips), local_id=f"x{n:031x}",
                     state=TaskState.PROCESSING, file_path=None) for n in range(5)]
    fill_store(path, records + extra)
    return path


@pytest.fixture
def store_path(tmp_path: Path, library_template: Path) -> Path:
    target = tmp_path / "studio.sqlite3"
    target.write_bytes(library_template.read_bytes())
    return target
