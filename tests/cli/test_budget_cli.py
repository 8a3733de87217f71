"""`generate` past the daily budget: one clear line, exit 2 and nothing sent, unless
--over-budget is given."""

from __future__ import annotations

import time

from app.services.home import paths
from app.services.home.settings import DAILY_BUDGET, Settings
from tests.cli.conftest import ThreadedSimulator, cli_env, run_cli
from tests.spending.conftest import add_task, store_at

FAST = "seedance-2.0-fast-text-to-video"


def _creates(ts: ThreadedSimulator) -> int:
    return sum(1 for r in ts.sim.requests if r.group == "create")


def _spent_today(credits: float) -> None:
    store, clock = store_at(paths.store_path(), time.time() - 60)
    add_task(store, clock, clock.now, credits, outcome="expired")
    store.close()


def test_generate_refuses_past_the_budget(threaded_sim: ThreadedSimulator) -> None:
    Settings.open_default().set(DAILY_BUDGET, 50)
    _spent_today(40)
    args = ("generate", "--model", FAST, "--prompt", "a red kite over dunes", "--duration", "4",
            "--quality", "480p")
    result = run_cli(*args, env=cli_env(threaded_sim.base_url))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Not sent: over your daily budget. Today: 40 of 50 credits; "
                               "this clip ≈ ")
    assert lines[0].endswith(". Add --over-budget to send anyway, or change the budget in "
                             "Preferences → Account & advanced.")
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert _creates(threaded_sim) == 0

    sent = run_cli(*args, "--over-budget", env=cli_env(threaded_sim.base_url))
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.strip().startswith("task-unified-")
    assert _creates(threaded_sim) == 1


def test_within_the_budget_generate_sends(threaded_sim: ThreadedSimulator) -> None:
    Settings.open_default().set(DAILY_BUDGET, 5000)
    _spent_today(40)
    result = run_cli("generate", "--model", FAST, "--prompt", "a red kite over dunes",
                     "--duration", "4", "--quality", "480p", env=cli_env(threaded_sim.base_url))
    assert result.returncode == 0, result.stderr
    assert _creates(threaded_sim) == 1
