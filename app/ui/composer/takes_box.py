"""The composer's Takes and Vary: how many versions of the idea, which settings to sweep, and
the resulting requests as a compact list with their total (app/core/takes.py decides)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.composer_rules import Level
from app.core.messages import Message
from app.core.take_costs import TakeLine, set_total, take_lines
from app.core.takes import (
    MAX_TAKES,
    R,
    TakePlan,
    Vary,
    VaryKey,
    parse_vary,
    plan_takes,
    prompt_alternatives,
)
from app.ui.composer.style import SPACING_SMALL, set_level
from app.ui.labels import QT_TRANSLATE_NOOP
from app.ui.messages import render
from app.ui.screen_reader import name_clear_button, value_label

if TYPE_CHECKING:  # pydantic: an annotation only
    from app.core.request_draft import RequestDraft

ROWS = 2  # settings swept at once (core: MAX_VARIED)
LIST_ROWS = 8  # lines shown before the list scrolls
_KEYS = (("", QT_TRANSLATE_NOOP("TakesBox", "(nothing)")),
         (VaryKey.TIER.value, QT_TRANSLATE_NOOP("TakesBox", "Tier")),
         (VaryKey.QUALITY.value, QT_TRANSLATE_NOOP("TakesBox", "Quality")),
         (VaryKey.ASPECT.value, QT_TRANSLATE_NOOP("TakesBox", "Aspect ratio")),
         (VaryKey.DURATION.value, QT_TRANSLATE_NOOP("TakesBox", "Duration")),
         (VaryKey.AUDIO.value, QT_TRANSLATE_NOOP("TakesBox", "Audio")))
_EXAMPLES = {VaryKey.TIER.value: "standard, fast, mini", VaryKey.QUALITY.value: "480p, 720p",
             VaryKey.ASPECT.value: "16:9, 9:16", VaryKey.DURATION.value: "4, 8",
             VaryKey.AUDIO.value: "on, off"}


class TakesBox(QWidget):
    """Takes count, the Vary section (collapsible), the list of requests and their total.
    Signals: changed() — the user changed the set (the composer refreshes)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = QSpinBox()
        self.count_label = QLabel(self.tr("&Takes"))
        self.toggle = QToolButton()
        self.body = QWidget()
        self.keys = [QComboBox() for _ in range(ROWS)]
        self.values = [QLineEdit() for _ in range(ROWS)]
        self.key_labels = [QLabel(self.tr("Var&y")), QLabel(self.tr("&and"))]
        self.per_line = QCheckBox(self.tr("Each &line of the prompt is a take"))
        self.hint = QLabel(self.tr("Tip: write {rain|snow|fog} in the prompt to try each."))
        self.problem = QLabel()
        self.list = QListWidget()
        self.list_label = QLabel(self.tr("Requests"))
        self.reasons = QLabel()
        self.total = QLabel()
        self._base: RequestDraft | None = None
        self._video_s = 0.0
        self._setup_ui()
        self.count.valueChanged.connect(self._on_any_changed)
        self.toggle.toggled.connect(self._on_toggle_toggled)
        for combo, edit in zip(self.keys, self.values, strict=True):
            combo.currentIndexChanged.connect(self._on_any_changed)
            edit.textChanged.connect(self._on_any_changed)
        self.per_line.toggled.connect(self._on_any_changed)

    def _setup_ui(self) -> None:
        self.count.setRange(1, MAX_TAKES)
        self.count.setAccessibleName(self.tr("Takes"))
        self.count.setToolTip(self.tr("Versions of the same request (Seedance has no seed: "
                                      "each is a new roll)"))
        self.count_label.setBuddy(self.count)
        self.toggle.setText(self.tr("Vary &settings"))
        self.toggle.setAccessibleName(self.tr("Vary settings"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        grid = QGridLayout(self.body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING_SMALL)
        for row, (label, combo, edit) in enumerate(zip(self.key_labels, self.keys, self.values,
                                                       strict=True)):
            for value, text in _KEYS:
                combo.addItem(self.tr(text), value)
            combo.setAccessibleName(label.text().replace("&", ""))
            label.setBuddy(combo)
            edit.setAccessibleName(self.tr("Values"))
            edit.setPlaceholderText(self.tr("values, separated by commas"))
            edit.setClearButtonEnabled(True)
            name_clear_button(edit)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(edit, row, 2)
        grid.setColumnStretch(2, 1)
        grid.addWidget(self.per_line, ROWS, 0, 1, 3)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # greyed: a tip, not a field
        grid.addWidget(self.hint, ROWS + 1, 0, 1, 3)
        self.body.setVisible(False)
        value_label(self.problem, self.tr("Why the takes cannot be sent"))
        self.problem.setWordWrap(True)
        set_level(self.problem, Level.ERROR)
        self.problem.hide()
        self.list.setAccessibleName(self.tr("Requests"))
        self.list_label.setBuddy(self.list)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        value_label(self.reasons, self.tr("Why some takes are not sent"))
        self.reasons.setWordWrap(True)
        set_level(self.reasons, Level.WARN)
        value_label(self.total, self.tr("Total cost of the takes"))
        bold = self.total.font()
        bold.setBold(True)
        self.total.setFont(bold)
        top = QHBoxLayout()
        top.setSpacing(SPACING_SMALL)
        top.addWidget(self.count_label)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addLayout(top)
        layout.addWidget(self.body)
        layout.addWidget(self.problem)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list)
        layout.addWidget(self.reasons)
        layout.addWidget(self.total)
        self._show_plan(None)

    # --- public -----------------------------------------------------------------------------

    def set_base(self, fields: RequestDraft | None, video_s: float = 0.0) -> None:
        """The composer's request of the moment (no signal: the composer called). The list is
        planned on the draft: no GenerationRequest is built, so the composer's live checks
        need no pydantic (the studio's start-up paints without it, a set restored included)."""
        self._base, self._video_s = fields, video_s
        plan = None
        if fields is not None and self._may_be_a_set(fields.prompt):
            plan = self.plan_for(fields)
        self._show_plan(plan)

    def plan_for(self, request: R) -> TakePlan[R] | None:
        """The set this request makes, or None when it is one plain request (no takes, no
        sweep, no prompt alternatives)."""
        varies, _problem = self._varies()
        plan = plan_takes(request, takes=self.count.value(), vary=varies,
                          per_line=self.per_line.isChecked())
        if len(plan.takes) + len(plan.dropped) <= 1 and not plan.problems and not _problem:
            return None
        if _problem is not None:  # a value that is no value: nothing is sent until fixed
            return TakePlan((), (*plan.takes, *plan.dropped), (*plan.problems, _problem))
        return plan

    def vary_problem(self) -> Message | None:
        return self._varies()[1]

    def state(self) -> dict[str, Any]:
        """The count, the sweep as typed and whether Vary is open (the composer saves it)."""
        return {"count": self.count.value(), "vary_open": self.toggle.isChecked(),
                "per_line": self.per_line.isChecked(),
                "vary": [[str(combo.currentData() or ""), edit.text()]
                         for combo, edit in zip(self.keys, self.values, strict=True)]}

    def set_state(self, state: dict[str, Any]) -> None:
        """A saved state: a field that is missing or does not fit takes its default."""
        count = state.get("count")
        self.count.setValue(count if type(count) is int else 1)  # clamped to 1–MAX_TAKES
        for key, box in (("vary_open", self.toggle), ("per_line", self.per_line)):
            box.setChecked(state.get(key) is True)
        rows = state.get("vary")
        rows = rows if isinstance(rows, list) else []
        for n, (combo, edit) in enumerate(zip(self.keys, self.values, strict=True)):
            row = rows[n] if n < len(rows) else None
            key, text = row if (isinstance(row, list) and len(row) == 2
                                and all(isinstance(v, str) for v in row)) else ("", "")
            index = combo.findData(key)
            combo.setCurrentIndex(max(0, index))
            edit.setText(text if index >= 0 else "")  # an unknown key: an empty row

    # --- inside -----------------------------------------------------------------------------

    def _may_be_a_set(self, prompt: str) -> bool:
        """False when `plan_for` is sure to answer None: one take, nothing swept, one prompt."""
        varies, problem = self._varies()
        return (self.count.value() != 1 or bool(varies) or problem is not None
                or len(prompt_alternatives(prompt, per_line=self.per_line.isChecked())) > 1)

    def _varies(self) -> tuple[list[Vary], Message | None]:
        out: list[Vary] = []
        for combo, edit in zip(self.keys, self.values, strict=True):
            key = str(combo.currentData() or "")
            edit.setEnabled(bool(key))
            edit.setPlaceholderText(_EXAMPLES.get(key, self.tr("values, separated by commas")))
            if not key or not edit.text().strip():
                continue
            found = parse_vary(f"{key}={edit.text()}")
            if isinstance(found, Message):
                return out, found
            out.append(found)
        return out, None

    def _show_plan(self, plan: TakePlan[Any] | None) -> None:
        self.list.clear()
        shown = plan is not None
        self.list.setVisible(shown)
        self.list_label.setVisible(shown)
        self.total.setVisible(shown)
        self.reasons.setVisible(False)
        problems = [] if plan is None else [render(m) for m in plan.problems]
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        if plan is None:
            return
        lines = take_lines(plan, self._video_s)
        refused = dict.fromkeys(render(p) for line in lines for p in line.refused)
        self.reasons.setText(self.tr("Struck out, never sent: %1").replace(
            "%1", "; ".join(refused)))
        self.reasons.setVisible(bool(refused))
        for line in lines:
            self.list.addItem(self._item(line))
        rows = min(LIST_ROWS, max(1, len(lines)))
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth()
                                 + 2)
        total = set_total(plan.requests, self._video_s) if plan.takes else None
        sent = (self.tr("Requests to send: %1").replace("%1", str(len(plan.takes)))
                if plan.sendable else self.tr("Nothing can be sent yet"))
        self.total.setText(sent if total is None else sent + " · " + self.tr(
            "≈ %1 credits in all").replace("%1", f"{total:,.1f}"))

    def _item(self, line: TakeLine) -> QListWidgetItem:
        what = line.label or self.tr("as set above")
        if line.refused:  # struck through, the reason in plain letters after it
            what = "".join(c + "\u0336" for c in what)
        text = f"{line.index + 1}. {what}"
        if line.refused:
            text += " — " + self.tr("not sent: %1").replace(
                "%1", "; ".join(render(p) for p in line.refused))
        elif line.credits is not None:
            text += "   " + self.tr("≈ %1").replace("%1", f"{line.credits:,.1f}")
        item = QListWidgetItem(text)
        item.setToolTip(text)
        if line.refused:
            item.setForeground(self.palette().placeholderText())
        return item

    def _on_toggle_toggled(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)

    def _on_any_changed(self, *_: object) -> None:
        self.changed.emit()
        if self._base is not None:  # the composer refreshes us, unless it is not wired
            self.set_base(self._base, self._video_s)
