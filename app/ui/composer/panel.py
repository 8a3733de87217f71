"""The composer panel: prompt, model and output pickers, media slots, cost and Generate."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.capabilities import (
    DEFAULT_ASPECT,
    DEFAULT_QUALITY,
    AspectRatio,
    Mode,
    ModelSpec,
    Quality,
    Tier,
    model_for,
)
from app.core.composer_rules import (
    KINDS,
    aspect_choices,
    kept_notices,
    model_access_reason,
    model_params_state,
    quality_choices,
    quality_fallback,
    references,
    tier_choices,
)
from app.core.pricing import CostEstimate
from app.core.problems import Problem
from app.services.account.price_estimator import PriceEstimator
from app.services.media.media_worker import MediaWorker
from app.ui.account_notice import AccountNotice
from app.ui.composer import composer_state
from app.ui.composer.advanced import AdvancedSection
from app.ui.composer.draft_builder import DraftBuilder
from app.ui.composer.generate_bar import GenerateBar
from app.ui.composer.media_area import MediaArea
from app.ui.composer.media_board import MediaBoard
from app.ui.composer.pickers import ModelPicker, OutputPicker
from app.ui.composer.prompt_editor import PromptEditor
from app.ui.composer.style import SPACING, rule
from app.ui.composer.submission_result import show_result
from app.ui.composer.takes_box import TakesBox
from app.ui.labels import joined
from app.ui.messages import render
from app.ui.screen_reader import value_label

if TYPE_CHECKING:  # pydantic models: built by the draft builder, annotations here
    from app.core.models import GenerationRequest
    from app.services.drafts.composer_draft import ComposerDraft
    from app.services.tasks.submission import SubmitResult


class ComposerPanel(QWidget):
    """Signals: submitRequested(object ComposerDraft) — Generate was pressed on a valid draft
    (the panel stays busy until the window calls set_busy(False) or show_submit_error);
    costChanged(object CostEstimate); noticeChanged(str) — a one-line note (a fallback);
    edited() — something of what save_state() holds may have changed."""

    submitRequested = Signal(object)
    costChanged = Signal(object)
    noticeChanged = Signal(str)
    edited = Signal()

    def __init__(self, media_worker: MediaWorker, parent: QWidget | None = None, *,
                 state: dict[str, Any] | None = None) -> None:
        """`state`: a saved state to start from (`restore_state`), refreshed once with it."""
        super().__init__(parent)
        self._board = MediaBoard(media_worker, self)
        self.model_picker = ModelPicker()
        self.prompt = PromptEditor()
        self.media = MediaArea(self._board)
        self.output = OutputPicker()
        self.advanced = AdvancedSection()
        self.takes = TakesBox()  # Takes and Vary: a set of requests instead of one
        self.notice = QLabel()
        self.bar = GenerateBar()  # the cost, why Generate is disabled, Generate
        self.cost, self.reason, self.generate = self.bar.cost, self.bar.reason, self.bar.generate
        self.account = AccountNotice()  # an account refusal, with its account-page link
        self._builder = DraftBuilder(self._board)
        self._spec: ModelSpec = model_for(Mode.TEXT, Tier.STANDARD)
        self._quality: Quality = DEFAULT_QUALITY
        self._aspect: AspectRatio = DEFAULT_ASPECT
        self._busy = False
        self._allowed: frozenset[str] | None = None  # models this key may use; None: unknown
        self._cost: CostEstimate | None = None
        self._submit_error: tuple[str | None, str] | None = None
        self._restoring = False  # a restore sets a dozen fields: the composer refreshes once
        self._shortcuts = [QShortcut(QKeySequence(k), self) for k in ("Ctrl+Return", "Ctrl+Enter")]
        self._setup_ui()
        self.model_picker.modeChanged.connect(self._on_model_picker_modeChanged)
        self.model_picker.tierChanged.connect(self._on_model_picker_tierChanged)
        self.output.qualityChanged.connect(self._on_output_qualityChanged)
        self.output.aspectChanged.connect(self._on_output_aspectChanged)
        for sig in (self.output.durationChanged, self.output.audioToggled,
                    self.output.filterToggled, self.prompt.changed, self.advanced.changed,
                    self._board.changed, self.takes.changed):
            sig.connect(self._on_any_edited)
        self.media.notice.connect(self._say)
        self.generate.clicked.connect(self._on_generate_clicked)
        for shortcut in self._shortcuts:
            shortcut.activated.connect(self._on_generate_clicked)
        self._restoring = True  # the pickers set for the default model, refreshed below
        self._apply_model(self._spec, notify=False)
        self._restoring = False
        if state is None:
            self._refresh()
        else:
            self.restore_state(state)

    def _setup_ui(self) -> None:
        # The mode and tier row never wraps: it sets the width below which content is clipped
        # (translated labels can make it wider than in English).
        self.setMinimumWidth(max(400, self.model_picker.minimumSizeHint().width() + 32))
        self.setFocusProxy(self.prompt.edit)  # F6 to the composer: where the prompt is typed
        for shortcut in self._shortcuts:
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        value_label(self.notice, self.tr("Notice"))
        self.notice.setWordWrap(True)
        self.notice.hide()
        # The pickers and the prompt stay in view above the scrolling part; Generate below it.
        top = QVBoxLayout()
        top.setContentsMargins(12, 8, 12, 8)
        top.setSpacing(SPACING)
        top.addWidget(self.model_picker)
        top.addWidget(self.prompt)
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(12, 8, 12, 8)
        body.setSpacing(SPACING)
        body.addWidget(self.media)
        body.addWidget(rule())
        body.addWidget(self.output)
        body.addWidget(self.takes)
        body.addWidget(self.advanced)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its children are the tab stops
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(rule())
        layout.addWidget(scroll, 1)
        layout.addWidget(rule())
        notice_row = QHBoxLayout()
        notice_row.setContentsMargins(12, 8, 12, 0)
        notice_row.addWidget(self.notice)
        notice_row.addWidget(self.account)
        layout.addLayout(notice_row)
        layout.addWidget(self.bar)

    # ---- public interface -------------------------------------------------------------
    def request(self) -> GenerationRequest | None:
        """The request as set (local files as placeholders); None while model_params is not
        valid JSON, since no request can carry it."""
        return self._builder.request(self._settings())

    def problems(self) -> list[Problem]:
        out = self._builder.problems(self._settings(), self.prompt.text())
        denied = model_access_reason(self._spec, self._allowed)
        return [Problem("model", denied, "model_not_allowed"), *out] if denied else out

    def set_allowed_models(self, allowed: frozenset[str] | None) -> None:
        """The models this key may use (GET /v1/models); the others are greyed with why."""
        self._allowed = allowed
        self._refresh()

    def set_estimator(self, estimator: PriceEstimator | None) -> None:
        self.cost.set_estimator(estimator)

    def spec(self) -> ModelSpec:
        return self._spec

    def board(self) -> MediaBoard:
        return self._board

    def load_request(self, request: GenerationRequest) -> None:
        """Restore every setting, the prompt and the media URLs of an earlier request."""
        self._say("")
        composer_state.apply_settings(self, composer_state.of_request(request))
        for kind in KINDS:
            self._board.clear(kind)
            for url in getattr(request, kind.field):
                self._board.add(kind, url)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.bar.set_busy(busy)
        self._refresh()

    def show_submit_error(self, field: str | None, message: str) -> None:
        """The submission was refused: show why, on the field when there is one."""
        self._busy = False
        self.bar.set_busy(False)
        self._submit_error = (field, message)
        self._refresh()

    def show_submission(self, result: SubmitResult) -> None:
        """A submission's result, each part where it belongs (submission_result.py)."""
        show_result(self, result)

    def save_state(self) -> dict[str, Any]:
        """Settings, prompt, media and takes as a plain dict (composer_state.py)."""
        return composer_state.saved(self, self._settings())

    def restore_state(self, state: dict[str, Any]) -> None:
        """Apply a saved state; what is missing, unknown or no longer fits is ignored."""
        self._restoring = True
        try:
            composer_state.restore(self, state)
        finally:
            self._restoring = False
        self._refresh()

    def set_choice(self, quality: Quality | None, aspect: AspectRatio | None) -> None:
        """A restored quality and aspect ratio, fitted to the model by `set_model`."""
        self._quality = quality or self._quality
        self._aspect = aspect or self._aspect

    def set_model(self, spec: ModelSpec) -> None:
        """A restored model: no note about what it changed."""
        self._apply_model(spec, notify=False)

    # ---- internals --------------------------------------------------------------------
    def _settings(self) -> dict[str, Any]:
        return {"spec": self._spec, "quality": self._quality, "aspect": self._aspect,
                "prompt": self.prompt.text(), "duration": self.output.duration.value(),
                "generate_audio": self.output.audio.isChecked(),
                "content_filter": self.output.content_filter.isChecked(),
                "model_params_text": self.advanced.params.toPlainText(),
                "callback_text": self.advanced.callback.text()}

    def _apply_model(self, spec: ModelSpec, *, notify: bool) -> None:
        old = self._spec
        self._spec = spec
        self.model_picker.mode.set_value(spec.mode)
        self.model_picker.tier.set_value(spec.tier)
        self._quality, quality_note = quality_fallback(spec, self._quality)
        notes = [render(quality_note)] if quality_note else []
        if notify and old.mode is not spec.mode:
            notes.extend(render(n) for n in kept_notices(spec, self._board.counts()))
        params_reason = model_params_state(spec)
        if notify and params_reason and self.advanced.params.toPlainText().strip() \
                and model_params_state(old) is None:
            notes.append(self.tr("Model parameters kept but not sent: %1")
                         .replace("%1", render(params_reason)))
        self.advanced.set_params_allowed(params_reason)
        if notify:  # a note belongs to the change that caused it: the next one replaces it
            self._say(joined(notes) if notes else "")
        self._refresh()

    def _say(self, text: str) -> None:
        if not text and self.notice.isHidden():
            return
        self.notice.setText(f"ⓘ {text}" if text else "")
        self.notice.setVisible(bool(text))
        self.noticeChanged.emit(text)

    def _refresh(self) -> None:
        if self._restoring:
            return  # restore_state refreshes once, at its end
        spec = self._spec
        self.model_picker.set_tier_choices(tier_choices(spec.mode, self._allowed))
        self.output.quality.set_choices(quality_choices(spec))
        self.output.quality.set_value(self._quality)
        self.output.set_aspects(aspect_choices(spec, self._quality), self._aspect)
        problems = self.problems()
        error = self._submit_error
        shown = [p for p in problems if p.code not in ("empty", "probing")]
        prompt_err = next((p.message for p in shown if p.field == "prompt"), None)
        if error and error[0] == "prompt":
            prompt_err = error[1]
        self.prompt.set_error(prompt_err)
        self.media.refresh(spec, shown)
        self.prompt.set_references(references(spec, self.media.active_counts()))
        self.advanced.show_problems(
            next((p.message for p in shown if p.field == "model_params"), None)
            or self._builder.params_kept_note(self._settings()),
            next((p.message for p in shown if p.field == "callback_url"), None))
        self._show_cost()
        self.takes.set_base(self._builder.fields(self._settings()))
        self._show_reason(problems)
        self.edited.emit()

    def _show_cost(self) -> None:
        est = self._builder.cost(self._settings())
        self.cost.show_query(self._builder.price_query(self._settings()))
        if est != self._cost:
            self._cost = est
            self.costChanged.emit(est)

    def _show_reason(self, problems: list[Problem]) -> None:
        blocked = [render(p) for p in problems]
        if self._submit_error:
            blocked.insert(0, render(self._submit_error[1]))
        self.bar.show_reasons(blocked, enabled=not problems, busy=self._busy,
                              error=self._submit_error is not None)

    def _on_model_picker_modeChanged(self, mode: Mode) -> None:
        self._apply_model(model_for(mode, self._spec.tier), notify=True)

    def _on_model_picker_tierChanged(self, tier: Tier) -> None:
        self._apply_model(model_for(self._spec.mode, tier), notify=True)

    def _on_output_qualityChanged(self, quality: Quality) -> None:
        self._quality = quality
        self._say("")  # the user chose: a note about an automatic change no longer applies
        self._on_any_edited()

    def _on_output_aspectChanged(self, aspect: AspectRatio) -> None:
        self._aspect = aspect
        self._say("")
        self._on_any_edited()

    def _on_any_edited(self, *_: object) -> None:
        self._submit_error = None
        self._refresh()

    def _on_generate_clicked(self) -> None:
        if self._busy or not self.generate.isEnabled() or self.problems():
            return
        draft: ComposerDraft | None = self._builder.draft(self._settings())
        if draft is None:
            return
        self.set_busy(True)  # before emitting: a second click or Ctrl+Enter cannot resubmit
        self._say("")
        self.submitRequested.emit(draft)


