"""What the benchmarks share: the simulator in its own process, test files, the table."""

from __future__ import annotations

import contextlib
import math
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

Row = tuple[str, str, str]


def start_simulator(work: Path, *, generation_seconds: float | str = 3600.0,
                    credits: float = 1e9,
                    options: Sequence[str] = ()) -> tuple[subprocess.Popen[str], str]:
    """`seedance-studio simulate` in its own process, as a user would run it: its CPU is not
    the app's. `options`: more of its command-line options (e.g. --time-scale 10)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    home = work / f"sim-home-{port}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "simulate", "--port", str(port), "--generation-seconds",
         str(generation_seconds), "--credits", str(credits), *options], stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, env={**os.environ, "SEEDANCE_STUDIO_HOME": str(home)},
        text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return proc, f"http://127.0.0.1:{port}"
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the simulator did not start")


def stop_simulator(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(2)  # SIGINT: the simulator's own Ctrl-C path
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def write_mp4_shaped(path: Path, size_mb: int) -> Path:
    """A real (short) MP4 grown to `size_mb` by a trailing `free` box of random bytes: it passes
    the download check (boxes, `moov`, frames) and weighs what a long clip does on the wire."""
    from tests.library.conftest import write_frames

    write_frames(path, [(40, 90, 160)] * 3)
    bulk = max(0, size_mb * (1 << 20) - path.stat().st_size - 8)
    chunk = os.urandom(1 << 20)
    with path.open("ab") as f:
        f.write((bulk + 8).to_bytes(4, "big") + b"free")
        while bulk > 0:
            f.write(chunk[:bulk])
            bulk -= min(bulk, len(chunk))
    return path


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0–100), nearest rank; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0


def print_table(rows: Sequence[Row]) -> None:
    header = ("benchmark", "result", "notes")
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("-|-".join("-" * w for w in widths))
    for row in rows:
        print(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


@contextlib.contextmanager
def cpu_burner() -> Iterator[None]:
    """A busy machine: another process spinning on one core for as long as the block runs."""
    proc = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        yield
    finally:
        proc.kill()
        proc.wait()
