"""Under zh_CN the key, welcome, settings and about dialogs say everything in Chinese, unclipped
(the settings fields' own error messages too)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.core.catalog import ApiMsg
from app.services.account.auth_gate import AuthGate
from app.services.account.key_check import KeyCheck, KeyVerdict, check_key
from app.services.account.keychain import KeyProvider
from app.services.api.config import InsecureURL, resolve_endpoints
from app.services.api.errors import Unauthorized, plain_message
from app.services.home.i18n import install_translators, remove_translators
from app.services.home.settings import CLIPS_FOLDER, LANGUAGE, Settings
from app.ui.dialogs.about_dialog import AboutDialog
from app.ui.dialogs.key_dialog import KeyDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.dialogs.welcome_dialog import WelcomeDialog
from app.ui.messages import render

# Names and commands that stay as they are in the Chinese text.
KEPT = {"API", "OS", "keyring", "Linux", "Secret", "Service", "gnome", "Debian", "Ubuntu", "sudo",
        "apt", "install", "KWallet", "Bus", "EVOLINK_API_KEY", "Evolink", "Seedance", "Studio"}


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    installed: list[QTranslator] = install_translators(qapp, "zh_CN")
    assert installed, "the zh_CN catalog did not load"
    yield
    remove_translators(qapp, installed)


def english_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z_]{2,}", text)) - KEPT


def has_chinese(text: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", text) is not None


async def _never(_key: str) -> KeyCheck:
    return KeyCheck(KeyVerdict.ERROR, detail="not called")


def test_the_keychain_problem_is_chinese_in_the_key_dialog_and_the_welcome(
        qtbot: QtBot, chinese: None, restore_keyring: None) -> None:
    keyring.set_keyring(fail.Keyring())
    dialog = KeyDialog(KeyProvider(env={}), _never)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.keychain_notice.text()
    assert dialog.keychain_notice.isVisible()
    assert has_chinese(text) and "钥匙串" in text, text
    assert english_words(text) == set(), text
    assert "EVOLINK_API_KEY" in text and "sudo apt install gnome-keyring" in text

    provider = KeyProvider(env={})
    provider.resolve()
    # Start-up hands the welcome str(exc): still the Message, so still translatable.
    welcome = WelcomeDialog(str(provider.keychain_error))
    qtbot.addWidget(welcome)
    assert welcome.problem.text() == text.split("：", 1)[1]


def test_a_refused_key_reads_in_chinese_after_the_auth_gate(qtbot: QtBot, chinese: None) -> None:
    # A 401 reaches the dialog through the gate's signal, which keeps the Message (its id).
    gate = AuthGate()
    with qtbot.waitSignal(gate.key_rejected) as said:
        gate.report(Unauthorized(plain_message(401), status=401))
    dialog = KeyDialog(KeyProvider(env={}), _never, reason=said.args[0])
    qtbot.addWidget(dialog)
    assert has_chinese(dialog.reason.text())
    assert english_words(dialog.reason.text()) == set(), dialog.reason.text()
    dialog.set_reason("Invalid or expired API key")  # the server's own words stay as given
    assert "Invalid or expired API key" in dialog.reason.text()


def _squeezed(root: QWidget) -> list[str]:
    """Word-wrapped labels shown shorter than their text needs at their width."""
    return [label.text() for label in root.findChildren(QLabel)
            if label.isVisible() and label.wordWrap() and label.text()
            and label.height() < label.heightForWidth(label.width())]


async def test_settings_and_about_are_chinese_and_nothing_is_squeezed(
        qtbot: QtBot, chinese: None) -> None:
    settings = Settings.open_default()
    settings.set(LANGUAGE, "zh_CN")
    dialog = SettingsDialog(settings, KeyProvider(env={}))
    qtbot.addWidget(dialog)
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: dialog.tabs.currentWidget().isVisible())
        assert has_chinese(dialog.tabs.tabText(index))
        assert _squeezed(dialog) == []
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    rows = [label.text() for label in about.findChildren(QLabel)]
    assert any(row.startswith("操作系统") for row in rows), rows
    assert _squeezed(about) == []


def test_settings_field_errors_are_chinese_on_their_fields(
        qtbot: QtBot, chinese: None, tmp_path: Path) -> None:
    settings = Settings.open_default()
    dialog = SettingsDialog(settings, KeyProvider(env={}))
    qtbot.addWidget(dialog)
    dialog.show()
    fields = {key: dialog.fields[key] for key in ("clips_folder", "filename_template",
                                                  "api_base_url")}
    assert all(isinstance(f, QLineEdit) for f in fields.values())
    template = fields["filename_template"]
    assert isinstance(template, QLineEdit)
    template.setText("{nope}")  # the live check, before OK
    live = dialog.errors["filename_template"].text()
    assert has_chinese(live) and "{nope}" in live and "{prompt-slug}" in live, live

    for key, value in (("clips_folder", "relative/clips"), ("filename_template", "{date"),
                       ("api_base_url", "http://api.example.com")):
        field = fields[key]
        assert isinstance(field, QLineEdit)
        field.setText(value)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()  # refused: nothing saved, the dialog stays open
    assert settings[CLIPS_FOLDER] == ""
    for key in ("clips_folder", "filename_template"):
        text = dialog.errors[key].text()
        assert dialog.errors[key].isVisible() and has_chinese(text), (key, text)
        assert english_words(text) == set(), (key, text)
    assert "文件夹" in dialog.errors["clips_folder"].text()
    url = dialog.errors["api_base_url"].text()
    assert has_chinese(url) and "https://" in url and "http://api.example.com" in url, url
    assert "must use" not in url

    # A file where the folder should be names the path, in Chinese.
    (tmp_path / "clips.txt").write_text("not a folder")
    clips = fields["clips_folder"]
    assert isinstance(clips, QLineEdit)
    clips.setText(str(tmp_path / "clips.txt"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    text = dialog.errors["clips_folder"].text()
    assert str(tmp_path / "clips.txt") in text and "不是文件夹" in text, text


async def test_the_key_test_and_url_sentences_are_chinese(chinese: None) -> None:
    endpoints = resolve_endpoints("https://api.example.com")
    empty = await check_key("   ", endpoints)
    assert render(empty.detail) == "API 密钥为空。"
    with pytest.raises(InsecureURL) as info:
        resolve_endpoints(env={"EVOLINK_FILES_BASE_URL": "ftp://files.example.com"})
    shown = render(str(info.value))
    assert shown.startswith("文件服务地址") and "ftp://files.example.com" in shown, shown


def test_a_balance_failure_reads_in_chinese(qtbot: QtBot, chinese: None) -> None:
    from app.core.messages import Message
    from app.ui.status.balance_label import BalanceLabel

    label = BalanceLabel()
    qtbot.addWidget(label)
    label.show_failed(Message(ApiMsg.NET_TIMED_OUT))
    tip = label.toolTip()
    assert "The server did not answer" not in tip and "服务器未及时响应" in tip
