"""A demo task cut off by a crash is finished by the next run: the simulator keeps it on disk."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.core.states import TaskState
from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.clips.sidecar import read_sidecar
from app.services.home.demo_home import DemoHome
from app.services.tasks.store import TaskStore
from app.simulator import Simulator
from tests.cli.conftest import cli_env, run_cli
from tests.loopback import running_queue
from tests.queue.conftest import request, until
from tests.queue.test_crash_resume import ROOT, kill9, wait_for

GENERATION_S = 3.0


def client_for(sim: Simulator, key: str) -> EvolinkClient:
    assert sim.base_url
    return EvolinkClient(key, resolve_endpoints(sim.base_url), timeout_s=1.0, attempts=2,
                         backoff_max_s=0.02)


async def test_a_demo_task_cut_off_mid_generation_is_saved_after_a_relaunch(
        studio_home: Path, store: TaskStore) -> None:
    home = DemoHome.default()
    key = home.key()
    first = Simulator([key], generation_seconds=GENERATION_S, state_dir=home.folder)
    await first.start()
    async with client_for(first, key) as client, running_queue(
            client, store, studio_home / "clips") as queue:
        rec = await queue.submit(request("a heron the crash interrupted"))
        await until(lambda: (r := store.get(rec.local_id)) is not None
                    and r.state is TaskState.PROCESSING and r.progress > 0)
    # kill -9 here: what is on disk now is all the next run has. The first simulator's own
    # later writes (its render finishing) must not help, so the next run reads a copy.
    crashed = studio_home / "at-the-kill"
    shutil.copytree(home.folder, crashed)
    await first.stop()
    shutil.rmtree(home.folder)
    crashed.rename(home.folder)
    for clip in (home.folder / "clips").glob("*.mp4"):
        clip.unlink()  # killed before its clip was rendered: rendered again when asked

    assert DemoHome.default().key() == key  # the same install, the same demo key
    second = Simulator([key], generation_seconds=GENERATION_S, state_dir=home.folder)
    await second.start()
    try:
        async with client_for(second, key) as client, running_queue(
                client, store, studio_home / "clips") as queue:
            await until(lambda: (r := store.get(rec.local_id)) is not None
                        and r.state is TaskState.SAVED, deadline_s=30)
        saved = store.get(rec.local_id)
        assert saved is not None and saved.file_path and saved.task_id
        clip = Path(saved.file_path)
        assert hashlib.sha256(clip.read_bytes()).digest() == hashlib.sha256(
            second.clip_path(saved.task_id).read_bytes()).digest()
        assert (read_sidecar(clip) or {}).get("task_id") == saved.task_id
    finally:
        await second.stop()


def test_the_demo_key_is_made_once_per_install_and_a_damaged_one_is_replaced(
        studio_home: Path) -> None:
    home = DemoHome.default()
    assert home.folder.parent == studio_home
    key = home.key()
    assert key.startswith("sk-demo-") and len(key) > 20
    assert DemoHome.default().key() == key
    (home.folder / "key").write_text("garbage", encoding="utf-8")
    fresh = home.key()
    assert fresh != key and fresh.startswith("sk-demo-")
    assert home.last_port() == 0
    home.remember_port(45123)
    assert DemoHome.default().last_port() == 45123


@pytest.mark.slow
def test_kill_9_of_the_demo_app_mid_generation_then_a_relaunch_saves_the_clip(
        studio_home: Path) -> None:
    """The real thing: `python -m app --demo` (offscreen) follows a generation, is killed with
    SIGKILL, and the relaunched demo finishes and saves it. The task is sent by the CLI to the
    demo's own simulator (same store, same key, same port), which the window then follows."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    store_path = studio_home / "studio.sqlite3"
    home = studio_home / "demo-simulator"

    def record() -> Any:
        if not store_path.exists():
            return None
        with TaskStore(store_path) as s:
            return next(iter(s.list()), None)

    first = start_demo(env)
    try:
        wait_for(lambda: (home / "port").exists() and (home / "key").exists(), first)
        port = (home / "port").read_text(encoding="utf-8").strip()
        wait_for(lambda: listening(int(port)), first)
        sent = run_cli("generate", "--model", "fast-text-to-video", "--prompt",
                       "a heron killed mid flight", "--duration", "4", "--quality", "480p",
                       "--no-audio", env=cli_env(f"http://127.0.0.1:{port}",
                                                 key=(home / "key").read_text().strip()))
        assert sent.returncode == 0, sent.stderr
        wait_for(lambda: (r := record()) is not None and r.state is TaskState.PROCESSING
                 and r.progress > 0, first)
    finally:
        kill9(first)
    assert record().state is TaskState.PROCESSING

    second = start_demo(env)
    try:
        wait_for(lambda: record().state is TaskState.SAVED, second)
    finally:
        second.terminate()
        second.communicate(timeout=30)
    saved = record()
    assert saved.file_path and Path(saved.file_path).stat().st_size > 0
    assert (read_sidecar(Path(saved.file_path)) or {}).get("task_id") == saved.task_id


def start_demo(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "app", "--demo"], env=env, text=True,
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0
