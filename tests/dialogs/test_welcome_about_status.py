"""Welcome choice, About versions, the balance label and the demo badge."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app import __version__
from app.core.models import Credits
from app.ui.dialogs.about_dialog import AboutDialog
from app.ui.dialogs.welcome_dialog import WelcomeChoice, WelcomeDialog
from app.ui.status.balance_label import BalanceLabel
from app.ui.status.demo_badge import DemoBadge


def welcome(qtbot: QtBot, problem: str | None = None) -> WelcomeDialog:
    dialog = WelcomeDialog(problem)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_welcome_demo_choice(qtbot: QtBot) -> None:
    dialog = welcome(qtbot)
    assert dialog.demo_button.accessibleName() == "Try the demo (no credits)"
    with qtbot.waitSignal(dialog.chosen) as got:
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert got.args == ["demo"] and dialog.choice is WelcomeChoice.DEMO
    assert not dialog.isVisible()


def test_welcome_key_choice(qtbot: QtBot) -> None:
    dialog = welcome(qtbot)
    assert dialog.key_button.isDefault()
    with qtbot.waitSignal(dialog.chosen) as got:
        qtbot.mouseClick(dialog.key_button, Qt.MouseButton.LeftButton)
    assert got.args == ["key"]


def test_welcome_escape_means_demo_once(qtbot: QtBot) -> None:
    dialog = welcome(qtbot, problem="No OS keychain is available.")
    assert dialog.problem.isVisible()
    with qtbot.waitSignal(dialog.chosen) as got:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert got.args == ["demo"]
    with qtbot.assertNotEmitted(dialog.chosen):
        dialog.reject()


def test_about_lists_the_versions(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    shown = {name: label.text() for name, label in dialog.version_labels.items()}
    assert shown["Seedance Studio"] == __version__
    assert shown["Qt"] == qVersion()
    assert shown["PySide6"] == PySide6.__version__
    assert shown["Python"] == platform.python_version()
    dialog.copy_button.click()
    assert f"Qt: {qVersion()}" in QGuiApplication.clipboard().text()
    assert dialog.log_path.text().endswith("logs")


def test_balance_shows_account_and_a_tighter_key_limit(qtbot: QtBot) -> None:
    label = BalanceLabel()
    qtbot.addWidget(label)
    assert label.accessibleName() == ""  # a screen reader hears the figure it shows
    label.show_loading()
    assert label.text() == "Credits: …"
    label.show_credits(Credits(user_remaining=1095.39, user_used=135.9,
                               token_remaining=99416.44, token_unlimited=False))
    assert "1095.39" in label.text().replace(",", "") and "this key" not in label.text()
    label.show_credits(Credits(user_remaining=1095.39, token_remaining=50.0,
                               token_unlimited=False))
    assert "this key: 50.00" in label.text()
    label.show_failed("no network")
    assert "1095.39" in label.text().replace(",", "")  # the last known value stays
    assert "no network" in label.toolTip()
    with qtbot.waitSignal(label.refresh_requested):
        label.click()


def test_balance_failure_before_any_value(qtbot: QtBot) -> None:
    label = BalanceLabel()
    qtbot.addWidget(label)
    label.show_failed("The API refused the key")
    assert label.text() == "Credits: unavailable"


def test_demo_badge_leaves_in_one_click(qtbot: QtBot) -> None:
    badge = DemoBadge()
    qtbot.addWidget(badge)
    badge.show()
    assert badge.label.text() == "Demo — simulated clips"
    with qtbot.waitSignal(badge.leave_requested):
        qtbot.mouseClick(badge.leave_button, Qt.MouseButton.LeftButton)
