"""Issue 14 item 6: every store fault is one sentence and exit 7 in the CLI; a damaged or
foreign store is moved aside (kept) and a new one filled again from the clips' sidecars."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import EXIT_OK, EXIT_STORE
from app.core.models import GenerationRequest, Task
from app.services.clips.sidecar import sidecar_for, write_sidecar
from app.services.tasks.store import TaskStore
from tests.cli.conftest import run_cli
from tests.faults.conftest import in_env

PROMPT = "A lantern drifting over the river at dusk"


def _saved_clip(home: Path) -> str:
    """A saved task in the store of `home`, its clip and sidecar in home/clips; its task id."""
    clips = home / "clips"
    clips.mkdir(parents=True, exist_ok=True)
    clip = clips / "lantern.mp4"
    clip.write_bytes(b"\0\0\0\x18ftypmp42" + b"\0" * 2000)
    with TaskStore(home / "studio.sqlite3") as store:
        rec = store.begin_submission(GenerationRequest(
            model="seedance-2.0-text-to-video", prompt=PROMPT), source="cli")
        rec = store.record_created(rec.local_id, Task.model_validate(
            {"id": "task-unified-1764700000-sidecar01", "status": "completed",
             "results": ["http://127.0.0.1:9/clip.mp4"]}))
        rec = store.mark_downloading(rec.local_id, clip)
        rec = store.mark_saved(rec.local_id, clip)
        write_sidecar(clip, sidecar_for(rec, clip))
    return "task-unified-1764700000-sidecar01"


def _list(home: Path) -> subprocess.CompletedProcess[str]:
    result = run_cli("list", env=in_env("http://127.0.0.1:9", home))
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    return result


def test_a_damaged_store_is_moved_aside_and_filled_again_from_the_sidecars(
        tmp_path: Path) -> None:
    task_id = _saved_clip(tmp_path)
    store = tmp_path / "studio.sqlite3"
    for extra in ("-wal", "-shm"):
        store.with_name(store.name + extra).unlink(missing_ok=True)
    damaged = b"this is not a database at all" * 100
    store.write_bytes(damaged)
    result = _list(tmp_path)
    assert result.returncode == EXIT_OK
    [line] = result.stderr.splitlines()
    assert "was damaged" in line and "filled again from 1 clip" in line
    assert task_id in result.stdout and "Saved" in result.stdout
    [aside] = tmp_path.glob("studio.sqlite3.damaged-*")
    assert aside.read_bytes() == damaged  # moved, never deleted
    assert _list(tmp_path).stderr == ""  # said once


def test_a_foreign_sqlite_file_is_kept_aside_untouched(tmp_path: Path) -> None:
    store = tmp_path / "studio.sqlite3"
    with contextlib.closing(sqlite3.connect(store)) as conn:
        conn.execute("CREATE TABLE photos (name TEXT)")
        conn.commit()
    before = store.read_bytes()
    result = _list(tmp_path)
    assert result.returncode == EXIT_OK and "not a Seedance Studio task library" in result.stderr
    [aside] = tmp_path.glob("studio.sqlite3.damaged-*")
    assert aside.read_bytes() == before


def test_a_zero_byte_store_where_clips_were_saved_is_reported_and_refilled(
        tmp_path: Path) -> None:
    task_id = _saved_clip(tmp_path)
    store = tmp_path / "studio.sqlite3"
    for extra in ("-wal", "-shm"):
        store.with_name(store.name + extra).unlink(missing_ok=True)
    store.write_bytes(b"")
    result = _list(tmp_path)
    assert result.returncode == EXIT_OK
    assert "is empty (0 bytes)" in result.stderr and task_id in result.stdout


def test_a_newer_store_is_left_untouched_with_exit_7(tmp_path: Path) -> None:
    store = tmp_path / "studio.sqlite3"
    with contextlib.closing(sqlite3.connect(store)) as conn:
        conn.execute("PRAGMA user_version = 999")
    before = store.read_bytes()
    result = _list(tmp_path)
    assert result.returncode == EXIT_STORE
    [line] = result.stderr.splitlines()
    assert "newer Seedance Studio (schema 999" in line
    assert store.read_bytes() == before and not list(tmp_path.glob("*.damaged-*"))


def test_a_store_path_that_is_a_folder_is_exit_7(tmp_path: Path) -> None:
    (tmp_path / "studio.sqlite3").mkdir()
    result = _list(tmp_path)
    assert result.returncode == EXIT_STORE
    [line] = result.stderr.splitlines()
    assert "is a folder, not a file" in line


@contextlib.contextmanager
def _tmpfs(path: Path, size: str) -> Iterator[Path]:
    path.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_a_read_only_data_folder_is_one_sentence_and_logs_go_to_stderr(
        tmp_path: Path) -> None:
    with _tmpfs(tmp_path / "home", "8m") as home:
        _saved_clip(home)
        subprocess.run(["mount", "-o", "remount,ro", str(home)], check=True)
        result = run_cli("-v", "list", env=in_env("http://127.0.0.1:9", home))
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    lines = [ln for ln in result.stderr.splitlines() if " INFO " not in ln]
    assert result.returncode == EXIT_STORE, result.stderr
    assert len(lines) == 1 and "cannot be written (read-only" in lines[0]
    assert "Logging error" not in result.stderr  # no log file could be made: no complaint


def test_logging_falls_back_to_stderr_when_its_file_cannot_be_made(tmp_path: Path) -> None:
    import logging

    from app.services.home.logs import setup_logging

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    root = logging.getLogger()
    try:
        assert setup_logging(console=False, log_file=blocker / "x.log") is None
        studio = [h for h in root.handlers if getattr(h, "_studio", False)]
        assert [type(h) for h in studio] == [logging.StreamHandler]
    finally:
        setup_logging(console=False, log_file=tmp_path / "ok.log")


def test_a_full_disk_under_a_new_store_is_one_sentence(tmp_path: Path) -> None:
    with _tmpfs(tmp_path / "home", "256k") as home:
        (home / "logs").mkdir()
        (home / "clips").mkdir()
        with contextlib.suppress(OSError):
            (home / "filler").write_bytes(b"\0" * (1 << 20))
        result = run_cli("list", env=in_env("http://127.0.0.1:9", home))
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    assert result.returncode == EXIT_STORE, result.stderr
    [line] = result.stderr.splitlines()
    assert "is full" in line
