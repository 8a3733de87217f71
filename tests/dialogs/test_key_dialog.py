"""The key dialog: Test against the simulator, store in the real keychain, no-backend fallback."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.services.account import keychain
from app.services.account.key_check import KeyCheck, check_key
from app.services.account.keychain import KeyProvider, KeySource
from app.services.api.config import Endpoints, resolve_endpoints
from app.simulator import Simulator
from app.ui.dialogs.key_dialog import KeyDialog
from tests.dialogs.conftest import KEY, WRONG, until


def make_dialog(qtbot: QtBot, endpoints: Endpoints, provider: KeyProvider | None = None,
                reason: str = "") -> KeyDialog:
    async def check(key: str) -> KeyCheck:
        return await check_key(key, endpoints)

    dialog = KeyDialog(provider or KeyProvider(env={}), check, reason=reason)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


async def run_test(qtbot: QtBot, dialog: KeyDialog, key: str) -> str:
    dialog.entry.setText(key)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.test_result.text() == "Testing…"
    await until(dialog.test_button.isEnabled)
    return dialog.test_result.text()


async def test_test_button_says_valid_for_the_right_key(qtbot: QtBot, endpoints: Endpoints,
                                                        sim: Simulator) -> None:
    dialog = make_dialog(qtbot, endpoints)
    text = await run_test(qtbot, dialog, KEY)
    assert text.startswith("✓ Valid")
    # A screen reader hears the result itself, "Test result" is its description.
    iface = QAccessible.queryAccessibleInterface(dialog.test_result)
    assert iface.text(QAccessible.Text.Name) == text
    assert iface.text(QAccessible.Text.Description) == "Test result"
    assert "1234.50" in text.replace(",", "")
    credit_calls = [r for r in sim.requests if r.path == "/v1/credits"]
    assert len(credit_calls) == 1  # one cheap request, no retries, nothing created
    assert not sim.tasks


async def test_test_button_says_invalid_for_a_wrong_key(qtbot: QtBot,
                                                        endpoints: Endpoints) -> None:
    dialog = make_dialog(qtbot, endpoints)
    text = await run_test(qtbot, dialog, WRONG)
    assert text.startswith("✗ Invalid")
    assert WRONG not in text


async def test_test_button_says_no_network(qtbot: QtBot, sim: Simulator) -> None:
    assert sim.base_url is not None
    await sim.stop()  # the port is closed now: connection refused
    dialog = make_dialog(qtbot, resolve_endpoints(sim.base_url))
    text = await run_test(qtbot, dialog, KEY)
    assert text.startswith("No network")


def test_empty_entry_is_told_on_the_field(qtbot: QtBot, endpoints: Endpoints) -> None:
    dialog = make_dialog(qtbot, endpoints)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error.isVisible()
    assert "Enter or paste" in dialog.field_error.text()
    assert dialog.test_result.text() == ""


def test_entry_is_masked_with_show_hide_and_paste(qtbot: QtBot, endpoints: Endpoints) -> None:
    dialog = make_dialog(qtbot, endpoints)
    assert dialog.entry.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.entry_label.buddy() is dialog.entry
    dialog.show_button.click()
    assert dialog.entry.echoMode() is QLineEdit.EchoMode.Normal
    assert dialog.show_button.accessibleName() == "Hide"
    dialog.show_button.click()
    assert dialog.entry.echoMode() is QLineEdit.EchoMode.Password
    QGuiApplication.clipboard().setText(f"  {KEY}\n")
    dialog.paste_button.click()
    assert dialog.entry.text() == KEY
    QGuiApplication.clipboard().clear()


def test_reason_and_env_override_are_shown(qtbot: QtBot, endpoints: Endpoints) -> None:
    provider = KeyProvider(env={"EVOLINK_API_KEY": KEY})
    dialog = make_dialog(qtbot, endpoints, provider, reason="Invalid API key")
    assert dialog.reason.isVisible() and "Invalid API key" in dialog.reason.text()
    assert dialog.env_notice.isVisible() and "EVOLINK_API_KEY" in dialog.env_notice.text()


def test_save_stores_in_the_real_keychain_shown_masked(qtbot: QtBot, endpoints: Endpoints,
                                                       real_keychain: str) -> None:
    provider = KeyProvider(env={})
    dialog = make_dialog(qtbot, endpoints, provider)
    assert "No key is saved" in dialog.stored.text()
    dialog.entry.setText(KEY)
    with qtbot.waitSignal(dialog.key_saved) as saved:
        dialog.buttons.accepted.emit()
    assert saved.args == [KeySource(KEY, "keychain")]
    assert keychain.get_key() == KEY
    assert provider.resolve() == KeySource(KEY, "keychain")
    assert dialog.entry.text() == ""

    again = make_dialog(qtbot, endpoints, provider)
    assert "sk-…abcd" in again.stored.text()
    assert KEY not in again.stored.text() and again.entry.text() == ""
    assert again.remove_button.isVisible()
    with qtbot.waitSignal(again.key_removed):
        again.remove_button.click()
    assert keychain.get_key() is None
    assert "No key is saved" in again.stored.text()


def test_no_keychain_says_so_and_keeps_the_key_in_memory_only(
        qtbot: QtBot, endpoints: Endpoints, restore_keyring: None, studio_home: Path,
        tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    provider = KeyProvider(env={})
    dialog = make_dialog(qtbot, endpoints, provider)
    # Told at once, before anything is typed.
    assert dialog.keychain_notice.isVisible()
    assert "No OS keychain" in dialog.keychain_notice.text()
    assert "gnome-keyring" in dialog.keychain_notice.text() or "Keychain" in \
        dialog.keychain_notice.text()
    assert dialog.session_only.isVisible() and not dialog.session_only.isChecked()
    dialog.entry.setText(KEY)
    dialog.buttons.accepted.emit()  # not ticked: refused, nothing silently lost
    assert dialog.isVisible() and dialog.entry.text() == KEY
    assert provider.resolve() is None
    dialog.session_only.setChecked(True)
    with qtbot.waitSignal(dialog.key_saved) as saved:
        dialog.buttons.accepted.emit()
    assert saved.args == [KeySource(KEY, "session")]
    assert provider.resolve() == KeySource(KEY, "session")
    written = [p for p in tmp_path.rglob("*") if p.is_file() and KEY.encode() in p.read_bytes()]
    assert written == []


@pytest.mark.parametrize("bad", ["sk-has space-LEAKMARK", "   "])
def test_malformed_key_is_refused_on_the_field(qtbot: QtBot, endpoints: Endpoints,
                                               bad: str) -> None:
    dialog = make_dialog(qtbot, endpoints)
    dialog.entry.setText(bad)
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.field_error.isVisible()
