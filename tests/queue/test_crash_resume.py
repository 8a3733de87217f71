"""kill -9 at any moment loses no task id and leaves no half clip: subprocesses and a simulator."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.states import TaskState
from app.services.clips.sidecar import read_sidecar
from app.services.tasks.store import TaskStore
from tests.cli.conftest import ThreadedSimulator, cli_env, run_cli

KEY = "sk-test-LEAKMARK-crash-0123456789abcd"
ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture
def tsim(qapp: Any) -> Iterator[ThreadedSimulator]:
    ts = ThreadedSimulator(api_keys={KEY}, generation_seconds=2.0, initial_credits=5000.0)
    yield ts
    ts.stop()


def start(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "app", *args], env=env, text=True, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_for(check: Callable[[], bool], proc: subprocess.Popen[str] | None = None,
             deadline_s: float = 60.0) -> None:
    end = time.monotonic() + deadline_s
    while not check():
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"the process ended first: {proc.communicate()}")
        if time.monotonic() > end:
            raise AssertionError("condition not reached in time")
        time.sleep(0.02)


def kill9(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_every_clip_complete(studio_home: Path, ts: ThreadedSimulator,
                               task_ids: list[str]) -> None:
    with TaskStore(studio_home / "studio.sqlite3") as store:
        records = {r.task_id: r for r in store.list()}
    assert set(task_ids) <= set(records)  # no task id lost
    for task_id in task_ids:
        rec = records[task_id]
        assert rec.state is TaskState.SAVED, rec
        clip = Path(rec.file_path or "")
        assert sha(clip) == sha(ts.sim.clip_path(task_id))
        assert (read_sidecar(clip) or {}).get("task_id") == task_id
    assert list((studio_home / "clips").glob("*.part")) == []


def test_resume_killed_mid_poll_and_mid_download_finishes_every_clip(
        tsim: ThreadedSimulator, studio_home: Path) -> None:
    env = cli_env(tsim.base_url, key=KEY)
    ids = []
    for i in range(3):
        done = run_cli("generate", "--model", "fast-text-to-video", "--prompt",
                       f"crash test clip {i}", "--duration", "4", "--quality", "480p",
                       "--no-audio", env=env)
        assert done.returncode == 0, done.stderr
        ids.append(done.stdout.strip())
    store = TaskStore(studio_home / "studio.sqlite3")

    # 1. Killed mid-poll: a task has been polled, none is finished.
    proc = start("resume", env=env)
    wait_for(lambda: any(r.last_polled_at for r in store.list()), proc)
    kill9(proc)
    assert all(r.task_id for r in store.list())

    # 2. Killed mid-download: a reset leaves a .part while the downloader waits to resume.
    tsim.sim.faults.reset_download(after_bytes=20_000, n=3)
    proc = start("resume", env=env)
    wait_for(lambda: any((studio_home / "clips").glob("*.part")), proc)
    kill9(proc)
    store.close()

    # 3. A clean run saves everything, resuming the part file with Range.
    end = run_cli("resume", env=env)
    assert end.returncode == 0, end.stderr
    assert_every_clip_complete(studio_home, tsim, ids)
    ranged = [r for r in tsim.sim.requests if r.path.startswith("/files/results/")]
    assert len(ranged) > len(ids)
    for line in end.stdout.split():
        assert Path(line).exists()


def test_generate_wait_killed_after_the_id_then_resume_saves_the_clip(
        tsim: ThreadedSimulator, studio_home: Path) -> None:
    env = cli_env(tsim.base_url, key=KEY)
    proc = start("generate", "--model", "fast-text-to-video", "--prompt", "killed while waiting",
                 "--duration", "4", "--quality", "480p", "--no-audio", "--wait", env=env)
    assert proc.stdout is not None
    task_id = proc.stdout.readline().strip()
    assert task_id.startswith("task-")
    kill9(proc)
    end = run_cli("resume", env=env)
    assert end.returncode == 0, end.stderr
    assert_every_clip_complete(studio_home, tsim, [task_id])
