"""The centre's room (issue 19): at 1280×800 a 16:9 clip is at least 360 px tall with nothing
clipped; at 1920×1080 the gallery shows at least 12 whole tiles of a library of 30+ clips."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.services.tasks.store import TaskStore
from app.ui.studio import Outcome, Studio
from tests.library.conftest import fill_store, make_record, write_clip
from tests.ui.conftest import running_studio

Running = tuple[Studio, "asyncio.Task[Outcome]"]
CLIPS = 32


@pytest.fixture
async def running(qtbot: QtBot, studio_home: Path) -> AsyncIterator[Running]:
    """A studio whose library holds 32 saved 16:9 clips."""
    folder = studio_home / "clips"
    folder.mkdir(exist_ok=True)
    records = [make_record(i, folder) for i in range(CLIPS)]
    for i, rec in enumerate(records):
        write_clip(Path(rec.file_path or ""), i, width=128, height=72)
    path = studio_home / "studio.sqlite3"
    TaskStore(path).close()
    fill_store(path, records)
    async with running_studio(TaskStore(path)) as studio_and_run:
        yield studio_and_run
        # The gallery's thumbnails are made before the session closes under them.
        thumbnails = studio_and_run[0].thumbnails
        for _ in range(200):
            if thumbnails.pending_count() == 0:
                break
            await asyncio.sleep(0.1)


async def _settle(window: QWidget, width: int, height: int) -> None:
    window.resize(width, height)
    await asyncio.sleep(0.4)  # the layouts settle (the loop runs Qt's events)
    assert (window.width(), window.height()) == (width, height)


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


async def test_a_clip_is_360_px_tall_at_1280_by_800(running: Running, qtbot: QtBot,
                                                    studio_home: Path) -> None:
    studio, _ = running
    window = studio.window
    window.reset_layout()
    # Larger first, then 1280×800: the default layout follows the window's width.
    await _settle(window, 1920, 1080)
    await _settle(window, 1280, 800)
    clip = sorted((studio_home / "clips").glob("*.mp4"))[-1]
    panel = studio.player_panel
    with qtbot.waitSignal(studio.player.mediaLoaded, timeout=10_000):
        panel.open_clip(clip)
    await asyncio.sleep(0.3)
    video = panel.video
    picture_height = min(video.height(), video.width() * 9 // 16)  # kept aspect, 16:9
    assert picture_height >= 360
    for widget in (panel.transport, panel.details, studio.composer.generate):
        assert widget.isVisible() and _inside(widget, window), widget
    for region in (studio.composer, studio.queue_panel, panel):  # none squeezed below its least
        assert region.width() >= (region.minimumWidth() or region.minimumSizeHint().width())
    # The queue's buttons fit: words when they have room, else icons (named for a reader).
    for button in studio.queue_panel.buttons.grid.parentWidget().findChildren(QPushButton):
        assert button.width() >= button.minimumSizeHint().width(), button.accessibleName()


async def test_the_gallery_shows_12_tiles_at_1920_by_1080(running: Running,
                                                         qtbot: QtBot) -> None:
    studio, _ = running
    window = studio.window
    window.reset_layout()
    await _settle(window, 1920, 1080)
    window.registry["toggle_gallery"].trigger()
    library = studio.library_panel
    qtbot.waitUntil(lambda: library.model.rowCount() >= CLIPS, timeout=10_000)
    await asyncio.sleep(0.3)
    view = library.view
    room = view.viewport().rect()
    whole = [row for row in range(library.model.rowCount())
             if room.contains(view.visualRect(library.model.index(row)))]
    assert len(whole) >= 12
