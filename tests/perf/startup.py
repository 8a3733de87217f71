"""Cold start to the first painted main window, against a bare PySide6 window in the same run.

Each sample is a fresh process, the bare window and the app taking turns. The child prints
`first-paint monotonic=<s>` (app/ui/launch.py's hook, or the same code in the bare script);
time.monotonic() is one clock for every process, so start-up = that mark - the moment of spawn.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from app.ui.launch import EXIT_AFTER_PAINT_ENV, FIRST_PAINT_MARK
from tests.perf.common import Row, median

BARE_WINDOW = f'''
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

app = QApplication(sys.argv)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) \\
                and isinstance(watched.window(), QMainWindow):
            app.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False

def painted():
    print(f"{FIRST_PAINT_MARK} monotonic={{time.monotonic():.6f}}", flush=True)
    app.quit()

hook = FirstPaint(app)
app.installEventFilter(hook)
window = QMainWindow()
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


def _first_paint_s(argv: list[str], env: dict[str, str]) -> float:
    start = time.monotonic()
    proc = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    for line in proc.stdout.splitlines():
        if line.startswith(FIRST_PAINT_MARK):
            fields = dict(f.split("=", 1) for f in line.split()[1:])
            if proc.returncode != 0:
                raise RuntimeError(f"{argv} painted but exited {proc.returncode}: "
                                   f"{proc.stderr[-400:]}")
            return float(fields["monotonic"]) - start
    raise RuntimeError(f"{argv} printed no first-paint mark: {proc.stderr[-600:]}")


def bench_startup(work: Path, runs: int) -> list[Row]:
    work.mkdir(parents=True, exist_ok=True)
    _prepare_home(work / "home")
    bare_script = work / "bare_window.py"
    bare_script.write_text(BARE_WINDOW, encoding="utf-8")
    env = _child_env(work)
    bare = [sys.executable, str(bare_script)]
    studio = [sys.executable, "-m", "app", "--demo"]
    for argv in (bare, studio):  # warm-up: bytecode written, files in the page cache
        _first_paint_s(argv, env)
    bare_s: list[float] = []
    studio_s: list[float] = []
    for _ in range(runs):
        bare_s.append(_first_paint_s(bare, env))
        studio_s.append(_first_paint_s(studio, env))
    b, s = median(bare_s), median(studio_s)
    note = f"median of {runs} fresh processes, offscreen"
    return [
        ("start to first paint: bare PySide6 window", f"{b * 1000:,.0f} ms", note),
        ("start to first paint: studio (--demo)", f"{s * 1000:,.0f} ms",
         f"{note}; simulator starts after"),
        ("  … as a ratio to the bare window", f"{s / b:.2f}×",
         "goal ≤ 1.5×; " + f"range {min(studio_s) * 1000:,.0f}–{max(studio_s) * 1000:,.0f} ms"),
    ]


if __name__ == "__main__":
    import tempfile

    from tests.perf.common import print_table

    with tempfile.TemporaryDirectory(prefix="seedance-startup-") as tmp:
        print_table(bench_startup(Path(tmp), int(sys.argv[1]) if len(sys.argv) > 1 else 7))
