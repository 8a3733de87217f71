"""The task library's fault at start-up, in a dialog: what happened to it and what to do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QWidget

from app.ui.messages import render

MIN_WIDTH_PX = 560


class StoreProblemDialog(QMessageBox):
    """One sentence from the store (a core Message, translated): `fatal` when the studio cannot
    start on it (a newer, folder, read-only or full library), else a notice (moved aside and
    filled again). No signals beyond QMessageBox's."""

    def __init__(self, message: str, *, fatal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fatal = fatal
        self.setIcon(QMessageBox.Icon.Critical if fatal else QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Task library"))
        self.setText(self.tr("The task library cannot be opened.") if fatal
                     else self.tr("The task library was started again."))
        self.setInformativeText(render(message))
        self.setStandardButtons(QMessageBox.StandardButton.Close if fatal
                                else QMessageBox.StandardButton.Ok)
        self.setAccessibleName(self.windowTitle())
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the paths
        layout = self.layout()
        if isinstance(layout, QGridLayout):  # QMessageBox wraps at a narrow width: long paths
            layout.addItem(QSpacerItem(MIN_WIDTH_PX, 0, QSizePolicy.Policy.Minimum,
                                       QSizePolicy.Policy.Expanding),
                           layout.rowCount(), 0, 1, layout.columnCount())
