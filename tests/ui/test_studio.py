"""The whole window on the demo simulator: first run, a prompt to a saved clip, restarts."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMenuBar, QWidget
from pytestqt.qtbot import QtBot

from app.core.states import TaskState
from app.services.account.keychain import KeyProvider
from app.services.home.settings import Settings
from app.services.home.window_state import WindowState
from app.services.tasks.store import TaskStore
from app.ui.dialogs.welcome_dialog import WelcomeDialog
from app.ui.launch import _first_run
from app.ui.studio import Outcome, Studio
from tests.ui.conftest import running_studio
from tests.waiting import until, window_of

Running = tuple[Studio, "asyncio.Task[Outcome]"]


@pytest.fixture
async def running(qtbot: QtBot, studio_home: Path) -> AsyncIterator[Running]:
    async with running_studio(TaskStore(studio_home / "studio.sqlite3")) as studio_and_run:
        yield studio_and_run


def named(root: QWidget, name: str) -> QWidget:
    found = [w for w in root.findChildren(QWidget) if w.accessibleName() == name]
    assert found, name
    return found[0]


async def test_window_composes_the_panels(running: Running) -> None:
    studio, _ = running
    window = studio.window
    assert window.isVisible()
    assert "Demo" in window.windowTitle()
    # The composer at the left, the clips at the centre (viewer, or gallery), the queue right.
    docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}
    assert set(docks) == {"composer-dock", "queue-dock", "sequence-dock"}
    assert docks["composer-dock"].widget() is studio.composer
    # The sequence is a tab beside the queue, behind it at first.
    assert window.tabifiedDockWidgets(docks["queue-dock"]) == [docks["sequence-dock"]]
    assert docks["queue-dock"].widget() is studio.queue_panel
    assert window.dockWidgetArea(docks["composer-dock"]) is Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.dockWidgetArea(docks["queue-dock"]) is Qt.DockWidgetArea.RightDockWidgetArea
    assert window.centralWidget() is window.stage
    assert window.stage.viewer is studio.player_panel
    assert window.stage.gallery is studio.library_panel
    assert studio.player_panel.isVisible()  # the viewer first, saying how to open a clip
    menus = [a.text().replace("&", "") for a in window.findChild(QMenuBar).actions()]
    assert menus == ["File", "View", "Account", "Help"]
    assert studio.badge is not None and studio.badge.isVisible()


async def test_prompt_to_saved_clip_in_the_queue(running: Running,
                                                 qtbot: QtBot) -> None:
    studio, _ = running
    prompt = named(studio.composer, "Prompt")
    qtbot.keyClicks(prompt, "a paper crane unfolding into a bird")
    qtbot.mouseClick(studio.composer.generate, Qt.MouseButton.LeftButton)
    await until(lambda: [r.state for r in studio.queue.records()] == [TaskState.SAVED],
                what="the clip saved")
    [rec] = studio.queue.records()
    assert rec.state is TaskState.SAVED
    assert Path(rec.file_path or "").is_file()
    assert rec.request.prompt == "a paper crane unfolding into a bird"
    assert studio.composer.generate.isEnabled()  # ready for the next one

    # The library learns of the saved clip when the queue reports it.
    await until(lambda: studio.library_panel.model.total == 1, what="the clip in the library")

    # The new clip came to the viewer by itself, muted; double-clicking a saved row plays it
    # with its sound.
    assert studio.player_panel.shows_new_clip()
    studio.queue_panel.openClipRequested.emit(Path(rec.file_path or ""))
    await until(lambda: studio.player.duration_ms() > 0 and studio.player.is_playing(),
                what="the clip playing")
    assert studio.player_panel.isVisible() and not studio.window.stage.is_gallery()
    assert not studio.player_panel.shows_new_clip() and not studio.player.muted()
    assert abs(studio.player.duration_ms() - 5000) < 200
    assert studio.player.is_playing()


async def test_closing_the_window_quits_and_keeps_the_draft(
        running: Running, qtbot: QtBot) -> None:
    studio, run = running
    named(studio.composer, "Prompt").setFocus()
    qtbot.keyClicks(named(studio.composer, "Prompt"), "kept for next time")
    studio.window.close()
    assert await asyncio.wait_for(run, 10) is Outcome.QUIT
    assert WindowState.open_default().panel("composer")["prompt"] == "kept for next time"


async def test_leave_demo_without_a_key_asks_for_one(
        running: Running) -> None:
    studio, run = running
    assert studio.badge is not None
    studio.badge.leave_button.click()
    await until(lambda: studio.dialogs._key is not None and studio.dialogs._key.isVisible(),
                what="the key dialog")
    assert not run.done()  # still the demo until a key is saved


async def test_first_run_demo_choice(qtbot: QtBot) -> None:
    async def choose_demo() -> None:
        welcome = await window_of(WelcomeDialog)
        qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)

    clicker = asyncio.ensure_future(choose_demo())
    demo = await asyncio.wait_for(_first_run(KeyProvider(env={}), Settings.open_default(),
                                             None), 10)
    await clicker
    assert demo is True
