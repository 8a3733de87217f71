"""The zh_CN translation: shipped compiled, complete, and loaded by install_translators."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.i18n import CATALOG, i18n_dir, install_translators, resolve_language


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[list[QTranslator]]:
    installed: list[QTranslator] = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)


def test_language_setting_resolves() -> None:
    assert resolve_language("zh_CN") == "zh_CN"
    assert resolve_language("en") == "en"
    assert resolve_language("system", QLocale(QLocale.Language.Chinese,
                                              QLocale.Country.China)) == "zh_CN"
    assert resolve_language("system", QLocale(QLocale.Language.German)) == "en"


def test_every_string_is_translated_and_compiled() -> None:
    folder = i18n_dir()
    assert folder is not None
    ts = folder / f"{CATALOG}_zh_CN.ts"
    qm = folder / f"{CATALOG}_zh_CN.qm"
    assert qm.stat().st_size > 0
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) > 100
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.text, message.findtext("source")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), \
            message.findtext("source")


def test_chinese_is_installed_and_english_needs_nothing(
        qapp: QApplication, translators: list[QTranslator], qtbot: QtBot) -> None:
    assert install_translators(qapp, "en") == []
    translators += install_translators(qapp, "zh_CN")
    assert translators
    assert QCoreApplication.translate("DemoBadge", "Demo — simulated clips") == "演示 — 模拟片段"
    assert QCoreApplication.translate("Settings", "Model the composer starts with.") \
        == "编辑器默认使用的模型。"
    from app.ui.dialogs.welcome_dialog import WelcomeDialog

    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert dialog.demo_button.text() == "试用演示(&D)（不消耗积分）"
