"""The library's small dialogs: rename a clip (the problem shown under the field) and confirm
sending clips to the trash."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.services.clips.clip_files import ClipActionError
from app.ui.dialogs.modal import open_modal
from app.ui.dialogs.notice import Notice
from app.ui.labels import plain_label
from app.ui.messages import render
from app.ui.screen_reader import value_label

NAMES_LISTED: Final = 5  # a confirmation names this many clips, then says how many more


class RenameDialog(QDialog):
    """Asks for a clip's new name. `check(text)` raises ClipActionError while the name cannot
    be used (shown under the field as the user types); `apply(text)` renames, and a failure
    keeps the dialog open with its reason. No signals: exec() says whether it was renamed."""

    def __init__(self, clip: Path, check: Callable[[str], object],
                 apply: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clip, self._check, self._apply = clip, check, apply
        self.name_label = QLabel(self.tr("New &name:"))
        self.name = QLineEdit(clip.stem)
        self.suffix = QLabel(clip.suffix)
        self.error = Notice(Notice.Kind.ERROR)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._setup_ui()
        self.name.textEdited.connect(self._on_name_text_edited)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Rename clip"))
        self.name_label.setBuddy(self.name)
        self.name.setAccessibleName(plain_label(self.name_label.text()))
        self.name.selectAll()
        self.name.setMinimumWidth(360)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Rename"))
        ok.setAccessibleName(plain_label(ok.text()))
        value_label(self.error, self.tr("Name problem"))
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.suffix)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def ok_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _problem(self, action: Callable[[str], object]) -> str:
        try:
            action(self.name.text())
        except ClipActionError as exc:
            return render(exc.message)
        return ""

    def _on_name_text_edited(self, _text: str) -> None:
        # The current name itself is no problem: OK then just closes.
        problem = "" if self.name.text().strip() == self._clip.stem else self._problem(
            self._check)
        self.error.show_text(problem)
        self.adjustSize()  # room for a message of two lines, above the buttons
        self.ok_button().setEnabled(not problem)

    def _on_buttons_accepted(self) -> None:
        problem = self._problem(self._apply)
        self.error.show_text(problem)
        self.adjustSize()
        if not problem:
            self.accept()
        else:
            self.name.setFocus()


class TrashConfirmation(QMessageBox):
    """Asks before clips go to the system trash, naming them; Cancel is the default.
    No signals of its own: `confirmed()` says, once it finished, whether to go ahead."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirm-trash")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Move to trash"))
        if len(names) == 1:
            text = self.tr("Move “%1” and its settings file to the trash?").replace(
                "%1", names[0])
        else:
            listed = "\n".join(f"• {name}" for name in names[:NAMES_LISTED])
            if len(names) > NAMES_LISTED:
                listed += "\n" + self.tr("and %n more", "", len(names) - NAMES_LISTED)
            text = self.tr("Move these %n clips and their settings files to the trash?", "",
                           len(names)) + "\n\n" + listed
        self.setText(text)
        self.setInformativeText(self.tr("You can restore them from the system trash."))
        self.yes = self.addButton(self.tr("Move to &trash"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.yes


def confirm_trash(parent: QWidget, names: Sequence[str], go_ahead: Callable[[], None]) -> None:
    """Ask without a nested event loop; `go_ahead` runs only when the user said yes."""
    box = TrashConfirmation(names, parent)
    open_modal(box, on_finished=lambda _code: go_ahead() if box.confirmed() else None)
