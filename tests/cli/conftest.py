"""The CLI as a user runs it: a subprocess, against a simulator on loopback."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.simulator import Simulator

KEY = "sk-test-LEAKMARK-cli-0123456789wxyz"


class ThreadedSimulator:
    """A simulator on its own asyncio loop in a thread, so sync tests can run the CLI beside it."""

    def __init__(self, **options: Any) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()
        self.sim = self._call(self._make(options))
        self.base_url: str = self._call(self.sim.start())

    async def _make(self, options: dict[str, Any]) -> Simulator:
        return Simulator(**options)

    def _call(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=60)

    def stop(self) -> None:
        self._call(self.sim.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)


@pytest.fixture
def threaded_sim(qapp: Any) -> Iterator[ThreadedSimulator]:
    ts = ThreadedSimulator(api_keys={KEY}, generation_seconds=0.5, initial_credits=2000.0)
    yield ts
    ts.stop()


def cli_env(base_url: str, *, key: str | None = KEY) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "EVOLINK_API_KEY"}
    env["EVOLINK_BASE_URL"] = base_url
    env["QT_QPA_PLATFORM"] = "offscreen"
    if key is not None:
        env["EVOLINK_API_KEY"] = key
    else:
        # No real keychain is consulted: the "no key anywhere" path, hermetically.
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return env


def run_cli(*args: str, env: dict[str, str], timeout: float = 120,
            stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], env=env, text=True,
                          capture_output=True, timeout=timeout, input=stdin,
                          cwd=Path(__file__).resolve().parents[2])
