"""The settings dialog: live file-name example, problems on their fields, values saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from app.services.account.keychain import KeyProvider
from app.services.home.settings import (
    FILENAME_TEMPLATE,
    NOTIFICATIONS,
    POLL_CONCURRENCY,
    THEME,
    Settings,
)
from app.ui.dialogs.settings_dialog import SettingsDialog
from tests.dialogs.conftest import KEY


@pytest.fixture
def settings() -> Settings:
    return Settings.open_default()


def make(qtbot: QtBot, settings: Settings, env: dict[str, str] | None = None) -> SettingsDialog:
    dialog = SettingsDialog(settings, KeyProvider(env=env or {}))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def line(dialog: SettingsDialog, key: str) -> QLineEdit:
    field = dialog.fields[key]
    assert isinstance(field, QLineEdit)
    return field


def test_every_field_is_labelled(qtbot: QtBot, settings: Settings) -> None:
    dialog = make(qtbot, settings)
    for key, field in dialog.fields.items():
        assert field.accessibleName(), key
        if not isinstance(field, QCheckBox):
            assert dialog.labels[key].buddy() is field
    names = [w.accessibleName() for w in dialog.findChildren(QWidget)]
    assert "File names" in names and "API address" in names


def test_template_example_is_live(qtbot: QtBot, settings: Settings) -> None:
    dialog = make(qtbot, settings)
    assert dialog.example.text().startswith("Example: 2026-05-14_093000_fast-text-to-video")
    line(dialog, "filename_template").setText("{model}-{duration}")
    assert dialog.example.text() == "Example: fast-text-to-video-5s.mp4"
    line(dialog, "filename_template").setText("{nope}")
    assert dialog.example.text() == ""
    assert "unknown placeholder {nope}" in dialog.errors["filename_template"].text()


def test_problems_are_shown_on_their_fields_and_nothing_is_saved(
        qtbot: QtBot, settings: Settings) -> None:
    dialog = make(qtbot, settings)
    line(dialog, "filename_template").setText("{date")
    line(dialog, "api_base_url").setText("http://api.example.com")
    model = dialog.fields["default_model"]
    quality = dialog.fields["default_quality"]
    assert isinstance(model, QComboBox) and isinstance(quality, QComboBox)
    model.setCurrentIndex(model.findData("seedance-2.0-fast-text-to-video"))
    quality.setCurrentIndex(quality.findData("1080p"))
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "unmatched" in dialog.errors["filename_template"].text()
    assert "https" in dialog.errors["api_base_url"].text()
    assert "1080p" in dialog.errors["default_quality"].text()
    assert dialog.tabs.currentIndex() == 0  # the first problem's tab is brought forward
    assert settings[FILENAME_TEMPLATE] != "{date"
    # What was typed is still there to be corrected.
    assert line(dialog, "api_base_url").text() == "http://api.example.com"


def test_values_are_saved(qtbot: QtBot, settings: Settings, tmp_path: Path) -> None:
    dialog = make(qtbot, settings)
    changed: list[str] = []
    settings.changed.connect(changed.append)
    line(dialog, "clips_folder").setText(str(tmp_path / "my clips"))
    line(dialog, "filename_template").setText("{date}_{short-id}")
    concurrency = dialog.fields["poll_concurrency"]
    theme = dialog.fields["theme"]
    notify = dialog.fields["notifications"]
    assert isinstance(concurrency, QSpinBox) and isinstance(theme, QComboBox)
    assert isinstance(notify, QCheckBox)
    concurrency.setValue(7)
    theme.setCurrentIndex(theme.findData("dark"))
    notify.setChecked(False)
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    fresh = Settings.open_default()
    assert fresh.clips_folder() == tmp_path / "my clips"
    assert fresh[FILENAME_TEMPLATE] == "{date}_{short-id}"
    assert fresh[POLL_CONCURRENCY] == 7
    assert fresh[THEME] == "dark"
    assert fresh[NOTIFICATIONS] is False
    assert set(changed) == {"clips_folder", "filename_template", "poll_concurrency", "theme",
                            "notifications"}


def test_key_is_shown_masked_with_its_origin(qtbot: QtBot, settings: Settings) -> None:
    dialog = make(qtbot, settings, env={"EVOLINK_API_KEY": KEY})
    assert dialog.key_label.text().startswith("sk-…abcd")
    assert "EVOLINK_API_KEY" in dialog.key_label.text()
    assert KEY not in dialog.key_label.text()
    with qtbot.waitSignal(dialog.key_dialog_requested):
        dialog.key_button.click()


def test_wrapped_notes_get_the_height_their_lines_need(qtbot: QtBot, settings: Settings) -> None:
    from app.ui.wrapped_label import WrappedLabel

    dialog = make(qtbot, settings)
    dialog.show()
    qtbot.waitExposed(dialog)
    notes = [w for w in dialog.findChildren(WrappedLabel) if w.isVisibleTo(dialog) and w.text()]
    assert len(notes) >= 2  # the file-name example and the language note
    for note in notes:
        qtbot.waitUntil(lambda n=note: n.height() >= n.heightForWidth(n.width()))
    # A longer template wraps to more lines: the example grows with it.
    before = dialog.example.height()
    line(dialog, "filename_template").setText("{date}_{model}_{prompt-slug}_{short-id}" * 3)
    qtbot.waitUntil(lambda: dialog.example.height() > before)
