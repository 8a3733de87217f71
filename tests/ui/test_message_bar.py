"""The status bar's message stays readable beside the permanent widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from app.ui.status.message_bar import MessageBar

LONG = ("Settings of a-very-long-clip-name-from-an-earlier-session.mp4 are in the composer "
        "(matched in the library)")


def test_a_long_message_ends_in_an_ellipsis_and_keeps_the_whole_text(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = MessageBar()
    window.setStatusBar(bar)
    badge = QLabel("Demo — simulated clips   Leave demo   Credits: 5000.00")
    bar.addPermanentWidget(badge)
    window.resize(700, 200)
    window.show()
    qtbot.waitExposed(window)
    bar.showMessage(LONG, 0)
    label = bar.label
    # Whole words fit before the badge, the rest is elided; nothing is drawn under the badge.
    qtbot.waitUntil(lambda: label.text().endswith("…"))
    assert label.geometry().right() < badge.geometry().left()
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    assert bar.currentMessage() == LONG and label.toolTip() == LONG
    assert label.accessibleDescription() == LONG
    window.resize(1800, 200)
    qtbot.waitUntil(lambda: label.text() == LONG)


def test_a_timed_message_clears_itself(qtbot: QtBot) -> None:
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.showMessage("Saved", 50)
    assert bar.currentMessage() == "Saved"
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=2000)
    bar.showMessage("stays", 0)
    qtbot.wait(100)
    assert bar.currentMessage() == "stays"
