"""A new language chosen in Settings rebuilds the window in it at once, keeping the composer."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QMenuBar,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.media_limits import MediaKind
from app.services.home.i18n import remove_translators
from app.services.home.settings import LANGUAGE, Settings
from app.ui import launch
from app.ui.actions import ActionId
from app.ui.composer.panel import ComposerPanel
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.main_window import MainWindow
from app.ui.shell import Opening, prepare
from tests.waiting import window_of

CLIP_URL = "https://example.com/reference.mp4"


@pytest.fixture
def opening(qapp: QApplication, studio_home: Path,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[Opening]:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    Settings.open_default().set(LANGUAGE, "en")
    prepared = prepare(qapp)
    yield prepared
    # A failure half-way must not leave later tests speaking Chinese.
    remove_translators(qapp, prepared.translators)


async def _new_window(old: QWidget | None) -> MainWindow:
    """The visible main window that is not `old` (the rebuilt one)."""
    return await window_of(MainWindow, besides=old)


async def _settings_dialog(window: MainWindow) -> SettingsDialog:
    window.registry[ActionId.SETTINGS].trigger()
    return await window_of(SettingsDialog)


async def _choose_language(window: MainWindow, language: str) -> MainWindow:
    dialog = await _settings_dialog(window)
    combo = dialog.fields["language"]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(language))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return await _new_window(window)


def _menus(window: MainWindow) -> list[str]:
    bar = window.findChild(QMenuBar)
    assert bar is not None
    return [a.text() for a in bar.actions()]


def _composer(window: MainWindow) -> ComposerPanel:
    composer = window.composer_dock.widget()
    assert isinstance(composer, ComposerPanel)
    return composer


async def test_changing_the_language_rebuilds_the_window_in_it(
        qtbot: QtBot, opening: Opening) -> None:
    run = asyncio.ensure_future(launch._main(True, opening))
    window = await _new_window(None)
    assert _menus(window) == ["&File", "&View", "&Account", "&Help"]
    [prompt] = [w for w in window.findChildren(QPlainTextEdit) if w.accessibleName() == "Prompt"]
    qtbot.keyClicks(prompt, "a lantern drifting over a lake")
    _composer(window).board().add(MediaKind.IMAGE, CLIP_URL)

    chinese = await _choose_language(window, "zh_CN")
    assert _menus(chinese) == ["文件(&F)", "视图(&V)", "账户(&A)", "帮助(&H)"]
    assert _composer(chinese).prompt.text() == "a lantern drifting over a lake"
    images = _composer(chinese).board().entries(MediaKind.IMAGE)
    assert [e.source for e in images] == [CLIP_URL]
    assert Settings.open_default()[LANGUAGE] == "zh_CN"

    english = await _choose_language(chinese, "en")
    assert _menus(english) == ["&File", "&View", "&Account", "&Help"]
    assert _composer(english).prompt.text() == "a lantern drifting over a lake"
    assert opening.translators == []

    english.close()
    await asyncio.wait_for(run, 15)
