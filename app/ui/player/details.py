"""Beside the picture: the clip's name, the prompt and the parameters it was made with (from its
sidecar)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.capabilities import MODELS
from app.core.charges import ChargeTrail
from app.ui.charge_text import charge_text
from app.ui.labels import model_label, plain_label
from app.ui.screen_reader import value_label


class ClipDetails(QWidget):
    """The name a rename gave it (hidden when none), the prompt and model, quality, aspect,
    duration and credits of the clip on show; below, what can be done with it next.

    Signals: remakeRequested() — "Make again at…"; compareTakesRequested() — its take set in
    the grid."""

    remakeRequested = Signal()
    compareTakesRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel()  # its text is what a screen reader hears: no fixed name
        self.title = QLabel(self.tr("Prompt"))
        self.prompt = QLabel()
        self.note = QLabel()
        self.values: dict[str, QLabel] = {}
        self.remake_button = QPushButton(self.tr("Make &again at…"))
        self.takes_button = QPushButton(self.tr("Compare &takes"))
        self._rows = {"model": self.tr("Model"), "quality": self.tr("Quality"),
                      "aspect": self.tr("Aspect"), "duration": self.tr("Duration"),
                      "credits": self.tr("Credits")}
        self._setup_ui()

    def _setup_ui(self) -> None:
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        name_font = self.name.font()
        name_font.setBold(True)
        name_font.setPointSizeF(name_font.pointSizeF() * 1.15)
        self.name.setFont(name_font)
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name.hide()
        self.title.setBuddy(self.prompt)
        self.prompt.setWordWrap(True)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        value_label(self.prompt, self.title.text())
        self.note.setWordWrap(True)
        value_label(self.note, self.tr("Clip note"))
        form = QFormLayout()
        for key, text in self._rows.items():
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value_label(value, text)
            self.values[key] = value
            form.addRow(text, value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addWidget(self.note)
        next_steps = QHBoxLayout()  # what to do with the clip: side by side, not stretched
        for button, tip in ((self.remake_button, self.tr(
                "The same prompt and media on another tier, quality or duration")),
                (self.takes_button, self.tr("The clips of this clip's take set, side by "
                                            "side in a grid"))):
            button.setAccessibleName(plain_label(button.text()))
            button.setToolTip(tip)
            button.setEnabled(False)
            next_steps.addWidget(button)
        next_steps.addStretch(1)
        layout.addLayout(next_steps)
        self.remake_button.clicked.connect(self.remakeRequested)
        self.takes_button.clicked.connect(self.compareTakesRequested)
        layout.addStretch(1)

    def show_sidecar(self, data: dict[str, Any] | None) -> None:
        """Fill from a sidecar dict (see app.services.clips.sidecar), or say that there is none."""
        request = data.get("request") if data else None
        title = data.get("title") if data else None
        self.remake_button.setEnabled(isinstance(request, dict))
        self.takes_button.setEnabled(isinstance(request, dict))
        self.name.setText(title if isinstance(title, str) else "")
        self.name.setVisible(bool(self.name.text()))
        if not isinstance(request, dict):
            self.prompt.clear()
            for value in self.values.values():
                value.setText("—")
            self.note.setText(self.tr("No record of how this clip was made: there is no "
                                      "sidecar file beside it."))
            return
        assert data is not None
        model = str(request.get("model") or data.get("model") or "")
        spec = MODELS.get(model)
        trail = ChargeTrail.from_sidecar(data)
        self.prompt.setText(str(request.get("prompt") or ""))
        self.values["model"].setText(model_label(spec) if spec else model or "—")
        self.values["quality"].setText(str(request.get("quality") or "—"))
        self.values["aspect"].setText(str(request.get("aspect_ratio") or "—"))
        duration = request.get("duration")
        self.values["duration"].setText(
            self.tr("%1 s").replace("%1", str(duration)) if duration is not None else "—")
        self.values["credits"].setText(charge_text(trail) if trail.known else "—")
        self.note.clear()
