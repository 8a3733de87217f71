"""The viewer's clip actions as a row of buttons: icon and words, or icons alone when narrow."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from app.ui.labels import plain_label


class ClipActionBar(QWidget):
    """One tool button per action (its text, icon, tooltip and enabled state follow the
    action); each named for a screen reader by the action's words, shown or not."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: list[QToolButton] = []
        self._wide = 0  # the width the buttons need with their words
        self._setup_ui(actions)

    def _setup_ui(self, actions: Sequence[QAction]) -> None:
        self.setAccessibleName(self.tr("Clip actions"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(plain_label(action.text()).rstrip("…"))
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            action.changed.connect(lambda b=button, a=action: b.setAccessibleName(
                plain_label(a.text()).rstrip("…")))
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self._wide = sum(b.sizeHint().width() for b in self.buttons) + 4 * len(self.buttons)

    def is_compact(self) -> bool:
        return bool(self.buttons) and (self.buttons[0].toolButtonStyle()
                                       == Qt.ToolButtonStyle.ToolButtonIconOnly)

    def minimumSizeHint(self) -> QSize:
        """Icons alone: the words never make the viewer wider."""
        return QSize(sum(b.iconSize().width() + 12 for b in self.buttons),
                     super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        style = (Qt.ToolButtonStyle.ToolButtonIconOnly if self.width() < self._wide
                 else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for button in self.buttons:
            button.setToolButtonStyle(style)
