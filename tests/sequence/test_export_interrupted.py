"""Cancel and kill -9 during an export: nothing under the final name, no temporary file left."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.core.sequence import Sequence
from app.services.sequences.film_export import (
    PART,
    ExportCancelled,
    ExportProgress,
    clean_stale_exports,
    export_film,
    export_film_sync,
    journal_dir,
)
from tests.sequence.conftest import kill_while_writing
from tests.sequence.media import shot_of


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "studio-home")


def test_cancel_leaves_nothing(clips: dict[str, Path], tmp_path: Path) -> None:
    seq = Sequence(quality="480p", shots=tuple(shot_of(p) for p in clips.values()))
    cancel = threading.Event()
    seen: list[ExportProgress] = []

    def progress(p: ExportProgress) -> None:
        seen.append(p)
        cancel.set()

    with pytest.raises(ExportCancelled, match="cancelled"):
        export_film_sync(seq, tmp_path / "film.mp4", progress=progress, cancel=cancel)
    assert seen and seen[0].fraction < 0.5
    assert leftovers(tmp_path) == []
    assert list(journal_dir().iterdir()) == []


async def test_cancelling_the_task_stops_the_thread(clips: dict[str, Path],
                                                    tmp_path: Path) -> None:
    seq = Sequence(quality="480p", shots=tuple(shot_of(p) for p in clips.values()) * 3)
    loop = asyncio.get_running_loop()
    started = asyncio.Event()
    task = asyncio.ensure_future(export_film(
        seq, tmp_path / "film.mp4", progress=lambda _p: loop.call_soon_threadsafe(started.set)))
    await asyncio.wait_for(started.wait(), 30)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert leftovers(tmp_path) == []  # the worker had cleaned up before the task ended


async def test_the_async_export_returns_the_film(clips: dict[str, Path], tmp_path: Path) -> None:
    seq = Sequence(quality="480p", shots=(shot_of(clips["wide"]),))
    result = await export_film(seq, tmp_path / "one.mp4")
    assert result.path.is_file() and result.frames == 36


SCRIPT = """
import sys
from pathlib import Path
from app.core.sequence import Sequence
from app.services.sequences.film_export import export_film_sync
seq = Sequence.model_validate_json(Path(sys.argv[1]).read_text())
export_film_sync(seq, Path(sys.argv[2]))
"""


@pytest.mark.slow
def test_a_killed_export_is_cleaned_up_at_the_next_start(long_sequence: Sequence,
                                                          tmp_path: Path) -> None:
    spec = tmp_path / "seq.json"
    spec.write_text(long_sequence.model_dump_json())
    out = tmp_path / "out"
    out.mkdir()
    root = Path(__file__).resolve().parents[2]
    kill_while_writing(subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(spec), str(out / "film.mp4")],
        cwd=root, env={**os.environ, "PYTHONPATH": str(root)}), out)
    left = leftovers(out)
    assert len(left) == 1 and PART in left[0]  # nothing under the final name
    assert len(list(journal_dir().iterdir())) == 1  # the export noted its temporary file
    assert [p.name for p in clean_stale_exports()] == left  # found through the journal alone
    assert leftovers(out) == []
    assert list(journal_dir().iterdir()) == []


def test_an_export_in_progress_elsewhere_is_left_alone(tmp_path: Path) -> None:
    live = tmp_path / f".film.mp4.{os.getpid()}-abcdef{PART}"
    dead = tmp_path / f".old.mp4.999999999-abcdef{PART}"
    live.write_bytes(b"x")
    dead.write_bytes(b"x")
    assert clean_stale_exports([tmp_path]) == [dead]
    assert live.exists() and not dead.exists()
