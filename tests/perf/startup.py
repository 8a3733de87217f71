"""Cold start to the first painted main window, against a bare PySide6 window in the same run.

Each sample is a fresh process, the bare window and the app taking turns. The child prints
`first-paint monotonic=<s>` (app/ui/launch.py's hook, or the same code in the bare script);
time.monotonic() is one clock for every process, so start-up = that mark - the moment of spawn.
A ratio is the median of each app run over the bare run just before it: a shared machine's
speed drifts from minute to minute, and the two runs of a pair see the same drift.

With valgrind installed, one more row counts the CPU instructions of each (callgrind; the
process ends at its mark, so its shutdown is not counted): a figure that a busy machine does
not change, to a tenth of a percent.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from app.ui.shell import EXIT_AFTER_PAINT_ENV, FIRST_PAINT_MARK, READY_MARK
from tests.perf.common import Row, median

# The same hook as app/ui/main_window.py: the window reports its own first paint (an event
# filter on the application would make Qt call into Python for every event of every object).
END_AT_MARK_ENV = "SEEDANCE_BENCH_END_AT_MARK"  # the bare window: end at its paint, at once
# The app, ended at once when it reports `argv[1]` (the ready paint): only the benchmark does.
APP_UPTO_MARK = """
import os, sys
sys.path.insert(0, {root!r})
from tests.mark_hook import on_marks, run_app
target = sys.argv[1]

def at_mark(name):
    if name == target:
        sys.stdout.flush()
        os._exit(0)

on_marks(at_mark)
run_app("--demo")
"""
BARE_WINDOW = f'''
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)

class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        QTimer.singleShot(0, painted)

def painted():
    print(f"{FIRST_PAINT_MARK} monotonic={{time.monotonic():.6f}} "
          f"cpu={{time.process_time():.6f}}", flush=True)
    if os.environ.get({END_AT_MARK_ENV!r}):
        os._exit(0)
    app.quit()

window = Window()
window.resize(1360, 860)
window.show()
app.exec()
'''


def _child_env(work: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", EXIT_AFTER_PAINT_ENV: "1",
           "SEEDANCE_STUDIO_HOME": str(work / "home"), "QT_LOGGING_RULES": "*.debug=false",
           # Bytecode cached as for an installed app (this shell may forbid writing it):
           "PYTHONPYCACHEPREFIX": str(work / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _prepare_home(home: Path) -> None:
    """A studio whose welcome was answered with the demo: `--demo` goes straight in."""
    config = home / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "window-state.ini").write_text(
        "[flags]\nwelcome_done=true\nchose_demo=true\n", encoding="utf-8")


def _marks_s(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawn to each mark the child printed (first-paint, and ready for the app),
    and the child's CPU seconds by then (`<mark> cpu`)."""
    start = time.monotonic()
    proc = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    marks: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        name, _, rest = line.partition(" ")
        if name in (FIRST_PAINT_MARK, READY_MARK) and rest.startswith("monotonic="):
            fields = dict(f.split("=", 1) for f in rest.split())
            marks[name] = float(fields["monotonic"]) - start
            if "cpu" in fields:
                marks[f"{name} cpu"] = float(fields["cpu"])
    if FIRST_PAINT_MARK not in marks:
        raise RuntimeError(f"{argv} printed no first-paint mark: {proc.stderr[-600:]}")
    if proc.returncode != 0:
        raise RuntimeError(f"{argv} painted but exited {proc.returncode}: {proc.stderr[-400:]}")
    return marks


def _instructions(argv: list[str], env: dict[str, str]) -> int:
    """The CPU instructions `argv` runs until its process ends (callgrind's count)."""
    proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                           *argv], env=env, capture_output=True, text=True, timeout=600,
                          check=False)
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if found is None or (READY_MARK not in proc.stdout and FIRST_PAINT_MARK not in proc.stdout):
        raise RuntimeError(f"{argv} under callgrind: {proc.stderr[-600:]}")
    return int(found.group(1))


