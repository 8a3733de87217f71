"""`seedance-studio` commands end to end: exit codes, output, saved clips, nothing leaked."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import av
import pytest

from tests.cli.conftest import KEY, ThreadedSimulator, cli_env, run_cli

FAST = "seedance-2.0-fast-text-to-video"


def api_requests(ts: ThreadedSimulator) -> list[object]:
    return [r for r in ts.sim.requests if r.path.startswith(("/v1/", "/api/"))]


@pytest.mark.parametrize(("args", "words"), [
    (["--model", FAST, "--quality", "1080p"], "1080p"),
    (["--model", "seedance-2.0-mini-reference-to-video", "--quality", "1080p",
      "--image", "https://example.com/a.png"], "1080p"),
    (["--model", "seedance-2.0-image-to-video"], "image"),
    (["--model", FAST, "--duration", "16"], "16"),
    (["--model", FAST, "--video", "https://example.com/v.mp4"], "video"),
    (["--model", "seedance-2.0-reference-to-video", "--audio", "https://example.com/a.mp3"],
     "alone"),
])
def test_invalid_input_exits_2_before_any_request(threaded_sim: ThreadedSimulator,
                                                  args: list[str], words: str) -> None:
    result = run_cli("generate", "--prompt", "a lighthouse at dawn", *args,
                     env=cli_env(threaded_sim.base_url))
    assert result.returncode == 2, result.stderr
    assert words in result.stderr
    assert "Nothing was sent" in result.stderr
    assert api_requests(threaded_sim) == []


def test_every_problem_is_listed_at_once(threaded_sim: ThreadedSimulator) -> None:
    result = run_cli("generate", "--prompt", "x", "--model", FAST, "--quality", "1080p",
                     "--duration", "3", "--video", "https://example.com/v.mp4",
                     env=cli_env(threaded_sim.base_url))
    assert result.returncode == 2
    assert result.stderr.count("•") == 3


def test_local_image_out_of_limits_is_refused_locally(threaded_sim: ThreadedSimulator,
                                                      tmp_path: Path, qapp: object) -> None:
    from PySide6.QtGui import QImage

    tiny = tmp_path / "tiny.png"
    image = QImage(200, 200, QImage.Format.Format_RGB32)
    image.fill(0)
    assert image.save(str(tiny))
    result = run_cli("generate", "--prompt", "p", "--model", "seedance-2.0-fast-image-to-video",
                     "--image", str(tiny), env=cli_env(threaded_sim.base_url))
    assert result.returncode == 2
    assert "200 px is outside 300–6000 px" in result.stderr
    assert api_requests(threaded_sim) == []


def test_generate_wait_saves_a_playable_clip(threaded_sim: ThreadedSimulator,
                                             tmp_path: Path) -> None:
    out = tmp_path / "out"
    env = cli_env(threaded_sim.base_url)
    result = run_cli("generate", "--model", FAST, "--prompt", "a red kite over dunes",
                     "--duration", "4", "--quality", "480p", "--aspect", "9:16", "--wait",
                     "--out", str(out), env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("task-unified-")
    clip = Path(lines[-1])
    assert clip.parent == out and clip.suffix == ".mp4"
    with av.open(str(clip)) as container:
        video = container.streams.video[0]
        assert (video.codec_context.width, video.codec_context.height) == (496, 864)
        assert container.duration is not None
        assert abs(container.duration / 1e6 - 4.0) < 0.1
    sidecar = json.loads(clip.with_suffix(".json").read_text())
    assert sidecar["task_id"] == lines[0]
    assert not list(out.glob("*.part"))

    listed = run_cli("list", env=env)
    assert lines[0] in listed.stdout and "Saved" in listed.stdout
    status = run_cli("status", lines[0], env=env)
    assert status.returncode == 0 and "completed 100%" in status.stdout


def test_failed_task_exits_4_and_says_no_charge(threaded_sim: ThreadedSimulator,
                                                tmp_path: Path) -> None:
    result = run_cli("generate", "--model", FAST, "--prompt", "[fail:content_policy_violation]",
                     "--duration", "4", "--quality", "480p", "--wait", "--out", str(tmp_path),
                     env=cli_env(threaded_sim.base_url))
    assert result.returncode == 4
    assert "not charged" in result.stderr


def test_api_error_exits_3(threaded_sim: ThreadedSimulator) -> None:
    result = run_cli("credits", env=cli_env(threaded_sim.base_url, key="sk-wrong-0000000000"))
    assert result.returncode == 3
    assert "refused" in result.stderr or "401" in result.stderr


def test_no_key_anywhere_says_how_to_set_one(threaded_sim: ThreadedSimulator) -> None:
    result = run_cli("generate", "--model", FAST, "--prompt", "p",
                     env=cli_env(threaded_sim.base_url, key=None))
    assert result.returncode == 2
    assert "seedance-studio key set" in result.stderr
    assert api_requests(threaded_sim) == []


def test_credits_and_json(threaded_sim: ThreadedSimulator) -> None:
    result = run_cli("credits", "--json", env=cli_env(threaded_sim.base_url))
    assert result.returncode == 0
    assert json.loads(result.stdout)["user_remaining"] == pytest.approx(2000.0)


def test_full_session_leaks_no_key(threaded_sim: ThreadedSimulator, tmp_path: Path,
                                   studio_home: Path) -> None:
    env = cli_env(threaded_sim.base_url)
    outputs = []
    for args in (["-v", "generate", "--model", FAST, "--prompt", "leak check", "--duration", "4",
                  "--quality", "480p", "--wait", "--out", str(tmp_path / "clips")],
                 ["-v", "credits"], ["-v", "list"], ["-v", "key", "status"],
                 ["-v", "credits"]):
        r = run_cli(*args, env=env)
        outputs += [r.stdout, r.stderr]
    assert all(KEY not in text for text in outputs)
    assert "sk-…wxyz" in "".join(outputs)  # `key status` shows the masked key
    for folder in (studio_home, tmp_path / "clips"):
        for path in folder.rglob("*"):
            if path.is_file():
                assert KEY.encode() not in path.read_bytes(), path


def test_generate_against_simulate_subprocess(tmp_path: Path) -> None:
    """The acceptance run: `simulate` in one process, `generate --wait` in another."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    server = subprocess.Popen([sys.executable, "-m", "app", "simulate", "--port", str(port),
                               "--generation-seconds", "1"], env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        from app.simulator import DEMO_KEY

        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        result = run_cli("generate", "--model", "seedance-2.0-text-to-video", "--prompt",
                         "a glass whale in the sky", "--duration", "4", "--quality", "480p",
                         "--wait", "--out", str(tmp_path), env=cli_env(base, key=DEMO_KEY))
        assert result.returncode == 0, result.stderr
        clip = Path(result.stdout.strip().splitlines()[-1])
        with av.open(str(clip)) as container:
            assert container.streams.video[0].codec_context.name == "h264"
            assert container.streams.audio  # generate_audio defaults to true
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=20)
