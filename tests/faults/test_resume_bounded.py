"""Issue 14 item 5: `resume` ends. Polls refused again and again (401) or a download refused
again and again end with the reason, an exit code and what is left; with `--out` elsewhere,
a clip whose first folder cannot be written lands there."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

import pytest

from app import cli_session
from app.cli import EXIT_OK, EXIT_TASK
from app.core.states import TaskState
from app.services.tasks import download_scheduler, generation, poller
from app.services.tasks.store import TaskRecord, TaskStore
from app.simulator import Simulator
from tests.faults.dl_support import DL_KEY, saved_whole
from tests.queue.conftest import request

S = TaskState
REFUSAL = "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"


@pytest.fixture(autouse=True)
def dl_quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(poller, "OTHER_ERROR_WAIT_S", 0.05)
    monkeypatch.setattr(download_scheduler, "DOWNLOAD_RETRY_S", (0.05,) * 5)
    monkeypatch.setenv("EVOLINK_API_KEY", DL_KEY)


def args(sim: Simulator, out: Path | None = None) -> argparse.Namespace:
    return argparse.Namespace(base_url=sim.base_url, out=out)


async def created(client: Any, store: TaskStore, prompt: str, *,
                  finished: bool = False) -> TaskRecord:
    rec = await generation.submit(client, store, request(prompt), source="cli")
    assert rec.task_id is not None
    for _ in range(200):
        task = await client.get(rec.task_id)
        if not finished or task.result_urls:
            return store.apply_poll(rec.local_id, task)
        await asyncio.sleep(0.05)
    raise AssertionError("the task did not finish")


async def test_polls_refused_again_and_again_end_with_the_reason_and_what_is_left(
        sim: Simulator, client: Any, store: TaskStore,
        capsys: pytest.CaptureFixture[str]) -> None:
    rec = await created(client, store, "a key refused on every poll")
    refused = {"error": {"code": 401, "message": "Invalid or expired API key"}}
    sim.faults.answer(401, refused, n=1000, only="get")
    sim.faults.answer(401, refused, n=1000, only="batch")
    code = await asyncio.wait_for(cli_session.resume(args(sim)), 60)
    err = capsys.readouterr().err
    assert code == EXIT_TASK
    assert f"{rec.task_id}: stopped trying:" in err and "key" in err.lower()
    assert f"Left unfinished: {rec.task_id}" in err and "Traceback" not in err
    kept = store.get(rec.local_id)
    assert kept is not None and kept.task_id == rec.task_id and not kept.state.terminal
    assert sum(1 for r in sim.requests if r.group == "create") == 1


async def test_a_download_refused_again_and_again_ends_with_the_reason(
        sim: Simulator, client: Any, store: TaskStore, studio_home: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    rec = await created(client, store, "a link refused for good", finished=True)
    sim.faults.answer(403, REFUSAL, n=1000, only="download")
    code = await asyncio.wait_for(cli_session.resume(args(sim)), 60)
    err = capsys.readouterr().err
    assert code == EXIT_TASK
    assert f"{rec.task_id}: stopped trying: the result link was refused (HTTP 403)" in err
    assert "Traceback" not in err
    kept = store.get(rec.local_id)
    assert kept is not None and kept.state is S.COMPLETED  # not called expired: it may come
    assert not list(studio_home.rglob("*.mp4"))


async def test_out_elsewhere_takes_a_clip_whose_first_folder_cannot_be_written(
        sim: Simulator, client: Any, store: TaskStore, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    rec = await created(client, store, "first folder gone", finished=True)
    first = tmp_path / "unplugged"
    store.mark_downloading(rec.local_id, first / "clip.mp4")
    store.mark_download_interrupted(rec.local_id, "the drive went away")
    first.write_text("a file where the folder was")  # nothing can be written in there
    elsewhere = tmp_path / "elsewhere"
    code = await asyncio.wait_for(cli_session.resume(args(sim, elsewhere)), 60)
    assert code == EXIT_OK
    done = store.get(rec.local_id)
    assert done is not None and done.state is S.SAVED
    assert Path(done.file_path or "").parent == elsewhere and saved_whole(sim, done)
    assert str(elsewhere) in capsys.readouterr().out
