"""What polling costs the gateway: 200 tasks of realistic, varied lengths (60–300 s, drawn by the
simulator) followed by the app's own queue — batch reads paced from `estimated_time` — and, in
the same run and for the very same tasks, by a fixed 8 s per-task poller (what Evolink's newer
client does).

The simulator runs in its own process with time scaled ×5, and both pollers are scaled alike
(the app's pacing is the real API's, 5 s floor included, divided by the scale), so every
duration below is in scaled seconds: what a user of the real API would see. A task's notice
delay is the time from "completed" on the server (the simulator's clock) to the app storing it.

Run alone: `python -m tests.perf.polling` (about a minute); bench.py runs it too.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
import httpx

from app.core.models import GenerationRequest
from app.core.poll_pacing import pacing_for
from app.core.states import TaskState
from app.services.api.client import USER_AGENT, EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.tasks.store import TaskStore
from app.services.tasks.task_queue import TaskQueue
from app.simulator import DEMO_KEY
from tests.perf.common import Row, percentile, print_table, start_simulator, stop_simulator

TASKS = 200
LENGTHS_S = (60, 300)
SCALE = 5.0
FIXED_INTERVAL_S = 8.0
FIXED_AGENT = "fixed-8s-poller"
SEED = 21  # the simulator's draw of lengths: the same run every time
SUBMIT_CONCURRENCY = 8
TERMINAL = frozenset({"completed", "failed", "cancelled"})
REQ = GenerationRequest(model="seedance-2.0-fast-text-to-video", prompt="polling benchmark",
                        duration=4, quality="480p")


async def _fixed_follow(http: aiohttp.ClientSession, url: str, interval_s: float,
                        noticed: dict[str, float]) -> None:
    """The reference: one GET per task every `interval_s`, from the task's creation on."""
    while True:
        await asyncio.sleep(interval_s)
        try:
            async with http.get(url) as resp:
                data = await resp.json()
        except (aiohttp.ClientError, ValueError):
            continue
        if isinstance(data, dict) and data.get("status") in TERMINAL:
            noticed[data["id"]] = time.time()
            return


async def _fixed_poller(base_url: str, interval_s: float) -> None:
    """The fixed poller's own process: follows each task id read from stdin until stdin
    closes and every task ended, then prints {task id: wall time noticed} as JSON."""
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    noticed: dict[str, float] = {}
    followers: list[asyncio.Task[None]] = []
    headers = {"Authorization": f"Bearer {DEMO_KEY}", "User-Agent": FIXED_AGENT}
    async with aiohttp.ClientSession(headers=headers) as http:
        while line := (await reader.readline()).decode().strip():
            followers.append(asyncio.ensure_future(_fixed_follow(
                http, f"{base_url}/v1/tasks/{line}", interval_s, noticed)))
        await asyncio.gather(*followers)
    print(json.dumps(noticed), flush=True)