def instruction_rows(work: Path, env: dict[str, str], bare_script: Path) -> list[Row]:
    """Instructions to the app's ready paint over the bare window's to its paint."""
    upto = work / "app_upto_mark.py"
    upto.write_text(APP_UPTO_MARK.format(root=str(Path(__file__).resolve().parents[2])),
                    encoding="utf-8")
    counted = {**env, END_AT_MARK_ENV: "1"}
    bare = _instructions([sys.executable, str(bare_script)], counted)
    first = _instructions([sys.executable, str(upto), FIRST_PAINT_MARK], counted)
    ready = _instructions([sys.executable, str(upto), READY_MARK], counted)
    note = (f"CPU instructions (valgrind's callgrind), the process ended at its mark: "
            f"{ready / 1e6:,.0f} M to ready, {first / 1e6:,.0f} M to the frame, "
            f"{bare / 1e6:,.0f} M for the bare window; the same on a busy machine")
    return [("  … in instructions: ready / bare window (frame / bare)",
             f"{ready / bare:.2f}× ({first / bare:.2f}×)", note)]


def bench_startup(work: Path, runs: int) -> list[Row]:
    work.mkdir(parents=True, exist_ok=True)
    _prepare_home(work / "home")
    bare_script = work / "bare_window.py"
    bare_script.write_text(BARE_WINDOW, encoding="utf-8")
    env = _child_env(work)
    bare = [sys.executable, str(bare_script)]
    studio = [sys.executable, "-m", "app", "--demo"]
    for argv in (bare, studio):  # warm-up: bytecode written, files in the page cache
        _marks_s(argv, env)
    bare_s: list[float] = []
    studio_s: list[float] = []
    ready_s: list[float] = []
    bare_cpu: list[float] = []
    ready_cpu: list[float] = []
    load = os.getloadavg()[0]
    for _ in range(runs):
        marks = _marks_s(bare, env)
        bare_s.append(marks[FIRST_PAINT_MARK])
        bare_cpu.append(marks[f"{FIRST_PAINT_MARK} cpu"])
        marks = _marks_s(studio, env)
        studio_s.append(marks[FIRST_PAINT_MARK])
        ready_s.append(marks[READY_MARK])
        ready_cpu.append(marks[f"{READY_MARK} cpu"])
    load = (load + os.getloadavg()[0]) / 2

    def paired(app: list[float], base: list[float]) -> float:
        return median([a / b for a, b in zip(app, base, strict=True)])

    b, s, r = median(bare_s), median(studio_s), median(ready_s)
    bc, rc = median(bare_cpu), median(ready_cpu)
    ready_ratios = sorted(a / b for a, b in zip(ready_s, bare_s, strict=True))
    note = f"median of {runs} fresh processes, offscreen"
    rows: list[Row] = [
        ("start to first paint: bare PySide6 window", f"{b * 1000:,.0f} ms", note),
        ("start to first paint: studio window (--demo)", f"{s * 1000:,.0f} ms",
         f"{note}; the frame with menus, docks and geometry, panels fill in next"),
        ("  … as a ratio to the bare window", f"{paired(studio_s, bare_s):.2f}×",
         "goal ≤ 1.5×; " + f"range {min(studio_s) * 1000:,.0f}–{max(studio_s) * 1000:,.0f} ms"),
        ("start to ready: composer, queue and library painted", f"{r * 1000:,.0f} ms",
         f"{note}; the demo simulator starts after; load average {load:.1f}"),
        ("  … as a ratio to the bare window", f"{median(ready_ratios):.2f}×",
         f"goal ≤ 2.5×; median of each run over the bare run before it (those ratios "
         f"{ready_ratios[0]:.2f}–{ready_ratios[-1]:.2f}×)"),
        ("  … its CPU time, as a ratio to the bare window's", f"{paired(ready_cpu, bare_cpu):.2f}×",
         f"{rc * 1000:,.0f} ms against {bc * 1000:,.0f} ms of CPU (the same work on a busy "
         f"machine: waiting for a core is not counted)"),
    ]
    if shutil.which("valgrind"):
        rows += instruction_rows(work, env, bare_script)
    return rows


if __name__ == "__main__":
    import tempfile

    from tests.perf.common import print_table

    with tempfile.TemporaryDirectory(prefix="seedance-startup-") as tmp:
        print_table(bench_startup(Path(tmp), int(sys.argv[1]) if len(sys.argv) > 1 else 7))
