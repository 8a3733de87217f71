"""Modal dialogs without a nested event loop: `open()` and a slot for the answer.

`QDialog.exec()` under qasync runs a second Qt event loop inside a callback of asyncio's: tasks
resume inside it, and a window rebuilt meanwhile deletes the dialog's parent under its feet.
`open()` returns at once; the answer comes back through `accepted`/`finished`, or is awaited
(`result_of`, `clicked`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:  # made at the first dialog: their Python types (and enums) cost at start-up
    from PySide6.QtWidgets import QAbstractButton, QMessageBox

T = TypeVar("T")


def _is_file_dialog(dialog: QDialog) -> bool:
    # By class name: importing QFileDialog to ask would build its Python type for every panel
    # that can open a dialog, before the window is ready.
    return dialog.inherits("QFileDialog")


def open_modal(dialog: QDialog, on_accepted: Callable[[], None] | None = None,
               on_finished: Callable[[int], None] | None = None) -> None:
    """Show `dialog` window-modal; call `on_accepted` once it is accepted, `on_finished` with
    its result code however it closes. The dialog is deleted after it closed (a file
    dialog with its parent)."""
    if on_accepted is not None:
        dialog.accepted.connect(on_accepted)
    if on_finished is not None:
        dialog.finished.connect(on_finished)
    if not _is_file_dialog(dialog):
        # A QFileDialog deleted right after it closed crashed Qt (its file-system model still
        # at work); it is small and goes with its parent.
        dialog.finished.connect(lambda _code: dialog.deleteLater())
    dialog.open()


# parent, title, text, accept label, what to do once the user accepted
Confirm = Callable[[QWidget, str, str, str, Callable[[], None]], None]


def ask(parent: QWidget, title: str, text: str, accept: str, then: Callable[[], None]) -> None:
    """A yes/cancel question, Cancel the default; `then` runs only on yes (a `Confirm`)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    open_modal(box, on_finished=lambda _code: then() if box.clickedButton() is yes else None)


async def result_of(dialog: QDialog) -> int:
    """Open `dialog` window-modal and wait for its result code (QDialog.DialogCode). Read what
    it holds before the next await: it is closed and deleted once answered, and when the wait
    is cancelled (the window closing under it)."""
    return await _answer(dialog, lambda code: code)


async def clicked(box: QMessageBox) -> QAbstractButton | None:
    """`result_of` for a message box: the button that answered it (None: none did)."""
    return await _answer(box, lambda _code: box.clickedButton())


async def _answer(dialog: QDialog, read: Callable[[int], T]) -> T:
    answered: asyncio.Future[T] = asyncio.get_running_loop().create_future()

    def on_finished(code: int) -> None:
        if not answered.done():
            answered.set_result(read(code))

    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.finished.connect(on_finished)
    dialog.open()
    try:
        return await answered
    finally:
        dialog.finished.disconnect(on_finished)
        dialog.close()
        if not _is_file_dialog(dialog):  # see open_modal
            dialog.deleteLater()
