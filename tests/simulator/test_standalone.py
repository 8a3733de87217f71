"""`run_standalone` in a subprocess: prints its URL, takes faults over HTTP, stops on Ctrl-C."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.simulator import DEMO_KEY
from tests.simulator.conftest import body

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ("from app.simulator import run_standalone; "
          "run_standalone(port=0, generation_seconds=0.3, clips_dir={clips!r})")


@pytest.mark.slow
def test_standalone_server_round_trip_and_clean_stop(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT.format(clips=str(tmp_path / "clips"))], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        banner = [proc.stdout.readline() for _ in range(4)]
        match = re.search(r"listening at (http://127\.0\.0\.1:\d+)", banner[0])
        assert match, banner
        base = match.group(1)
        assert f"EVOLINK_BASE_URL={base}" in "".join(banner)
        assert DEMO_KEY in "".join(banner)
        with httpx.Client(base_url=base, timeout=30,
                          headers={"Authorization": f"Bearer {DEMO_KEY}"}) as c:
            armed = c.post("/_sim/faults", json={"kind": "rate_limit", "n": 1,
                                                 "retry_after": 1, "only": "create"})
            assert armed.json()["ok"] is True
            assert c.post("/v1/videos/generations", json=body()).status_code == 429
            task = c.post("/v1/videos/generations", json=body()).json()
            for _ in range(600):
                task = c.get(f"/v1/tasks/{task['id']}").json()
                if task["status"] == "completed":
                    break
                time.sleep(0.05)
            assert task["status"] == "completed"
            clip = httpx.get(task["results"][0])
            assert clip.status_code == 200
            assert clip.content[4:8] == b"ftyp"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == 0, err
        assert "stopped" in out.lower()
        assert "without text" not in err  # the runner made a QGuiApplication for the fonts
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
