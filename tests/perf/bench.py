"""Benchmarks against the local simulator; prints a table: `python -m tests.perf.bench`.

Figures are wall-clock on this machine and belong in the README, never in assertions.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core.models import GenerationRequest
from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.api.files_client import FilesClient
from app.services.tasks.downloads import download_clip
from app.simulator import DEMO_KEY
from tests.perf.common import (
    Row,
    print_table,
    start_simulator,
    stop_simulator,
    write_mp4_shaped,
)
from tests.perf.library_scroll import RECORDS, bench_library_scroll
from tests.perf.loop_stall import bench_loop_stall, bench_loop_stall_busy
from tests.perf.polling import bench_polling
from tests.perf.queue_tick import bench_queue_tick
from tests.perf.startup import bench_startup
from tests.perf.take_grid import bench_take_grid
from tests.perf.take_set import bench_take_set

REQ = GenerationRequest(model="seedance-2.0-fast-text-to-video", prompt="benchmark",
                        duration=4, quality="480p")


async def _timed(n: int, one: Callable[[int], Awaitable[object]], concurrency: int) -> float:
    sem = asyncio.Semaphore(concurrency)

    async def run(i: int) -> None:
        async with sem:
            await one(i)

    start = time.perf_counter()
    await asyncio.gather(*(run(i) for i in range(n)))
    return n / (time.perf_counter() - start)


async def bench_round_trips(base_url: str, n: int) -> list[Row]:
    rows: list[Row] = []
    async with EvolinkClient(DEMO_KEY, resolve_endpoints(base_url)) as client:
        async def one(i: int) -> None:
            task = await client.create(REQ, idempotency_key=f"bench-{time.time_ns()}-{i:06d}")
            await client.get(task.id)

        await _timed(20, one, 1)  # warm-up: connections, first render scheduled
        for conc in (1, 8):
            rate = await _timed(n, one, conc)
            rows.append((f"create+get round trips, {conc} in flight", f"{rate:,.0f} /s",
                         f"{n} round trips"))
    return rows


def _curl_seconds(url: str, dest: Path, *, fsync: bool) -> float | None:
    """curl of the same file; with `fsync`, flushed to disk too, as our download always is."""
    if shutil.which("curl") is None:
        return None
    start = time.perf_counter()
    subprocess.run(["curl", "-sS", "-o", str(dest), url], check=True)
    if fsync:
        fd = os.open(dest, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    took = time.perf_counter() - start
    dest.unlink()
    return took


async def bench_download(base_url: str, size_mb: int, work: Path, runs: int = 5) -> list[Row]:
    source = write_mp4_shaped(work / "big.mp4", size_mb)
    async with EvolinkClient(DEMO_KEY, resolve_endpoints(base_url)) as client:
        # The simulator's file host serves it.
        url = (await FilesClient(client).upload(source)).file_url
    size = source.stat().st_size
    shutil.which("curl") or print("no curl: the download row has no ratio")
    ours: list[float] = []
    theirs: dict[bool, list[float]] = {False: [], True: []}
    # First a run traced for the peak heap, untimed (tracemalloc taxes every allocation,
    # which curl never pays; it also imports PyAV, as the app's first download does).
    tracemalloc.start()
    await download_clip(url, work / "ours-traced.mp4")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    (work / "ours-traced.mp4").unlink()
    # Then ours and curl's in turn, so that a change in the machine's load hits both.
    for i in range(runs):
        dest = work / f"ours-{i}.mp4"
        start = time.perf_counter()
        await download_clip(url, dest)  # verified too (boxes, moov, frames), as always
        ours.append(time.perf_counter() - start)
        dest.unlink()
        for fsync in (False, True):
            took = await asyncio.to_thread(_curl_seconds, url, work / f"curl-{i}.mp4",
                                           fsync=fsync)
            if took is not None:
                theirs[fsync].append(took)
    ours_mb_s = size / statistics.median(ours) / 1e6
    rows: list[Row] = [("download throughput (loopback)", f"{ours_mb_s:,.0f} MB/s",
                        f"{size / 1e6:,.0f} MB file, median of {runs}, verified, fsynced")]
    for fsync, label in ((False, "curl"), (True, "curl + fsync")):
        if theirs[fsync]:
            curl_mb_s = size / statistics.median(theirs[fsync]) / 1e6
            rows.append((f"  … as a ratio to {label}", f"{ours_mb_s / curl_mb_s:.2f}×",
                         f"{label} {curl_mb_s:,.0f} MB/s"))
    rows.append(("  … peak Python heap while downloading", f"{peak / 2**20:.1f} MiB",
                 f"for a {size / 2**20:,.0f} MiB file (streamed)"))
    return rows


async def main_async(args: argparse.Namespace) -> list[Row]:
    work = Path(tempfile.mkdtemp(prefix="seedance-bench-"))
    proc, base_url = start_simulator(work)
    try:
        rows = [] if args.only else await bench_round_trips(base_url, args.round_trips)
        rows += await bench_download(base_url, args.size_mb, work, args.download_runs)
    finally:
        stop_simulator(proc)
    if args.only == "download":
        shutil.rmtree(work, ignore_errors=True)
        return rows
    try:
        rows += await bench_queue_tick(work / "queue")
        if not args.skip_stall:
            rows += await bench_loop_stall(work / "stall")
            rows += await bench_loop_stall_busy(work / "stall-busy")
        if not args.skip_take_set:
            rows += await bench_take_set(work / "take-set")
        if not args.skip_polling:
            rows += await bench_polling(work / "polling")
        return rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--round-trips", type=int, default=300)
    p.add_argument("--size-mb", type=int, default=90, help="at most 90: the upload limit")
    p.add_argument("--start-runs", type=int, default=7, help="start-up samples (0: skip)")
    p.add_argument("--skip-stall", action="store_true", help="skip the 200-task loop benchmark")
    p.add_argument("--skip-take-set", action="store_true",
                   help="skip the take set of 8 sent from the studio window (about 20 s)")
    p.add_argument("--skip-polling", action="store_true",
                   help="skip the polling-cost benchmark (about a minute)")
    p.add_argument("--library-clips", type=int, default=RECORDS,
                   help="saved clips in the library benchmark (0: skip)")
    p.add_argument("--skip-takes", action="store_true",
                   help="skip the take grid benchmark (9 clips of 720p, about a minute)")
    p.add_argument("--library-only", action="store_true",
                   help="run the library benchmark alone")
    p.add_argument("--download-runs", type=int, default=5,
                   help="timed downloads, each beside a curl and a curl + fsync (median)")
    p.add_argument("--only", choices=("download",),
                   help="run this row alone (download: throughput against curl)")
    args = p.parse_args()
    if args.only:
        args.start_runs, args.library_clips, args.skip_takes = 0, 0, True
    rows: list[Row] = []
    if args.start_runs and not args.library_only:  # first, in fresh processes, alone
        with tempfile.TemporaryDirectory(prefix="seedance-startup-") as tmp:
            rows += bench_startup(Path(tmp), args.start_runs)
    import qasync
    from PySide6.QtWidgets import QApplication

    from app.services import thread_jobs
    from app.services.main_thread_gc import collect_on_this_thread

    app = QApplication.instance() or QApplication([])  # the app's own loop: qasync on Qt
    collect_on_this_thread(app)  # as the window does: cycles collected on the GUI thread only
    loop = qasync.QEventLoop(app)
    thread_jobs.use_on(loop)  # as the app's loop: jobs' objects let go on the GUI thread
    with loop:
        if not args.library_only:
            rows += loop.run_until_complete(main_async(args))
        if args.library_clips:  # plain Qt: it runs its own event loops, as a view's user does
            with tempfile.TemporaryDirectory(prefix="seedance-library-") as tmp:
                rows += bench_library_scroll(Path(tmp), args.library_clips)
        if not args.skip_takes and not args.library_only:
            with tempfile.TemporaryDirectory(prefix="seedance-takes-") as tmp:
                rows += bench_take_grid(Path(tmp))
    print_table(rows)


if __name__ == "__main__":
    main()
