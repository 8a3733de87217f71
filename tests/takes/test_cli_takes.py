"""`generate --takes N --vary KEY=V1,V2` as a user runs it: a subprocess against the simulator."""

from __future__ import annotations

from pathlib import Path

import av
import pytest

from app.core.states import TaskState
from app.services.tasks.store import TaskStore
from tests.cli.conftest import ThreadedSimulator, cli_env, run_cli

pytestmark = pytest.mark.slow
BASE = ("generate", "--model", "fast-text-to-video", "--prompt", "a paper kite over a field",
        "--duration", "4", "--quality", "480p")


def creates(ts: ThreadedSimulator) -> list[str | None]:
    return [r.idempotency_key for r in ts.sim.requests if r.group == "create"]


def test_three_takes_with_wait_make_three_clips(threaded_sim: ThreadedSimulator,
                                                tmp_path: Path, studio_home: Path) -> None:
    result = run_cli(*BASE, "--takes", "3", "--wait", "--out", str(tmp_path),
                     env=cli_env(threaded_sim.base_url))
    assert result.returncode == 0, result.stderr
    keys = creates(threaded_sim)
    assert len(keys) == 3 and len(set(keys)) == 3 and None not in keys
    assert "3 takes, about" in result.stderr and "credits in all" in result.stderr
    lines = result.stdout.strip().splitlines()
    ids, paths = lines[:3], [Path(p) for p in lines[3:]]
    assert set(ids) == set(threaded_sim.sim.tasks)
    assert len(paths) == 3 and len(set(paths)) == 3
    for path in paths:
        assert path.parent == tmp_path
        with av.open(str(path)) as container:
            assert container.streams.video
    with TaskStore(studio_home / "studio.sqlite3") as store:
        records = store.list()
    assert len({r.set_id for r in records}) == 1 and records[0].set_id
    assert {r.state for r in records} == {TaskState.SAVED}


def test_vary_sweeps_settings_and_prompt_alternatives(threaded_sim: ThreadedSimulator) -> None:
    result = run_cli("generate", "--model", "fast-text-to-video", "--prompt",
                     "a kite in {rain|snow}", "--duration", "4", "--vary",
                     "quality=480p,720p", env=cli_env(threaded_sim.base_url))
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.split()) == 4 and len(set(creates(threaded_sim))) == 4
    prompts = sorted(t.request.prompt for t in threaded_sim.sim.tasks.values())
    assert prompts == ["a kite in rain", "a kite in rain", "a kite in snow", "a kite in snow"]


def test_anything_invalid_is_listed_and_nothing_sent(threaded_sim: ThreadedSimulator) -> None:
    result = run_cli(*BASE, "--takes", "2", "--vary", "duration=4,99", "--vary", "colour=red,blue",
                     env=cli_env(threaded_sim.base_url))
    assert result.returncode == 2
    assert "Nothing was sent" in result.stderr
    assert "“99” is not a duration value" in result.stderr
    assert "colour=red,blue" in result.stderr
    assert creates(threaded_sim) == [] and result.stdout == ""
    too_many = run_cli(*BASE, "--takes", "9", env=cli_env(threaded_sim.base_url))
    assert too_many.returncode == 2 and "Takes must be 1 to 8, not 9" in too_many.stderr
    assert creates(threaded_sim) == []
