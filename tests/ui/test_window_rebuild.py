"""A new theme or language rebuilds only the window: the session under it goes on. A clip
downloading meanwhile is the same download (one GET, no Range resume), and a submission in
flight is neither waited for nor lost (its task shows up in the new window's queue)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from app.core.states import TaskState
from app.services.account.keychain import KeyProvider
from app.services.home.i18n import remove_translators
from app.services.home.settings import LANGUAGE, Settings
from app.services.tasks.store import TaskStore
from app.simulator import Simulator
from app.ui import launch
from app.ui.main_window import MainWindow
from app.ui.shell import Opening, prepare
from app.ui.studio import Outcome
from tests.queue.conftest import until
from tests.ui.conftest import session_on_simulator
from tests.ui.test_language_switch import _composer, _new_window, _settings_dialog

SLOW_BYTES_PER_S = 20_000.0  # a clip of the simulator (~100 kB and more) takes seconds
POST_DELAY_S = 6.0


@pytest.fixture
def opening(qapp: QApplication, studio_home: Path,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[Opening]:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    Settings.open_default().set(LANGUAGE, "en")
    prepared = prepare(qapp)
    yield prepared
    remove_translators(qapp, prepared.translators)


async def _choose(window: MainWindow, key: str, value: str) -> MainWindow:
    dialog = await _settings_dialog(window)
    combo = dialog.fields[key]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(value))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return await _new_window(window)


@pytest.mark.parametrize(("key", "value"), [("theme", "dark"), ("language", "zh_CN")])
async def test_a_rebuild_keeps_the_download_and_does_not_wait_for_a_submission(
        qtbot: QtBot, opening: Opening, studio_home: Path, key: str, value: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sim = Simulator(generation_seconds=0.3)
    store = TaskStore(studio_home / "studio.sqlite3")
    loop = asyncio.get_running_loop()
    async with session_on_simulator(store, settings=opening.settings, sim=sim,
                                    poll_floor_s=0.05) as session:
        sim.download_bytes_per_s = SLOW_BYTES_PER_S
        painted: asyncio.Future[QWidget] = loop.create_future()
        run = asyncio.ensure_future(launch._windows(app, opening, session, opening.state,
                                                    KeyProvider(env={}), painted))
        window = await _new_window(None)
        composer = _composer(window)
        composer.prompt.set_text("a long clip that downloads slowly")
        composer.generate.click()
        queue = session.queue
        await until(lambda: any(queue.live(r.local_id).bytes_done > 0 for r in queue.records()))
        [first] = queue.records()
        assert first.state is TaskState.DOWNLOADING

        sim.faults.delay(POST_DELAY_S, only="create")
        composer.prompt.set_text("a second clip whose answer comes late")
        composer.generate.click()
        await until(lambda: len(queue.records()) == 2)  # written ahead: the POST is out
        started = loop.time()
        rebuilt = await _choose(window, key, value)
        assert loop.time() - started < POST_DELAY_S / 2  # the new window did not wait
        assert session.sending()  # the POST is still under way, in the session
        assert queue.record(first.local_id).state is TaskState.DOWNLOADING  # type: ignore[union-attr]

        sim.download_bytes_per_s = None  # the rest at full speed
        await until(lambda: all(r.state is TaskState.SAVED for r in queue.records())
                    and len(queue.records()) == 2, 30)
        rows = _composer(rebuilt)  # the new window's panels are wired to the same queue
        assert rows is not composer
        gets = [r for r in sim.requests
                if r.group == "download" and r.method == "GET"
                and r.path.startswith("/files/results/")]
        first_task = queue.record(first.local_id)
        assert first_task is not None and first_task.task_id is not None
        token_gets = [r for r in gets if r.path == gets[0].path]
        assert len(token_gets) == 1 and token_gets[0].range is None, gets
        assert Path(first_task.file_path or "").is_file()
        rebuilt.close()
        assert await asyncio.wait_for(run, 15) is Outcome.QUIT
    store.close()
