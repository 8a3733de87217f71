"""Issue 14 item 6 in the window: a store fault is a dialog at start-up, fatal or a notice."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.ui.dialogs.store_problem_dialog import StoreProblemDialog
from app.ui.launch import _open_store


@pytest.fixture
def answered(qtbot: QtBot) -> Iterator[list[StoreProblemDialog]]:
    """Every StoreProblemDialog shown, answered with its one button as soon as it shows."""
    seen: list[StoreProblemDialog] = []

    def close() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, StoreProblemDialog) and w.isVisible() and w not in seen:
                seen.append(w)
                w.button(w.standardButtons()).click()

    poll = QTimer()
    poll.timeout.connect(close)
    poll.start(20)
    yield seen
    poll.stop()


async def test_a_damaged_store_is_a_notice_and_the_studio_goes_on(
        answered: list[StoreProblemDialog], studio_home: Path) -> None:
    (studio_home / "studio.sqlite3").write_bytes(b"garbage" * 200)
    store = await _open_store(None)
    assert store is not None
    store.close()
    [dialog] = answered
    assert not dialog.fatal and dialog.icon() is QMessageBox.Icon.Information
    assert "moved aside" in dialog.informativeText()
    assert list(studio_home.glob("studio.sqlite3.damaged-*"))


async def test_a_newer_store_is_a_fatal_dialog_and_no_store(
        answered: list[StoreProblemDialog], studio_home: Path) -> None:
    with contextlib.closing(sqlite3.connect(studio_home / "studio.sqlite3")) as conn:
        conn.execute("PRAGMA user_version = 999")
    assert await _open_store(None) is None
    [dialog] = answered
    assert dialog.fatal and "newer Seedance Studio" in dialog.informativeText()
    assert dialog.accessibleName() == dialog.windowTitle() == "Task library"
