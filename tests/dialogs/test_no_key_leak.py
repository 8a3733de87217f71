"""After a full simulated session, no file the app wrote holds the key: data, settings, logs."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.models import GenerationRequest
from app.core.states import TaskState
from app.services.account import keychain
from app.services.account.auth_gate import AuthGate
from app.services.account.balance import BalanceService
from app.services.account.key_check import KeyCheck, check_key
from app.services.account.keychain import KeyProvider
from app.services.api.client import EvolinkClient
from app.services.api.config import Endpoints
from app.services.home.logs import setup_logging
from app.services.home.settings import API_BASE_URL, Settings
from app.services.home.window_state import WindowState
from app.services.tasks import generation
from app.services.tasks.store import TaskStore
from app.simulator import Simulator
from app.ui.dialogs.key_dialog import KeyDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from tests.dialogs.conftest import KEY, WRONG
from tests.queue.conftest import follow_headless


@pytest.fixture
def studio_logging(studio_home: Path) -> Iterator[Path]:
    path = setup_logging(console=False)  # the default file: paths.log_dir() under the home
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_studio", False):
            root.removeHandler(handler)
            handler.close()


def files_holding(root: Path, secret: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


async def test_full_session_writes_the_key_nowhere(
        qtbot: QtBot, sim: Simulator, endpoints: Endpoints, studio_home: Path,
        studio_logging: Path, real_keychain: str) -> None:
    provider = KeyProvider(env={})

    async def check(key: str) -> KeyCheck:
        return await check_key(key, endpoints)

    # The key goes in through the dialog, is tested, then saved to the Secret Service.
    dialog = KeyDialog(provider, check)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.entry.setText(KEY)
    dialog.test_button.click()
    [task] = dialog._background.running("key-test")
    await task
    assert dialog.test_result.text().startswith("✓ Valid")
    dialog.buttons.accepted.emit()
    source = provider.resolve()
    assert source is not None and source.origin == "keychain"

    settings = Settings.open_default()
    settings_dialog = SettingsDialog(settings, provider)
    qtbot.addWidget(settings_dialog)
    settings_dialog.buttons.accepted.emit()
    settings.set(API_BASE_URL, endpoints.base_url)
    state = WindowState.open_default()
    state.save_panel("queue", {"sort": "created"})
    state.set_flag("welcome_done", True)

    # A clip from prompt to disk, the balance, and a refused key along the way.
    store = TaskStore.open_default()
    async with EvolinkClient(source.key, endpoints) as client:
        balance = BalanceService(client.credits)
        balance.refresh()
        rec = await generation.submit(client, store, GenerationRequest(
            model="seedance-2.0-fast-text-to-video", prompt="leak check", duration=4,
            quality="480p"), source="gui")
        end = await follow_headless(client, store, rec.local_id,
                                    settings.clips_folder())
        assert end.state is TaskState.SAVED
        balance.refresh()
        await balance.wait_idle()
        assert balance.last is not None
    logging.getLogger("app.services").warning("a key in a log line by mistake: %s", KEY)
    async with EvolinkClient(WRONG, endpoints) as wrong:
        gate = AuthGate()
        refused = BalanceService(wrong.credits)
        refused.unauthorized.connect(gate.report_unauthorized)
        refused.refresh()
        await refused.wait_idle()
        assert gate.blocked

    for handler in logging.getLogger().handlers:
        handler.flush()
    assert studio_logging.read_text(encoding="utf-8").strip()
    assert "sk-…abcd" in studio_logging.read_text(encoding="utf-8")
    assert settings.file_path.is_relative_to(studio_home)
    for secret in (KEY, WRONG):
        assert files_holding(studio_home, secret) == []
    assert keychain.get_key() == KEY  # it lives in the keychain, and only there
