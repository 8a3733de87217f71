"""`key set/status/clear` from the shell against the real Secret Service, then `generate`."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.account import keychain
from tests.cli.conftest import ThreadedSimulator, run_cli

KEY = "sk-test-LEAKMARK-keycli-0000qrst"
FAST = "seedance-2.0-fast-text-to-video"


@pytest.fixture
def sim(qapp: object) -> Iterator[ThreadedSimulator]:
    ts = ThreadedSimulator(api_keys={KEY}, generation_seconds=0.3, initial_credits=800.0)
    yield ts
    ts.stop()


def shell_env(base_url: str) -> dict[str, str]:
    """The user's shell: no EVOLINK_API_KEY, the session's keychain, a private entry name."""
    env = {k: v for k, v in os.environ.items() if k != "EVOLINK_API_KEY"}
    env["EVOLINK_BASE_URL"] = base_url
    env["QT_QPA_PLATFORM"] = "offscreen"
    assert env.get(keychain.SERVICE_ENV, "").startswith("seedance-studio-test-")
    return env


@pytest.mark.slow
def test_key_set_generate_clear_generate(real_keychain: str, sim: ThreadedSimulator,
                                         tmp_path: Path, studio_home: Path) -> None:
    env = shell_env(sim.base_url)
    stored = run_cli("key", "set", env=env, stdin=KEY + "\n")
    assert stored.returncode == 0, stored.stderr
    assert "sk-…qrst" in stored.stdout and KEY not in stored.stdout
    assert keychain.get_key() == KEY  # really in the Secret Service

    status = run_cli("key", "status", env=env)
    assert status.returncode == 0
    assert "sk-…qrst" in status.stdout and real_keychain in status.stdout
    assert "OS keychain" in status.stdout

    made = run_cli("generate", "--model", FAST, "--prompt", "a lantern on a lake", "--duration",
                   "4", "--quality", "480p", "--wait", "--out", str(tmp_path / "out"), env=env)
    assert made.returncode == 0, made.stderr
    assert Path(made.stdout.strip().splitlines()[-1]).is_file()
    assert any(r.group == "create" and r.has_authorization for r in sim.sim.requests)

    env_key = "sk-test-LEAKMARK-env-9999"
    overridden = run_cli("key", "status", env={**env, "EVOLINK_API_KEY": env_key})
    assert "overrides" in overridden.stdout and "sk-…qrst" in overridden.stdout

    cleared = run_cli("key", "clear", env=env)
    assert cleared.returncode == 0 and "removed" in cleared.stdout
    assert keychain.get_key() is None

    creates = sum(1 for r in sim.sim.requests if r.group == "create")
    refused = run_cli("generate", "--model", FAST, "--prompt", "p", env=env)
    assert refused.returncode == 2
    assert "seedance-studio key set" in refused.stderr
    assert sum(1 for r in sim.sim.requests if r.group == "create") == creates

    for out in (stored, status, made, overridden, cleared, refused):
        assert KEY not in out.stdout + out.stderr
    for path in studio_home.rglob("*"):
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path
