"""The chooser "Find it" opens when several of the account's tasks could be a lost submission."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.states import state_for_status
from app.core.task_match import Candidate
from app.ui.labels import plain_label, state_label

if TYPE_CHECKING:
    from app.core.task_list import TaskListItem


class FindDialog(QDialog):
    """Lists the candidates, closest in time first; nothing is adopted unless the user picks one.

    Signals: chosen(object) — the TaskListItem the user picked (on "Use this task").
    """

    chosen = Signal(object)

    def __init__(self, candidates: Sequence[Candidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._candidates = list(candidates)
        self.intro = QLabel(self.tr(
            "Several of your recent tasks could be this submission, equally close to when it "
            "was sent. Choose the one that is yours; the others are left alone. If none is, "
            "cancel: nothing is adopted."))
        self.list_label = QLabel(self.tr("&Matching tasks"))
        self.list = QListWidget()
        self.buttons = QDialogButtonBox()
        self.use_button = QPushButton(self.tr("&Use this task"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._setup_ui()
        self.list.itemSelectionChanged.connect(self._on_list_item_selection_changed)
        self.list.itemActivated.connect(self._on_use_clicked)
        self.use_button.clicked.connect(self._on_use_clicked)
        self.cancel_button.clicked.connect(self.reject)

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Which task is it?"))
        self.intro.setWordWrap(True)
        self.list_label.setBuddy(self.list)
        self.list.setAccessibleName(plain_label(self.list_label.text()))
        for candidate in self._candidates:
            item = QListWidgetItem(self._line(candidate))
            item.setData(Qt.ItemDataRole.UserRole, candidate.item.id)
            self.list.addItem(item)
        self.use_button.setAccessibleName(plain_label(self.use_button.text()))
        self.use_button.setEnabled(False)
        self.buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # Nothing chosen until the user chooses: Enter cancels, the list starts unselected.
        self.use_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)

    def _line(self, candidate: Candidate) -> str:
        item = candidate.item
        state = state_for_status(item.status)
        status = state_label(state) if state is not None else item.status.value
        made = ("?" if item.created_at is None
                else datetime.fromtimestamp(item.created_at).strftime("%H:%M:%S"))
        return self.tr("%1 · %2 · made at %3, %4 s from when it was sent").replace(
            "%1", item.id).replace("%2", status).replace("%3", made).replace(
            "%4", f"{candidate.offset_s:+.0f}")

    def current(self) -> TaskListItem | None:
        """The selected candidate (focus alone makes a row current, not selected)."""
        rows = [index.row() for index in self.list.selectedIndexes()]
        return self._candidates[rows[0]].item if rows else None

    def choose(self, task_id: str) -> None:
        """Select the candidate with this id (for keyboard users and tests)."""
        for row, candidate in enumerate(self._candidates):
            if candidate.item.id == task_id:
                self.list.setCurrentRow(row)
                return

    def _on_list_item_selection_changed(self) -> None:
        self.use_button.setEnabled(self.current() is not None)

    def _on_use_clicked(self, *_args: object) -> None:
        item = self.current()
        if item is not None:
            self.chosen.emit(item)
            self.accept()