def _start_fixed_poller(base_url: str, interval_s: float) -> subprocess.Popen[str]:
    # Its own process, as another app would be: 250 requests a second must not share our loop.
    return subprocess.Popen(
        [sys.executable, "-m", "tests.perf.polling", "--fixed-poller", base_url,
         "--interval", f"{interval_s:g}"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True)


def _delays(noticed: dict[str, float], done: dict[str, float], scale: float) -> list[float]:
    return [(noticed[t] - at) * scale for t, at in done.items() if t in noticed]


async def _run(base_url: str, work: Path, tasks: int, scale: float,
               timeout_s: float) -> tuple[dict[str, float], dict[str, float], Any, dict[str, Any]]:
    store = TaskStore(work / "studio.sqlite3")
    fixed = _start_fixed_poller(base_url, FIXED_INTERVAL_S / scale)
    assert fixed.stdin is not None
    try:
        async with EvolinkClient(DEMO_KEY, resolve_endpoints(base_url)) as client:
            queue = TaskQueue(client=client, store=store,
                              clips_dir=work / "clips",
                              pacing=pacing_for(loopback=False).scaled(1 / scale))
            await queue.start()
            sem = asyncio.Semaphore(SUBMIT_CONCURRENCY)

            async def submit_one() -> None:
                async with sem:
                    rec = await queue.submit(REQ)
                assert rec.task_id and fixed.stdin is not None
                fixed.stdin.write(rec.task_id + "\n")
                fixed.stdin.flush()

            await asyncio.gather(*(submit_one() for _ in range(tasks)))
            fixed.stdin.close()
            deadline = time.monotonic() + timeout_s
            while time.monotonic() < deadline:
                states = [r.state for r in queue.records()]
                if states.count(TaskState.SAVED) == tasks:
                    break
                await asyncio.sleep(0.2)
            else:
                raise RuntimeError(f"only {states.count(TaskState.SAVED)} of {tasks} saved")
            ours = {r.task_id: r.completed_at for r in queue.records()
                    if r.task_id and r.completed_at is not None}
            stats = queue.poller.stats
            await queue.shutdown()
            assert fixed.stdout is not None
            out = await asyncio.to_thread(fixed.stdout.read)  # it ends once all tasks did
            fixed.wait(timeout=10)
            async with httpx.AsyncClient() as control:
                state = (await control.get(f"{base_url}/_sim/state")).json()
    finally:
        if fixed.poll() is None:
            fixed.kill()
            fixed.wait()
        store.close()
    return ours, json.loads(out), stats, state


async def bench_polling(work: Path, *, tasks: int = TASKS, scale: float = SCALE,
                        timeout_s: float = 100.0) -> list[Row]:
    work.mkdir(parents=True, exist_ok=True)
    proc, base_url = start_simulator(
        work, generation_seconds=f"{LENGTHS_S[0]}-{LENGTHS_S[1]}",
        options=["--time-scale", f"{scale:g}", "--seed", str(SEED)])
    try:
        ours, fixed, stats, state = await _run(base_url, work, tasks, scale, timeout_s)
    finally:
        stop_simulator(proc)
    done = {t["id"]: t["completed_at"] for t in state["tasks"] if t["completed_at"] is not None}
    reads = [r for r in state["requests"] if r["group"] in ("get", "batch")]
    app_reads = [r for r in reads if (r["user_agent"] or "").startswith(USER_AGENT)]
    batch = sum(1 for r in app_reads if r["group"] == "batch")
    fixed_reads = sum(1 for r in reads if r["user_agent"] == FIXED_AGENT)
    ours_per, fixed_per = len(app_reads) / len(done), fixed_reads / len(done)
    mine, theirs = _delays(ours, done, scale), _delays(fixed, done, scale)
    return [
        ("polling: requests per finished task", f"{ours_per:.2f}",
         f"fixed 8 s poller {fixed_per:.1f} ({ours_per / fixed_per:.1%} of it); {len(done)} "
         f"tasks of {LENGTHS_S[0]}–{LENGTHS_S[1]} s, time ×{scale:g}; {batch} batch + "
         f"{len(app_reads) - batch} single; each task read {stats.task_reads / len(done):.1f} "
         f"times (fixed poller {fixed_per:.1f})"),
        ("  … completion noticed after (p95)", f"{percentile(mine, 95):.1f} s",
         f"p50 {percentile(mine, 50):.1f} s, max {max(mine, default=0):.1f} s; fixed 8 s "
         f"poller p50 {percentile(theirs, 50):.1f} s, p95 {percentile(theirs, 95):.1f} s "
         f"(scaled seconds)"),
    ]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--tasks", type=int, default=TASKS)
    p.add_argument("--scale", type=float, default=SCALE, help="time runs this many times faster")
    p.add_argument("--fixed-poller", metavar="BASE_URL", help=argparse.SUPPRESS)
    p.add_argument("--interval", type=float, default=FIXED_INTERVAL_S, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.fixed_poller:
        asyncio.run(_fixed_poller(args.fixed_poller, args.interval))
        return
    with tempfile.TemporaryDirectory(prefix="seedance-polling-") as tmp:
        print_table(asyncio.run(bench_polling(Path(tmp), tasks=args.tasks, scale=args.scale)))


if __name__ == "__main__":
    main()
