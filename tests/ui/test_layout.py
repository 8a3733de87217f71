"""The studio's layout (issue 19): composer left, clips at the centre, queue right; remembered
across a restart, put back by View → Reset layout; usable at 1280×800 and roomy at 1920×1080."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.services.home.window_state import WindowState
from app.services.tasks.store import TaskStore
from app.ui.actions import ActionId, Actions
from app.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from app.ui.main_window import MainWindow
from app.ui.studio import Outcome, Studio
from tests.ui.conftest import running_studio

Running = tuple[Studio, "asyncio.Task[Outcome]"]
LEFT, RIGHT, BOTTOM = (Qt.DockWidgetArea.LeftDockWidgetArea,
                       Qt.DockWidgetArea.RightDockWidgetArea,
                       Qt.DockWidgetArea.BottomDockWidgetArea)


@pytest.fixture
async def running(qtbot: QtBot, studio_home: Path) -> AsyncIterator[Running]:
    async with running_studio(TaskStore(studio_home / "studio.sqlite3")) as studio_and_run:
        yield studio_and_run


def frame(qtbot: QtBot) -> MainWindow:
    """A window with plain panels, on the window state of the test's home."""
    window = MainWindow(actions=Actions(), state=WindowState.open_default())
    qtbot.addWidget(window)
    window.install(composer=QLabel("composer"), queue_panel=QLabel("queue"),
                   library_panel=QLabel("gallery"), player_panel=QLabel("viewer"))
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_layout_survives_a_restart_and_reset_puts_it_back(qtbot: QtBot,
                                                              studio_home: Path) -> None:
    window = frame(qtbot)
    assert window.dockWidgetArea(window.composer_dock) is LEFT
    assert window.dockWidgetArea(window.queue_dock) is RIGHT
    window.addDockWidget(BOTTOM, window.queue_dock)  # the user drags the queue below
    window.composer_dock.hide()  # and closes the composer
    window.close()

    again = frame(qtbot)
    assert again.dockWidgetArea(again.queue_dock) is BOTTOM
    assert not again.composer_dock.isVisible()
    again.registry[ActionId.RESET_LAYOUT].trigger()
    qtbot.waitUntil(again.composer_dock.isVisible)
    assert again.dockWidgetArea(again.composer_dock) is LEFT
    assert again.dockWidgetArea(again.queue_dock) is RIGHT
    assert not again.queue_dock.isFloating()
    again.close()

    # The reset layout is what the next start shows.
    third = frame(qtbot)
    assert third.dockWidgetArea(third.queue_dock) is RIGHT and third.composer_dock.isVisible()


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


async def _settle(qtbot: QtBot, window: QWidget, width: int, height: int) -> None:
    window.resize(width, height)
    await asyncio.sleep(0.3)  # the layouts settle (the loop runs Qt's events)
    assert (window.width(), window.height()) == (width, height)


async def test_sizes_at_1280_by_800_and_1920_by_1080(running: Running, qtbot: QtBot) -> None:
    studio, _ = running
    window = studio.window
    window.reset_layout()
    await _settle(qtbot, window, 1280, 800)
    # Nothing clipped: every region at least as wide as its content needs.
    for region in (studio.composer, studio.queue_panel, studio.player_panel):
        assert region.width() >= region.minimumSizeHint().width(), region
    assert 420 <= window.composer_dock.width() <= 480
    # Generate and the prompt always in view, whatever the composer scrolls.
    for widget in (studio.composer.generate, studio.composer.prompt.edit,
                   studio.composer.cost):
        assert widget.isVisible() and _inside(widget, window), widget
    assert studio.player_panel.stage.height() >= 360  # the video area
    assert not window.stage.is_gallery()

    await _settle(qtbot, window, 1920, 1080)
    window.registry[ActionId.TOGGLE_GALLERY].trigger()
    assert window.stage.is_gallery() and studio.library_panel.isVisible()
    await asyncio.sleep(0.1)
    view = studio.library_panel.view
    # The tiles' room: the page the grid shares with the empty state (no clip saved here),
    # less a scroll bar.
    room = studio.library_panel.pages.size()
    grid = view.gridSize()
    whole_tiles = ((room.width() - 20) // grid.width()) * (room.height() // grid.height())
    assert whole_tiles >= 12
    # Ctrl+wheel's slider: larger tiles, fewer at once.
    studio.library_panel.zoom.slider.setValue(400)
    assert view.gridSize().width() > grid.width()


async def test_f6_cycles_the_regions_and_the_sheet_lists_the_keys(
        running: Running, qtbot: QtBot) -> None:
    studio, _ = running
    window = studio.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is studio.composer.prompt.edit)
    seen = []
    for _ in range(3):
        window.registry[ActionId.NEXT_REGION].trigger()
        focus = QApplication.focusWidget()
        seen.append(next(name for name, region in (
            ("composer", window.composer_dock), ("centre", window.stage),
            ("queue", window.queue_dock)) if focus is not None and region.isAncestorOf(focus)))
    assert seen == ["centre", "queue", "composer"]
    window.registry[ActionId.PREVIOUS_REGION].trigger()
    assert window.queue_dock.isAncestorOf(QApplication.focusWidget())

    sheet = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(sheet)
    rows = {sheet.tree.topLevelItem(i).text(0): sheet.tree.topLevelItem(i).text(1)
            for i in range(sheet.tree.topLevelItemCount())}
    assert rows["Gallery / viewer"] == "Ctrl+G" and rows["Next region"] == "F6"
    assert rows["Refresh balance"] == "F5" and rows["Play the clip in the viewer"] == "Enter"
