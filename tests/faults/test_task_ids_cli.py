"""Issue 14 item 8, as a user runs the CLI: an answer carrying another task's id is a malformed
answer in `status` (one line, exit 3) and in `generate --wait` (polled again, saved)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cli import EXIT_API, EXIT_OK
from tests.cli.conftest import KEY, ThreadedSimulator, cli_env, run_cli

FAST = "seedance-2.0-fast-text-to-video"
OTHER = "task-unified-1700000000-someoneelse"


@pytest.fixture
def dl_threaded_sim(qapp: Any) -> Iterator[ThreadedSimulator]:
    ts = ThreadedSimulator(api_keys={KEY}, generation_seconds=0.5, initial_credits=2000.0)
    yield ts
    ts.stop()


def test_status_of_a_task_answered_as_another_says_one_line_and_exits_3(
        dl_threaded_sim: ThreadedSimulator) -> None:
    env = cli_env(dl_threaded_sim.base_url)
    made = run_cli("generate", "--model", FAST, "--prompt", "whose status", "--duration", "4",
                   "--quality", "480p", env=env)
    assert made.returncode == EXIT_OK, made.stderr
    task_id = made.stdout.strip()
    dl_threaded_sim.sim.faults.other_task(OTHER)
    result = run_cli("status", task_id, env=env)
    assert result.returncode == EXIT_API
    assert "Traceback" not in result.stderr and "ValueError" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and OTHER in lines[0] and task_id in lines[0]


def test_generate_wait_rides_out_answers_about_another_task(
        dl_threaded_sim: ThreadedSimulator, tmp_path: Path) -> None:
    faults = dl_threaded_sim.sim.faults
    faults.refuse_batch(404)  # one task per read, so the fault lands on its poll
    faults.other_task(OTHER, n=2)
    result = run_cli("generate", "--model", FAST, "--prompt", "answered as someone else",
                     "--duration", "4", "--quality", "480p", "--wait", "--out", str(tmp_path),
                     env=cli_env(dl_threaded_sim.base_url))
    assert result.returncode == EXIT_OK, result.stderr
    assert "Traceback" not in result.stderr
    [clip] = tmp_path.glob("*.mp4")
    assert str(clip) in result.stdout
    assert faults.pending == 0  # both wrong answers were served, and ridden out
