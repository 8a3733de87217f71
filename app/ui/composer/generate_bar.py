"""The composer's foot: the request's cost, why Generate is disabled (or that it is ready),
Generate itself, and "Add to sequence" (the composer's request as a draft shot)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from app.core.composer_rules import Level
from app.ui.composer.cost_line import CostLine
from app.ui.composer.style import set_level
from app.ui.icons import icon
from app.ui.screen_reader import value_label


class GenerateBar(QWidget):
    """No signals: the composer connects `generate`; `use_sequence_action` connects
    `add_to_sequence` (hidden until then: a composer alone has no sequence to add to)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cost = CostLine()
        self.reason = QLabel()
        self.generate = QPushButton(self.tr("Generate"))
        self.add_to_sequence = QToolButton()
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.generate.setAccessibleName(self.tr("Generate"))
        self.generate.setDefault(True)
        self.generate.setMinimumWidth(140)
        bold = self.generate.font()
        bold.setWeight(QFont.Weight.DemiBold)
        self.generate.setFont(bold)
        self.cost.setFont(bold)
        value_label(self.reason, self.tr("Why Generate is disabled"))
        self.reason.setWordWrap(True)
        self.generate.setIcon(icon("generate"))
        # The clearest thing in the column: the accent colour, taller than the other buttons.
        self.generate.setMinimumHeight(36)
        self.generate.setStyleSheet(
            "QPushButton { background: palette(highlight); color: palette(highlighted-text);"
            " border: none; border-radius: 5px; padding: 4px 18px; }"
            " QPushButton:disabled { background: palette(mid); color: palette(window); }"
            " QPushButton:focus { border: 2px solid palette(text); }")
        self.add_to_sequence.setText(self.tr("Add to sequence"))
        self.add_to_sequence.setAccessibleName(self.tr("Add to sequence"))
        self.add_to_sequence.setAutoRaise(True)
        self.add_to_sequence.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_to_sequence.hide()
        footer = QHBoxLayout(self)
        footer.setContentsMargins(12, 8, 12, 10)
        footer.setSpacing(12)
        costs = QVBoxLayout()
        costs.setSpacing(2)
        costs.addWidget(self.cost)
        costs.addWidget(self.reason)
        costs.addWidget(self.add_to_sequence, 0, Qt.AlignmentFlag.AlignLeft)
        footer.addLayout(costs, 1)
        footer.addWidget(self.generate, 0, Qt.AlignmentFlag.AlignBottom)

    def use_sequence_action(self, action: QAction) -> None:
        """"Add to sequence" triggers `action` (the window's, with its key) and is shown."""
        self.add_to_sequence.clicked.connect(action.trigger)
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = action.toolTip()
        self.add_to_sequence.setToolTip(f"{tip} ({key})" if key else tip)
        self.add_to_sequence.show()

    def set_busy(self, busy: bool) -> None:
        self.generate.setText(self.tr("Submitting…") if busy else self.tr("Generate"))

    def show_reasons(self, blocked: list[str], *, enabled: bool, busy: bool,
                     error: bool) -> None:
        """The first reason written below the cost (all of them in Generate's tooltip);
        `error`: a refusal, in the error colour."""
        self.generate.setEnabled(enabled and not busy)
        if busy:
            self.reason.setText(self.tr("Submitting…"))
        elif blocked:
            more = ("  " + self.tr("(+%1 more)").replace("%1", str(len(blocked) - 1))
                    if len(blocked) > 1 else "")
            self.reason.setText(blocked[0] + more)
        else:
            self.reason.setText(self.tr("Ready · Ctrl+Enter"))
        set_level(self.reason, Level.ERROR if error else Level.OK)
        self.generate.setToolTip("\n".join(blocked) if blocked
                                 else self.tr("Generate (Ctrl+Enter)"))
