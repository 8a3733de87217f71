"""The app as a newcomer meets it: first run → welcome → demo → a simulated clip on disk."""

from __future__ import annotations

import asyncio
from pathlib import Path

import av
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.core.states import TaskState
from app.services import backends
from app.services.home.window_state import WindowState
from app.services.tasks.store import TaskStore
from app.ui import launch
from app.ui.dialogs.welcome_dialog import WelcomeDialog
from app.ui.main_window import MainWindow
from tests.waiting import until, window_of


async def test_first_run_demo_makes_a_clip(qtbot: QtBot, studio_home: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backends, "DEMO_GENERATION_SECONDS", 0.3)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    app_run = asyncio.ensure_future(launch._main(False))

    welcome = await window_of(WelcomeDialog)
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)

    window = await window_of(MainWindow)
    assert "Demo" in window.windowTitle()
    [prompt] = [w for w in window.findChildren(QPlainTextEdit) if w.accessibleName() == "Prompt"]
    qtbot.keyClicks(prompt, "a kite made of maple leaves")
    qtbot.keyClick(prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    store = TaskStore(studio_home / "studio.sqlite3")
    await until(lambda: any(r.state is TaskState.SAVED for r in store.list()), 15,
                what="the demo clip saved")
    saved = [r for r in store.list() if r.state is TaskState.SAVED]
    with av.open(saved[0].file_path or "") as clip:
        assert clip.streams.video[0].codec_context.name == "h264"

    window.close()
    await asyncio.wait_for(app_run, 15)
    assert WindowState.open_default().flag("welcome_done")
    assert WindowState.open_default().flag("chose_demo")
