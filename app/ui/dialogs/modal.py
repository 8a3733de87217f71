"""Modal dialogs without a nested event loop: `open()` and a slot for the answer.

`QDialog.exec()` under qasync runs a second Qt event loop inside a callback of asyncio's: tasks
resume inside it, and a window rebuilt meanwhile deletes the dialog's parent under its feet.
`open()` returns at once; the answer comes back through `accepted`/`finished`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


def open_modal(dialog: QDialog, on_accepted: Callable[[], None] | None = None,
               on_finished: Callable[[int], None] | None = None) -> None:
    """Show `dialog` window-modal; call `on_accepted` once it is accepted, `on_finished` with
    its result code however it closes. The dialog is deleted after it closed (a file
    dialog with its parent)."""
    if on_accepted is not None:
        dialog.accepted.connect(on_accepted)
    if on_finished is not None:
        dialog.finished.connect(on_finished)
    if not isinstance(dialog, QFileDialog):
        # A QFileDialog deleted right after it closed crashed Qt (its file-system model still
        # at work); it is small and goes with its parent.
        dialog.finished.connect(lambda _code: dialog.deleteLater())
    dialog.open()


# parent, title, text, accept label, what to do once the user accepted
Confirm = Callable[[QWidget, str, str, str, Callable[[], None]], None]


def ask(parent: QWidget, title: str, text: str, accept: str, then: Callable[[], None]) -> None:
    """A yes/cancel question, Cancel the default; `then` runs only on yes (a `Confirm`)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    open_modal(box, on_finished=lambda _code: then() if box.clickedButton() is yes else None)


async def result_of(dialog: QDialog) -> int:
    """Open `dialog` window-modal and wait for its result code (QDialog.DialogCode)."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def done(code: int) -> None:
        if not future.done():
            future.set_result(code)

    open_modal(dialog, on_finished=done)
    return await future
