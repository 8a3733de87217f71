"""A restart of the window (a new language) keeps the demo's simulator and lets a submission
under way finish: the clip asked for before the restart is saved after it."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.states import TaskState
from app.services import backends
from app.services.home.i18n import remove_translators
from app.services.home.settings import LANGUAGE, Settings
from app.services.tasks.store import TaskStore
from app.ui import launch
from app.ui.shell import Opening, prepare
from tests.ui.test_language_switch import _choose_language, _composer, _new_window
from tests.waiting import until


@pytest.fixture
def opening(qapp: QApplication, studio_home: Path,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[Opening]:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setattr(backends, "DEMO_GENERATION_SECONDS", 1.5)
    Settings.open_default().set(LANGUAGE, "en")
    prepared = prepare(qapp)
    yield prepared
    remove_translators(qapp, prepared.translators)


async def test_a_clip_asked_for_before_a_restart_is_saved_after_it(
        qtbot: QtBot, opening: Opening, studio_home: Path) -> None:
    run = asyncio.ensure_future(launch._main(True, opening))
    window = await _new_window(None)
    composer = _composer(window)
    composer.prompt.set_text("a kite over the dunes")
    composer.generate.click()
    rebuilt = await _choose_language(window, "zh_CN")  # while the task is generating

    store = TaskStore(studio_home / "studio.sqlite3")
    await until(lambda: [r.state for r in store.list()] == [TaskState.SAVED], 20,
                what="the clip saved")
    records = store.list()
    assert [r.state for r in records] == [TaskState.SAVED], [r.note for r in records]
    assert records[0].request.prompt == "a kite over the dunes"
    store.close()
    english = await _choose_language(rebuilt, "en")
    english.close()
    await asyncio.wait_for(run, 15)
