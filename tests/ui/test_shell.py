"""The window frame painted before the studio's modules load, then filled by the studio."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.services.tasks.store import TaskStore
from app.ui import shell
from app.ui.studio import Outcome
from tests.ui.conftest import studio_on_simulator
from tests.waiting import until

# What the frame must not wait for: most are tens of milliseconds to import; the message
# catalog (a 200-member enum) and the icon a few each, on a budget of 60 ms.
HEAVY = ("pydantic", "httpx", "qasync", "asyncio", "av", "aiohttp", "keyring",
         "PySide6.QtMultimedia", "app.ui.studio", "app.services.tasks.store", "logging.handlers",
         "app.core.messages", "app.ui.app_icon")


def test_the_frame_needs_none_of_the_heavy_modules() -> None:
    code = ("import sys, app.ui.shell\n"
            f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.split() == []


def test_the_frame_builds_no_qstyle_type() -> None:
    """PySide makes a Qt class's Python type (with all its enums) at its first use; QStyle's
    costs ~15 ms, which the frame's first paint does without."""
    code = ("import PySide6.QtWidgets as w, app.ui.shell\n"
            "print('QStyle' in w.__dict__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.split() == ["False"]


def test_the_composer_panel_needs_no_pydantic_nor_httpx() -> None:
    """Its module tree loads neither: the models and the client come with the first request,
    upload or price fetch."""
    code = ("import sys, app.ui.composer.panel\n"
            "print(' '.join(m for m in ('pydantic', 'httpx', 'app.core.models',"
            " 'app.services.api.client') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.split() == []


# What the studio paints its composer, queue and viewer without (issue 18): the session's
# client, store and queue load the models and httpx with their first request or record, the
# composer checks a plain draft, the viewer loads QtMultimedia with its first clip; the send
# path, the dialogs and the spending views load after the paint or at first use.
NOT_BEFORE_READY = ("httpx", "pydantic", "app.core.models", "PySide6.QtMultimedia",
                    "PySide6.QtNetwork", "app.simulator", "app.services.tasks.submission",
                    "app.services.api.files_client", "app.ui.submit_flow",
                    "app.ui.spending.views", "app.ui.viewer_clip", "humanize", "uuid")
READY_HOOK = """
import os, sys
from tests.mark_hook import on_marks, run_app

def at_mark(name):
    if name != "ready":
        return
    import PySide6.QtWidgets as widgets  # a type (and its enums) is built at first use
    built = [t for t in ("QStyle", "QMessageBox", "QFileDialog") if t in widgets.__dict__]
    print("loaded:", *(m for m in {heavy!r} if m in sys.modules), *built, flush=True)
    from app.services.home import code_cache
    cache = code_cache.active()
    print("code compiled:", cache.misses, "kept:", cache.hits, "modules:", *cache.modules,
          flush=True)
    os._exit(0)

on_marks(at_mark)
run_app("--demo")
"""


# A composer left as a set: three takes of a prompt with alternatives, swept over quality.
SAVED_SET = """
from app.services.home.window_state import WindowState
state = WindowState.open_default()
saved = state.panel("composer")
saved.update(prompt="a fox in the {rain|snow}", takes={"count": 3, "vary_open": True,
                                                      "vary": [["quality", "480p, 720p"]]})
state.save_panel("composer", saved)
"""


@pytest.mark.parametrize("composer", ["one request", "a set"])
def test_the_studio_is_ready_before_the_heavy_modules_load(tmp_path: Path, composer: str) -> None:
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "window-state.ini").write_text(
        "[flags]\nwelcome_done=true\nchose_demo=true\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", shell.EXIT_AFTER_PAINT_ENV: "1",
           "SEEDANCE_STUDIO_HOME": str(home)}
    root = Path(__file__).resolve().parents[2]
    # A first start lays the docks out (it asks the style for their separators' width) and
    # keeps the layout; every later start is the one measured.
    subprocess.run([sys.executable, "-m", "app", "--demo"], capture_output=True, env=env,
                   timeout=120, cwd=root, check=True)
    if composer == "a set":  # its takes are planned and priced from the first paint
        subprocess.run([sys.executable, "-c", SAVED_SET], env=env, timeout=60, cwd=root,
                       check=True)
    out = subprocess.run([sys.executable, "-c", READY_HOOK.format(heavy=NOT_BEFORE_READY)],
                         capture_output=True, text=True, env=env, timeout=120, cwd=root)
    lines = [line for line in out.stdout.splitlines() if line.startswith("loaded:")]
    assert lines == ["loaded:"], out.stdout + out.stderr[-2000:]
    compiled = [line.split() for line in out.stdout.splitlines() if line.startswith("code ")]
    assert len(compiled) == 1, out.stdout
    # ~45 dataclasses' methods and PySide6's support modules, from the first start's code
    assert int(compiled[0][4]) > 100, out.stdout
    assert "shibokensupport/signature/loader.py" in compiled[0][6:], out.stdout
    if composer == "one request":  # the first start kept all the code it compiled
        assert compiled[0][2] == "0", out.stdout


def test_the_frame_paints_with_menus_docks_and_no_panels(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opening = shell.open_window(app, demo=True)
    window = opening.window
    assert window is not None
    qtbot.addWidget(window)
    assert opening.painted and window.isVisible() and not window.ready
    docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}
    assert set(docks) == {"composer-dock", "queue-dock"}
    assert all(isinstance(d.widget(), QLabel) for d in docks.values())  # "Opening…"
    assert window.centralWidget() is window.stage
    assert [a.text().replace("&", "") for a in window.menuBar().actions()] == [
        "File", "View", "Account", "Help"]


def test_no_frame_before_the_first_welcome(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert shell.open_window(app, demo=False).window is None


async def test_the_studio_fills_the_frame_and_reports_ready(qtbot: QtBot,
                                                            studio_home: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opening = shell.open_window(app, demo=True)
    frame = opening.window
    assert frame is not None
    async with studio_on_simulator(TaskStore(studio_home / "studio.sqlite3"),
                                   settings=opening.settings, state=opening.state,
                                   window=frame) as studio:
        assert studio.window is frame and frame.ready
        assert frame.composer_dock.widget() is studio.composer
        painted: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        def on_painted(ready: bool) -> None:
            if not painted.done():
                painted.set_result(ready)

        frame.painted.connect(on_painted)
        run = asyncio.ensure_future(studio.run())
        assert await asyncio.wait_for(painted, 5) is True
        # The library (the gallery, hidden at start) comes in once the window painted.
        await until(lambda: frame.stage.gallery is getattr(studio, "library_panel", None))
        assert "Demo" in frame.windowTitle()
        focused = QApplication.focusWidget()
        assert isinstance(focused, QPlainTextEdit) and focused.accessibleName() == "Prompt"
        frame.close()
        assert await asyncio.wait_for(run, 10) is Outcome.QUIT


async def test_a_frame_closed_before_the_studio_was_ready_quits(qtbot: QtBot,
                                                                studio_home: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opening = shell.open_window(app, demo=True)
    frame = opening.window
    assert frame is not None
    frame.close()
    async with studio_on_simulator(TaskStore(studio_home / "studio.sqlite3"),
                                   settings=opening.settings, state=opening.state,
                                   window=frame) as studio:
        shown: list[bool] = []
        frame.painted.connect(shown.append)
        assert await asyncio.wait_for(studio.run(), 10) is Outcome.QUIT
        assert shown == []  # not shown again with its panels
