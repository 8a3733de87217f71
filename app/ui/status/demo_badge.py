"""The permanent "Demo — simulated clips" badge with a one-click "Leave demo"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

# A semantic accent: amber says "not real output" in light and dark palettes alike.
_BADGE_STYLE = ("QLabel { background: #b45309; color: white; padding: 2px 8px; "
                "border-radius: 4px; font-weight: bold; }")


class DemoBadge(QWidget):
    """For the status bar (addPermanentWidget) while the app runs on the simulator.

    Signals:
        leave_requested() — the user clicked "Leave demo".
    """

    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Demo — simulated clips"))
        self.leave_button = QPushButton(self.tr("&Leave demo"))
        self._setup_ui()
        self.leave_button.clicked.connect(self.leave_requested)

    def _setup_ui(self) -> None:
        self.label.setStyleSheet(_BADGE_STYLE)
        self.label.setToolTip(self.tr("Clips come from the built-in simulator on this computer: "
                                      "placeholders, no credits spent."))
        self.leave_button.setAccessibleName(self.tr("Leave demo"))
        self.leave_button.setToolTip(self.tr("Enter an API key and make real clips"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.leave_button)
