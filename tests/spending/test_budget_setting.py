"""The daily budget in the Settings dialog: labelled, off at 0, saved as a whole number."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QSpinBox
from pytestqt.qtbot import QtBot

from app.services.account.keychain import KeyProvider
from app.services.home.settings import DAILY_BUDGET, Settings
from app.ui.dialogs.settings_dialog import SettingsDialog


def test_the_daily_budget_is_set_in_the_settings_dialog(qtbot: QtBot) -> None:
    settings = Settings.open_default()
    assert settings[DAILY_BUDGET] == 0  # no budget unless the user sets one
    dialog = SettingsDialog(settings, KeyProvider(env={}))
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.fields["daily_budget"]
    assert isinstance(field, QSpinBox)
    assert dialog.labels["daily_budget"].buddy() is field
    assert field.accessibleName() == "Daily budget"
    assert field.text() == "No budget"
    field.setValue(500)
    assert field.text() == "500 credits"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings[DAILY_BUDGET] == 500
    assert settings.problem(DAILY_BUDGET, -1) is not None
