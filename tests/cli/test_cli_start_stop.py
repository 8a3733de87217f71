"""The CLI's first and last lines: no key, a busy port, and `simulate` stopped by a signal."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import ThreadedSimulator, cli_env, run_cli

ROOT = Path(__file__).resolve().parents[2]


def test_no_key_is_two_short_lines_without_window_notions(threaded_sim: ThreadedSimulator) -> None:
    result = run_cli("credits", env=cli_env(threaded_sim.base_url, key=None))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert 1 <= len(lines) <= 2 and all(len(line) <= 110 for line in lines), lines
    assert lines[0].startswith("No API key is set: export EVOLINK_API_KEY")
    assert "session-only" not in result.stderr and "Traceback" not in result.stderr


def _simulate(port: int) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "app", "simulate", "--port", str(port)],
                            env=env, text=True, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def test_simulate_on_a_busy_port_says_so_in_one_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        proc = _simulate(taken.getsockname()[1])
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert err.strip().count("\n") == 0 and "already in use" in err, err
    assert "Traceback" not in err + out


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_simulate_stops_on_a_signal_and_removes_its_clips(signum: int) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = _simulate(port)
    assert proc.stdout is not None
    clips: Path | None = None
    for line in proc.stdout:  # it prints where its clips go once it listens
        if line.startswith("Clips are rendered into "):
            clips = Path(line.removeprefix("Clips are rendered into ").strip())
            break
    assert clips is not None and clips.is_dir()
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Simulator stopped." in out and "Traceback" not in err
    assert not clips.exists()
