"""Issue 14 item 4: `generate --wait` ends every download fault in one line with a documented
exit code, keeps the task id, and checks `--out` before the POST (no credit spent)."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import EXIT_DISK, EXIT_DOWNLOAD, EXIT_INVALID, build_parser
from tests.cli.conftest import run_cli
from tests.faults.conftest import in_env
from tests.faults.fault_server import TASK_ID, FaultServer

GENERATE = ("generate", "--model", "text-to-video", "--prompt", "a lantern at dusk", "--wait",
            "--over-budget")


def _one_fault_line(result: subprocess.CompletedProcess[str]) -> str:
    """The last stderr line, after asserting there is no traceback anywhere."""
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    lines = [ln for ln in result.stderr.splitlines() if not ln.endswith("%")]
    assert len(lines) == 1, result.stderr
    assert "\x1b" not in result.stderr
    return lines[0]


@pytest.mark.parametrize(("results", "said"), [
    (lambda b: [f"{b}/clip/notmp4.mp4"], "not an MP4"),
    (lambda b: ["http://127.0.0.1:1/clip.mp4"], "could not connect"),
    (lambda b: [f"{b}/clip/loop.mp4"], "redirected too many times"),
    (lambda b: [f"{b}/clip/to-ftp.mp4"], "ftp://"),
    (lambda b: [f"{b}/clip/to-other-host.mp4"], "could not connect"),
    (lambda b: [b.replace("http://", "http://u:p@") + "/clip/notmp4.mp4"], "user name or pass"),
    (lambda b: [], "gives no result link"),
], ids=["not-mp4", "unreachable", "redirect-loop", "redirect-scheme", "redirect-host",
        "credentials", "no-results"])
def test_a_download_fault_is_one_line_and_exit_5_with_the_task_id_kept(
        in_server: FaultServer, tmp_path: Path, results: object, said: str) -> None:
    in_server.results = results  # type: ignore[assignment]
    out = tmp_path / "out"
    result = run_cli(*GENERATE, "--out", str(out), env=in_env(in_server.base_url, tmp_path))
    line = _one_fault_line(result)
    assert result.returncode == EXIT_DOWNLOAD, result.stderr
    assert said in line and "resume" in line
    assert result.stdout.strip() == f"{TASK_ID}1"  # the id was printed the moment it came
    assert in_server.creates == 1
    assert not [p for p in out.iterdir() if p.suffix == ".mp4"]  # nothing under a final name


@pytest.mark.parametrize("bad", ["file", "under-a-file", "nul"])
def test_an_unusable_out_folder_is_refused_before_the_post(
        in_server: FaultServer, tmp_path: Path, bad: str) -> None:
    (tmp_path / "a-file").write_text("x")
    out = {"file": str(tmp_path / "a-file"), "under-a-file": str(tmp_path / "a-file" / "sub"),
           "nul": "bad\x01name/\udcff"}[bad]
    result = run_cli(*GENERATE, "--out", out, env=in_env(in_server.base_url, tmp_path))
    line = _one_fault_line(result)
    assert result.returncode == EXIT_INVALID and "nothing was sent" in line
    assert in_server.creates == 0


@contextlib.contextmanager
def _small_disk(path: Path, size: str) -> Iterator[Path]:
    path.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_a_full_disk_is_refused_before_the_post(in_server: FaultServer, tmp_path: Path) -> None:
    with _small_disk(tmp_path / "tiny", "1m") as out:
        result = run_cli(*GENERATE, "--out", str(out), env=in_env(in_server.base_url, tmp_path))
    line = _one_fault_line(result)
    assert result.returncode == EXIT_INVALID and "is full" in line
    assert in_server.creates == 0


def test_a_disk_that_fills_during_the_download_is_exit_6(
        in_server: FaultServer, tmp_path: Path) -> None:
    in_server.results = lambda b: [f"{b}/clip/huge.mp4"]
    with _small_disk(tmp_path / "small", "70m") as out:
        result = run_cli(*GENERATE, "--out", str(out), env=in_env(in_server.base_url, tmp_path))
        assert not list(out.glob("*.mp4"))
    line = _one_fault_line(result)
    assert result.returncode == EXIT_DISK, result.stderr
    assert "could not store it" in line and TASK_ID in line


def test_the_exit_codes_are_documented_in_help() -> None:
    text = build_parser().format_help()
    for code in ("0", "1", "2", "3", "4", "5", "6", "7", "130"):
        assert f"\n  {code} " in text
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert "| 6 |" in readme and "| 7 |" in readme


def test_a_read_only_out_folder_is_refused_before_the_post(
        in_server: FaultServer, tmp_path: Path) -> None:
    with _small_disk(tmp_path / "ro", "8m") as out:
        subprocess.run(["mount", "-o", "remount,ro", str(out)], check=True)
        result = run_cli(*GENERATE, "--out", str(out), env=in_env(in_server.base_url, tmp_path))
    line = _one_fault_line(result)
    assert result.returncode == EXIT_INVALID and "Read-only file system" in line
    assert in_server.creates == 0
