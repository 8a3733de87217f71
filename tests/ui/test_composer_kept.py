"""The composer's whole state, media included, is on disk moments after each edit: a quit, a
crash or a kill -9 loses nothing of what was on screen."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.core.capabilities import Mode
from app.core.media_limits import MediaKind
from app.services.home.window_state import WindowState
from app.services.tasks.store import TaskStore
from app.ui.studio import COMPOSER_SAVE_DELAY_MS, COMPOSER_STATE
from tests.ui.conftest import running_studio
from tests.waiting import until


def _image(path: Path, w: int, h: int) -> str:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    assert image.save(str(path))
    return str(path)


async def test_media_and_prompt_are_on_disk_without_a_quit_and_come_back(
        qtbot: QtBot, studio_home: Path, tmp_path: Path) -> None:
    first = _image(tmp_path / "first.png", 640, 360)
    last = _image(tmp_path / "last.png", 640, 360)
    url = "https://example.com/lighthouse.png"
    async with running_studio(TaskStore(studio_home / "studio.sqlite3")) as (studio, _run):
        composer = studio.composer
        composer.model_picker.mode.button(Mode.IMAGE).click()
        board = composer.board()
        board.add(MediaKind.IMAGE, first)
        board.add(MediaKind.IMAGE, last)
        composer.prompt.set_text("the lighthouse wakes up")
        # No quit: what a kill -9 would leave is what another process reads from the disk.
        await asyncio.sleep(COMPOSER_SAVE_DELAY_MS / 1000 + 0.3)
        saved = WindowState.open_default().panel(COMPOSER_STATE)
        assert saved["prompt"] == "the lighthouse wakes up"
        assert saved["model"].endswith("image-to-video")
        assert saved["media"][MediaKind.IMAGE.value] == [first, last]

        board.clear(MediaKind.IMAGE)
        board.add(MediaKind.IMAGE, url)
        await asyncio.sleep(COMPOSER_SAVE_DELAY_MS / 1000 + 0.3)
        assert WindowState.open_default().panel(COMPOSER_STATE)["media"]["image"] == [url]
        board.add(MediaKind.IMAGE, first)
        await asyncio.sleep(COMPOSER_SAVE_DELAY_MS / 1000 + 0.3)

    Path(first).unlink()  # gone by the next start: its slot says so
    async with running_studio(TaskStore(studio_home / "studio.sqlite3")) as (studio, _run):
        composer = studio.composer
        assert composer.prompt.text() == "the lighthouse wakes up"
        entries = composer.board().entries(MediaKind.IMAGE)
        assert [e.source for e in entries] == [url, first]
        await until(lambda: not entries[1].probing)
        assert entries[1].error is not None
        slot = composer.media.strips[MediaKind.IMAGE].slots[1]
        await until(lambda: slot.problem.isVisibleTo(composer))
        assert "first.png" in slot.name.text()


async def test_takes_and_vary_are_on_disk_without_a_quit_and_come_back(
        qtbot: QtBot, studio_home: Path) -> None:
    async with running_studio(TaskStore(studio_home / "studio.sqlite3")) as (studio, _run):
        takes = studio.composer.takes
        studio.composer.prompt.set_text("a kite over {rain|snow}")
        takes.count.setValue(3)
        takes.toggle.click()
        takes.keys[0].setCurrentIndex(takes.keys[0].findData("quality"))
        takes.values[0].setText("480p, 720p")
        # No quit: what a kill -9 would leave is what another process reads from the disk.
        await asyncio.sleep(COMPOSER_SAVE_DELAY_MS / 1000 + 0.3)
        saved = WindowState.open_default().panel(COMPOSER_STATE)
        assert saved["takes"] == {"count": 3, "vary_open": True, "per_line": False,
                                  "vary": [["quality", "480p, 720p"], ["", ""]]}
        shown = [takes.list.item(i).text() for i in range(takes.list.count())]
        assert len(shown) == 12  # 3 takes × 2 prompts × 2 qualities

    async with running_studio(TaskStore(studio_home / "studio.sqlite3")) as (studio, _run):
        takes = studio.composer.takes
        assert takes.count.value() == 3 and takes.toggle.isChecked()
        assert takes.keys[0].currentData() == "quality"
        assert takes.values[0].text() == "480p, 720p"
        assert [takes.list.item(i).text() for i in range(takes.list.count())] == shown
