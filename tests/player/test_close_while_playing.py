"""Closing a playing clip never deadlocks (the GUI thread held Python's lock inside
QMediaPlayer.stop() while FFmpeg's audio renderer waited for it: about 1 close in 100 hung)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CYCLES = 120
TIMEOUT_S = 120  # ~0.15 s a cycle; a deadlock never ends


@pytest.mark.slow
def test_open_play_close_many_times_never_hangs(clip: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tests.player.close_cycles", str(clip), str(CYCLES)],
            env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False,
            cwd=Path(__file__).resolve().parents[2])
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"close() hung: no end after {TIMEOUT_S} s ({exc.stdout!r})")
    assert done.returncode == 0, done.stderr[-800:]
    assert f"{CYCLES} cycles" in done.stdout
