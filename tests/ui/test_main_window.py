"""The first window against the simulator: labelled widgets, a clip from prompt to disk."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.states import TaskState
from app.services.client import EvolinkClient
from app.services.config import resolve_endpoints
from app.services.downloads import make_download_client
from app.services.store import TaskStore
from app.simulator import DEMO_KEY, Simulator
from app.ui.main_window import MainWindow


@pytest.fixture
async def window(qtbot: QtBot, studio_home: Path) -> AsyncIterator[MainWindow]:
    sim = Simulator(generation_seconds=0.3)
    await sim.start()
    client = EvolinkClient(DEMO_KEY, resolve_endpoints(sim.base_url))
    store = TaskStore(studio_home / "studio.sqlite3")
    async with make_download_client() as http:
        w = MainWindow(client=client, http=http, store=store, clips_dir=studio_home / "clips",
                       demo=True)
        qtbot.addWidget(w)
        w.show()
        yield w
        await w.shutdown()
    await client.aclose()
    await sim.stop()


def by_name(w: QWidget, name: str) -> QWidget:
    found = [c for c in w.findChildren(QWidget) if c.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


async def test_every_input_is_labelled(window: MainWindow) -> None:
    for name in ("Prompt", "Model", "Duration", "Tasks", "Generate"):
        assert by_name(window, name).isEnabled()
    assert window.badge.isVisible()
    assert "Demo" in window.badge.text()


async def test_empty_prompt_is_refused_on_the_spot(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(window.generate, Qt.MouseButton.LeftButton)
    assert "prompt" in window.message.text().lower()
    assert window.tasks.count() == 0


async def test_prompt_to_saved_clip(window: MainWindow, qtbot: QtBot) -> None:
    window.prompt.setPlainText("an origami crane taking flight")
    window.duration.setValue(4)
    qtbot.mouseClick(window.generate, Qt.MouseButton.LeftButton)
    for _ in range(300):
        await asyncio.sleep(0.05)
        done = [r for r in window._store.list() if r.state is TaskState.SAVED]
        if done:
            break
    assert done, window.message.text()
    assert Path(done[0].file_path or "").is_file()
    item = window.tasks.item(0)
    assert item is not None
    assert "Saved" in item.text()
