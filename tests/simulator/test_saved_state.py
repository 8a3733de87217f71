"""A simulator with a state folder keeps its tasks, clips and credits across runs, even killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.simulator import Simulator
from app.simulator.saved_state import KEEP_S, STATE_FILE
from tests.simulator.conftest import AUTH, KEY, body, wait_done

ROOT = Path(__file__).resolve().parents[2]


async def started(folder: Path, **options: Any) -> Simulator:
    sim = Simulator({KEY}, initial_credits=1000.0, state_dir=folder,
                    **{"generation_seconds": 0.3, **options})
    await sim.start()
    return sim


def api(sim: Simulator) -> httpx.AsyncClient:
    assert sim.base_url
    return httpx.AsyncClient(base_url=sim.base_url, headers=AUTH, timeout=30)


async def test_a_finished_task_is_answered_by_the_next_simulator_with_its_clip(
        tmp_path: Path) -> None:
    first = await started(tmp_path)
    async with api(first) as client:
        r = await client.post("/v1/videos/generations", json=body(prompt="kept fox"),
                              headers={"Idempotency-Key": "key-kept-fox-0123456789"})
        task_id = r.json()["id"]
        done = await wait_done(client, task_id)
    assert done["status"] == "completed"
    clip = first.clip_path(task_id)
    assert clip.parent == tmp_path / "clips"
    left = first.credits_remaining
    await first.stop()
    assert clip.is_file()  # the state folder is not a temporary one

    second = await started(tmp_path)
    try:
        async with api(second) as client, httpx.AsyncClient(timeout=30) as cdn:
            again = (await client.get(f"/v1/tasks/{task_id}")).json()
            assert again["status"] == "completed"
            assert again["progress"] == 100
            assert (await cdn.get(again["results"][0])).content == clip.read_bytes()
            # The same Idempotency-Key still names the same task, not a second charge.
            r = await client.post("/v1/videos/generations", json=body(prompt="kept fox"),
                                  headers={"Idempotency-Key": "key-kept-fox-0123456789"})
            assert r.json()["id"] == task_id
        assert second.credits_remaining == left
    finally:
        await second.stop()


async def test_a_task_killed_mid_generation_finishes_later_and_its_lost_clip_is_rendered(
        tmp_path: Path) -> None:
    first = await started(tmp_path, generation_seconds=3.0)
    async with api(first) as client:
        task_id = (await client.post("/v1/videos/generations",
                                     json=body(prompt="interrupted heron"))).json()["id"]
    held = 1000.0 - first.credits_remaining
    assert held > 0
    saved = json.loads((tmp_path / STATE_FILE).read_text(encoding="utf-8"))
    assert [t["id"] for t in saved["tasks"]] == [task_id]
    await first.stop()
    # As if the kill came before the clip was written: the next run renders it again.
    for clip in (tmp_path / "clips").glob("*.mp4"):
        clip.unlink()

    second = await started(tmp_path, generation_seconds=3.0)
    try:
        assert 1000.0 - second.credits_remaining == pytest.approx(held)  # still reserved
        async with api(second) as client:
            done = await wait_done(client, task_id)
        assert done["status"] == "completed"
        assert second.clip_path(task_id).is_file()
        assert second.credits_remaining == pytest.approx(1000.0 - held)  # now charged
    finally:
        await second.stop()


async def test_old_tasks_and_their_clips_are_dropped_and_a_damaged_file_starts_afresh(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    first = await started(tmp_path)
    async with api(first) as client:
        task_id = (await client.post("/v1/videos/generations",
                                     json=body(prompt="an old owl"))).json()["id"]
        await wait_done(client, task_id)
    clip = first.clip_path(task_id)
    await first.stop()
    state = tmp_path / STATE_FILE
    data = json.loads(state.read_text(encoding="utf-8"))
    for task in data["tasks"]:
        task["created"] -= KEEP_S + 60
        task["started"] -= KEEP_S + 60
    state.write_text(json.dumps(data), encoding="utf-8")

    second = await started(tmp_path)
    assert second.tasks == {}
    assert not clip.exists()
    await second.stop()

    state.write_text("{not json", encoding="utf-8")
    third = await started(tmp_path)
    assert third.tasks == {}
    assert "cannot be read" in caplog.text
    await third.stop()


def create_then_kill_9(folder: Path) -> str:
    """A simulator process on `folder` creates a task and is killed (SIGKILL) while it
    generates, so it never stops cleanly; the task's id."""
    script = textwrap.dedent(f"""
        import asyncio, httpx
        from app.simulator import Simulator
        async def main():
            sim = Simulator({{{KEY!r}}}, generation_seconds=4.0, state_dir={str(folder)!r})
            await sim.start()
            async with httpx.AsyncClient(base_url=sim.base_url, timeout=30,
                                         headers={{"Authorization": "Bearer {KEY}"}}) as c:
                r = await c.post("/v1/videos/generations", json={body(prompt="killed crane")!r})
                print(r.json()["id"], flush=True)
            await asyncio.sleep(600)
        asyncio.run(main())
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert proc.stdout is not None
        task_id = proc.stdout.readline().strip()
        assert task_id.startswith("task-unified-"), proc.stderr.read() if proc.stderr else ""
        time.sleep(0.5)  # generating: about 10 % in
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return task_id


@pytest.mark.slow
async def test_kill_9_of_a_simulator_process_mid_generation_loses_no_task(
        tmp_path: Path) -> None:
    task_id = create_then_kill_9(tmp_path)
    sim = await started(tmp_path, generation_seconds=4.0)
    try:
        async with api(sim) as client:
            seen: list[dict[str, Any]] = []
            done = await wait_done(client, task_id, seen)
        assert seen[0]["status"] == "processing"  # picked up where it was, not from scratch
        assert done["status"] == "completed"
        assert sim.clip_path(task_id).stat().st_size > 0
    finally:
        await sim.stop()
