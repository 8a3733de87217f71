"""Modal dialogs open with `open()`: the asyncio loop goes on while they are shown."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app.services.account.keychain import KeyProvider
from app.services.home.settings import Settings
from app.ui.dialogs.modal import ask, clicked, open_modal, result_of
from app.ui.dialogs.settings_dialog import SettingsDialog
from tests.waiting import signal_once


def test_open_modal_answers_through_its_slots_and_deletes_the_dialog(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = QDialog(parent)
    accepted: list[bool] = []
    finished: list[int] = []
    open_modal(dialog, on_accepted=lambda: accepted.append(True), on_finished=finished.append)
    assert QApplication.activeModalWidget() is dialog  # shown at once, no nested loop ran
    dialog.accept()
    assert accepted == [True] and finished == [QDialog.DialogCode.Accepted]
    qtbot.waitUntil(lambda: not isValid(dialog))


async def test_result_of_waits_without_blocking_the_loop(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = QDialog(parent)
    ticks: list[int] = []

    async def tick() -> None:
        for n in range(3):
            ticks.append(n)
            await asyncio.sleep(0)
        dialog.reject()

    ticking = asyncio.ensure_future(tick())
    finished = asyncio.ensure_future(signal_once(dialog.finished))
    assert await asyncio.wait_for(result_of(dialog), 10) == QDialog.DialogCode.Rejected
    await ticking
    assert ticks == [0, 1, 2]
    assert await finished == (QDialog.DialogCode.Rejected,)



async def test_clicked_answers_with_the_button_and_a_cancelled_wait_closes_the_box(
        qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = QMessageBox(QMessageBox.Icon.Question, "Send?", "Two takes.",
                      QMessageBox.StandardButton.NoButton, parent)
    send = box.addButton("Send", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Don't send", QMessageBox.ButtonRole.RejectRole)
    waiting = asyncio.ensure_future(clicked(box))
    await asyncio.sleep(0)
    assert QApplication.activeModalWidget() is box
    send.click()
    assert await asyncio.wait_for(waiting, 10) is send
    qtbot.waitUntil(lambda: not isValid(box))
    left = QMessageBox(QMessageBox.Icon.Question, "Send?", "Two takes.",
                       QMessageBox.StandardButton.Cancel, parent)
    waiting = asyncio.ensure_future(clicked(left))
    await asyncio.sleep(0)
    assert left.isVisible()
    waiting.cancel()  # the window closing under the question
    with pytest.raises(asyncio.CancelledError):
        await waiting
    qtbot.waitUntil(lambda: not isValid(left))

def test_the_clips_folder_picker_fills_the_field(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings.open_default(), KeyProvider(env={}))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.browse_button.click()
    picker = QApplication.activeModalWidget()
    assert isinstance(picker, QFileDialog) and picker.objectName() == "choose-clips-folder"
    picker.selectFile(str(tmp_path))
    picker.accept()
    field = dialog.fields["clips_folder"]
    assert isinstance(field, QLineEdit) and Path(field.text()) == tmp_path


def test_ask_goes_ahead_only_on_yes(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[str] = []
    ask(parent, "Stop tracking this task?", "The server goes on.", "Stop tracking",
        lambda: done.append("stopped"))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.text() == "The server goes on."
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert done == []
    ask(parent, "Stop tracking this task?", "The server goes on.", "Stop tracking",
        lambda: done.append("stopped"))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    [yes] = [b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole]
    yes.click()
    assert done == ["stopped"]
