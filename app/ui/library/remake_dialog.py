""""Make again at…": the clip's prompt and media on another rung of the ladder (tier and
quality) or another duration, each rung checked by app/core with the reason when it cannot
be, the cost shown before anything is sent."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.capabilities import DURATION, MODELS, Tier
from app.core.media_limits import MediaKind
from app.core.models import GenerationRequest
from app.core.remake import Choice, MediaPlan, Purpose, choices
from app.ui.dialogs.notice import Notice
from app.ui.labels import model_label, tier_label
from app.ui.library.model import excerpt
from app.ui.messages import render
from app.ui.screen_reader import value_label

Price = Callable[[GenerationRequest], float | None]


class RemakeDialog(QDialog):
    """Asks which rung (and duration) to make the clip again at. No signals: exec() or
    finished, then `chosen()` is the request to send (None when nothing can be sent).
    `price` gives a figure at once (the table); `set_price` brings the gateway's quotes."""

    def __init__(self, original: GenerationRequest, plan: MediaPlan, price: Price,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original, self._plan, self._price = original, plan, price
        self._choices: list[Choice] = []
        self._quoted: dict[tuple[str, str, int], float] = {}  # fresher than `price`
        self.intro = QLabel()
        self.prompt = QLabel()
        self.group = QButtonGroup(self)
        self.rungs: list[QRadioButton] = []
        self.duration_label = QLabel(self.tr("&Duration (seconds)"))
        self.duration = QSpinBox()
        self.cost = QLabel()
        self.media = Notice(Notice.Kind.WARNING)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(self.tr("&Make again"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self._setup_ui()
        self.duration.valueChanged.connect(self._on_duration_value_changed)
        self.group.idToggled.connect(self._on_group_id_toggled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._refresh(choose_default=True)

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Make again at…"))
        spec = MODELS.get(self._original.model)
        made = model_label(spec) if spec else self._original.model
        self.intro.setText(self.tr("The same prompt and media, made again. This clip: %1, "
                                   "%2, %3 s.").replace("%1", made)
                           .replace("%2", self._original.quality)
                           .replace("%3", str(self._original.duration)))
        self.intro.setWordWrap(True)
        self.prompt.setText("“" + excerpt(self._original.prompt, 160) + "”")
        self.prompt.setWordWrap(True)
        value_label(self.prompt, self.tr("Prompt"))
        self.duration.setRange(DURATION.lo, DURATION.hi)
        self.duration.setValue(self._original.duration
                               if self._original.duration in DURATION else DURATION.lo)
        self.duration.setAccessibleName(self.tr("Duration (seconds)"))
        self.duration_label.setBuddy(self.duration)
        value_label(self.cost, self.tr("Cost"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.prompt)
        for i, _rung in enumerate(choices(self._original)):
            button = QRadioButton()
            self.group.addButton(button, i)
            self.rungs.append(button)
            layout.addWidget(button)
        row = QHBoxLayout()
        row.addWidget(self.duration_label)
        row.addWidget(self.duration)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.cost)
        layout.addWidget(self.media)
        layout.addWidget(self.buttons)
        gone = self._plan.gone
        if gone:
            words = {MediaKind.IMAGE: self.tr("image %1"), MediaKind.VIDEO: self.tr("video %1"),
                     MediaKind.AUDIO: self.tr("audio %1")}
            names = ", ".join(words[m.kind].replace("%1", str(m.index + 1)) for m in gone)
            self.media.show_text(self.tr(
                "The media of this clip are gone (%1): the file was moved or deleted and its "
                "upload link has expired. Reuse the settings and add the media again.")
                .replace("%1", names))
        self.setMinimumWidth(460)

    # -- state -------------------------------------------------------------------------------

    def requests(self) -> list[GenerationRequest]:
        """What each rung that can be chosen would send (to ask the gateway their price)."""
        return [c.request for c in self._choices if c.request is not None and c.sendable]

    def set_price(self, request: GenerationRequest, credits: float) -> None:
        """A fresher figure for one request (the gateway's quote): shown at once."""
        self._quoted[(request.model, request.quality, request.duration)] = credits
        self._refresh()

    def credits(self, request: GenerationRequest) -> float | None:
        quoted = self._quoted.get((request.model, request.quality, request.duration))
        return quoted if quoted is not None else self._price(request)

    def chosen(self) -> GenerationRequest | None:
        i = self.group.checkedId()
        if not 0 <= i < len(self._choices) or not self._plan.usable:
            return None
        choice = self._choices[i]
        return choice.request if choice.sendable else None

    def choice_texts(self) -> list[str]:
        return [b.text() for b in self.rungs]

    def select(self, tier: Tier, quality: str) -> bool:
        """Check the rung of `tier` at `quality`, if it can be chosen."""
        for i, choice in enumerate(self._choices):
            rung = choice.rung
            if (rung.tier is tier and rung.quality.value == quality
                    and self.rungs[i].isEnabled()):
                self.rungs[i].setChecked(True)
                return True
        return False

    def _refresh(self, *, choose_default: bool = False) -> None:
        self._choices = choices(self._original, self.duration.value())
        for button, choice in zip(self.rungs, self._choices, strict=True):
            button.setText(self._text(choice))
            button.setAccessibleName(button.text())
            button.setEnabled(choice.sendable)
            if choice.problems:
                button.setToolTip(render(choice.problems[0]))
        checked = self.group.checkedId()
        if choose_default or not (0 <= checked < len(self.rungs)
                                  and self.rungs[checked].isEnabled()):
            self._check_default()
        self._show_cost()

    def _check_default(self) -> None:
        """The keeper: Standard 720p when it can be made, else the first other rung."""
        order = sorted(range(len(self._choices)), key=lambda i: (
            self._choices[i].same, self._choices[i].rung.purpose is not Purpose.KEEP, i))
        for i in order:
            if self.rungs[i].isEnabled():
                self.rungs[i].setChecked(True)
                return
        self.group.setExclusive(False)
        for button in self.rungs:
            button.setChecked(False)
        self.group.setExclusive(True)

    def _text(self, choice: Choice) -> str:
        rung = choice.rung
        name = f"{tier_label(rung.tier)} {rung.quality.value}"
        purpose = (self.tr("to explore") if rung.purpose is Purpose.EXPLORE
                   else self.tr("for the keeper"))
        text = f"{name} — {purpose}"
        if choice.same:
            text += " " + self.tr("(as this clip: a new take)")
        if choice.request is None:
            return text + " — " + self.tr("unknown model")
        if choice.problems:
            return text + " — " + self.tr("not available: %1").replace(
                "%1", render(choice.problems[0]))
        credits = self.credits(choice.request)
        if credits is None:
            return text + " · " + self.tr("cost not known yet")
        return text + " · " + self.tr("≈ %1 credits").replace("%1", f"{credits:,.1f}")

    def _show_cost(self) -> None:
        request = self.chosen()
        credits = self.credits(request) if request is not None else None
        self.send_button.setEnabled(request is not None)
        if request is None:
            self.cost.setText(self.tr("Nothing can be sent with these choices.")
                              if self._plan.usable else "")
        elif credits is None:
            self.cost.setText(self.tr("Cost: not known yet"))
        else:
            self.cost.setText(self.tr("Cost: ≈ %1 credits, charged when the clip is made")
                              .replace("%1", f"{credits:,.1f}"))

    # -- slots -------------------------------------------------------------------------------

    def _on_duration_value_changed(self, _value: int) -> None:
        self._refresh()

    def _on_group_id_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._show_cost()
