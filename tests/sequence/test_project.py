"""The open sequence as a project: autosaved, reopened after a restart or a crash, relinked."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.models import GenerationRequest
from app.core.sequence import Sequence, Shot
from app.services.clips.clip_actions import ClipActions
from app.services.clips.library import ClipLibrary
from app.services.sequences.sequence_files import load_sequence
from app.services.sequences.sequence_frames import library_clip_paths
from app.services.sequences.sequence_project import SequenceProject
from app.services.tasks.store import TaskStore
from tests.library.clip_helpers import saved_clip
from tests.sequence.media import shot_of

ROOT = Path(__file__).resolve().parents[2]
REQ = GenerationRequest(model="seedance-2.0-text-to-video", prompt="a lighthouse")


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


async def test_every_change_is_saved_shortly_after_and_reopened(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    folder = tmp_path / "sequences"
    project = SequenceProject(folder, delay_ms=50)
    project.set(Sequence(name="harbour").add(Shot(request=REQ)))
    project.set(project.sequence.add(Shot(request=REQ)))  # two edits, one save
    assert project.path is not None
    qtbot.waitUntil(lambda: project.path is not None and project.path.is_file(), timeout=5000)
    assert load_sequence(project.path) == project.sequence
    # The next start: the last sequence comes back from the recent list.
    again = SequenceProject(folder)
    assert await again.open_last()
    assert again.sequence == project.sequence and again.path == project.path
    assert again.recent() == [project.path]
    again.new()
    assert again.sequence.shots == ()


CRASH = """
import os, signal, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from app.core.models import GenerationRequest
from app.core.sequence import Sequence, Shot
from app.services.sequences.sequence_project import SequenceProject
app = QCoreApplication([])
project = SequenceProject(Path(sys.argv[1]), delay_ms=50)
project.set(Sequence(name="crash").add(Shot(request=GenerationRequest(model="m", prompt="p"))))
QTimer.singleShot(600, lambda: os.kill(os.getpid(), signal.SIGKILL))
app.exec()
"""


async def test_a_sequence_survives_a_crash(tmp_path: Path) -> None:
    folder = tmp_path / "sequences"
    proc = await asyncio.to_thread(
        subprocess.run, [sys.executable, "-c", CRASH, str(folder)], cwd=ROOT, timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == -9  # killed, never closed
    project = SequenceProject(folder)
    assert await project.open_last()
    assert project.sequence.name == "crash" and len(project.sequence.shots) == 1
    assert leftovers(folder) == []


async def test_a_clip_renamed_in_the_library_is_found_again(tmp_path: Path) -> None:
    store = TaskStore(tmp_path / "studio.sqlite3")
    record = saved_clip(store.path, tmp_path / "clips", 0)
    folder = tmp_path / "sequences"
    project = SequenceProject(folder, delay_ms=10)
    project.set(Sequence().add(shot_of(Path(str(record.file_path)))))
    project.flush()
    assert project.path is not None
    renamed = ClipActions(store, template=lambda: "{prompt}").rename(record, "the harbour")
    assert renamed.file_path != record.file_path
    library = ClipLibrary(store.path)
    try:
        again = SequenceProject(folder)
        said: list[str] = []
        again.message.connect(said.append)
        await again.open(project.path, lambda: library_clip_paths(library))
    finally:
        library.close()
        store.close()
    clip = again.sequence.shots[0].clip
    assert clip is not None and clip.path == renamed.file_path and said == []
    again.flush()
    saved = load_sequence(project.path).shots[0].clip
    assert saved is not None and saved.path == renamed.file_path  # kept for the next time
