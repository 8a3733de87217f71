"""Pickers: every capability rule of the nine models visible, fallbacks announced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.capabilities import (
    MODELS,
    AspectRatio,
    Mode,
    Quality,
    Tier,
    pixel_size,
)
from app.core.messages import model_params_reason, quality_reason
from app.ui.composer.panel import ComposerPanel


def pick(panel: ComposerPanel, mode: Mode, tier: Tier) -> None:
    panel.model_picker.mode.button(mode).click()
    panel.model_picker.tier.button(tier).click()


@pytest.mark.parametrize("model_id", list(MODELS))
def test_every_model_quality_and_aspect_is_shown_as_the_table_says(
        panel: ComposerPanel, model_id: str) -> None:
    spec = MODELS[model_id]
    pick(panel, spec.mode, spec.tier)
    assert panel.request() is not None and panel.request().model == model_id  # type: ignore[union-attr]
    for quality in Quality:
        button = panel.output.quality.button(quality)
        assert button.isEnabled() == (quality in spec.qualities)
        assert button.toolTip() == (quality_reason(spec, quality) or "")
    for quality in spec.qualities:
        panel.output.quality.button(quality).click()
        model = panel.output.aspect.model()
        for row, aspect in enumerate(AspectRatio):
            index = model.index(row, 0)
            assert model.flags(index) & Qt.ItemFlag.ItemIsEnabled
            size = pixel_size(aspect, quality)
            text = model.data(index)
            assert (f"{size[0]}×{size[1]}" in text) if size else text.startswith("Adaptive")
    params = panel.advanced.params
    assert params.isEnabled() == spec.model_params
    assert params.toolTip() == (model_params_reason(spec) or "")


def test_switching_to_fast_falls_back_from_1080p_and_says_so(panel: ComposerPanel,
                                                             qtbot: QtBot) -> None:
    panel.output.quality.button(Quality.P1080).click()
    panel.output.aspect.setCurrentIndex(list(AspectRatio).index(AspectRatio.R9_16))
    panel.output.aspect.activated.emit(panel.output.aspect.currentIndex())
    assert panel.output.aspect.currentText() == "9:16 · 1080×1920"
    with qtbot.waitSignal(panel.noticeChanged) as notice:
        panel.model_picker.tier.button(Tier.FAST).click()
    assert "1080p to 720p" in notice.args[0]
    assert panel.notice.isVisible() and "720p" in panel.notice.text()
    assert panel.output.quality.value() is Quality.P720
    assert panel.output.aspect.currentText() == "9:16 · 720×1280"
    assert panel.request().quality == "720p"  # type: ignore[union-attr]


def test_a_fallback_note_goes_with_the_next_change(panel: ComposerPanel, qtbot: QtBot) -> None:
    def fall_back() -> None:
        pick(panel, Mode.TEXT, Tier.STANDARD)
        panel.output.quality.button(Quality.P1080).click()
        with qtbot.waitSignal(panel.noticeChanged):
            panel.model_picker.tier.button(Tier.FAST).click()
        assert panel.notice.isVisibleTo(panel) and "1080p to 720p" in panel.notice.text()

    fall_back()
    panel.model_picker.mode.button(Mode.IMAGE).click()  # a change with nothing to say
    assert not panel.notice.isVisibleTo(panel)
    fall_back()
    panel.output.quality.button(Quality.P480).click()  # the user chose a quality
    assert not panel.notice.isVisibleTo(panel)
    fall_back()
    request = panel.request()
    assert request is not None
    panel.load_request(request)  # reuse: the composer starts over
    assert not panel.notice.isVisibleTo(panel)
    fall_back()
    panel.prompt.set_text("a red kite over the dunes")
    with qtbot.waitSignal(panel.submitRequested):
        panel.generate.click()
    assert not panel.notice.isVisibleTo(panel)


def test_model_params_are_kept_greyed_and_come_back(panel: ComposerPanel) -> None:
    panel.prompt.set_text("a kite")
    panel.advanced.params.setPlainText('{"seed": 42}')
    assert panel.request().model_params == {"seed": 42}  # type: ignore[union-attr]
    panel.model_picker.mode.button(Mode.IMAGE).click()
    assert not panel.advanced.params.isEnabled()
    assert panel.advanced.params.toPlainText() == '{"seed": 42}'
    assert "not sent" in panel.advanced.params_message.text()
    assert panel.request().model_params is None  # type: ignore[union-attr]
    panel.model_picker.mode.button(Mode.TEXT).click()
    assert panel.request().model_params == {"seed": 42}  # type: ignore[union-attr]


def test_bad_json_and_callback_are_shown_on_their_fields(panel: ComposerPanel) -> None:
    panel.prompt.set_text("a kite")
    panel.advanced.params.setPlainText("{seed: 1}")
    panel.advanced.callback.setText("http://10.0.0.1/hook")
    assert panel.advanced.is_open()
    assert "Not valid JSON" in panel.advanced.params_message.text()
    assert "https://" in panel.advanced.callback_message.text()
    assert not panel.generate.isEnabled()
    panel.advanced.params.setPlainText('{"seed": 1}')
    panel.advanced.callback.setText("https://example.com/hook")
    assert panel.generate.isEnabled()


def test_content_filter_off_shows_the_extra_cost(panel: ComposerPanel) -> None:
    panel.prompt.set_text("a kite")
    on = panel.save_state()
    base = panel.cost.text()
    panel.output.content_filter.setChecked(False)
    assert panel.output.filter_cost.isVisible()
    assert panel.output.filter_cost.text() == "+10% cost"
    assert "+10%" in panel.cost.text() and panel.cost.text() != base
    assert on["content_filter"] is True


def test_cost_preview_follows_the_settings(panel: ComposerPanel, qtbot: QtBot) -> None:
    panel.prompt.set_text("a kite")
    with qtbot.waitSignal(panel.costChanged) as cost:
        panel.output.duration.setValue(8)
    assert cost.args[0].credits == pytest.approx(108.0)  # 8 s x 13.50 (latest published)
    assert panel.cost.text().startswith("≈ 108.0 credits · price table of 2026-12-02")
    panel.output.quality.button(Quality.P1080).click()
    assert "price not published" in panel.cost.text()
    pick(panel, Mode.TEXT, Tier.MINI)
    assert "price not published" in panel.cost.text()


def test_settings_survive_save_and_restore(panel: ComposerPanel, qtbot: QtBot) -> None:
    pick(panel, Mode.REFERENCE, Tier.FAST)
    panel.output.quality.button(Quality.P480).click()
    panel.output.duration.setValue(11)
    panel.output.audio.setChecked(False)
    state = panel.save_state()
    other = ComposerPanel(panel.board()._worker)
    qtbot.addWidget(other)
    other.restore_state({**state, "bogus": 1})
    assert other.save_state() == state
    other.restore_state({"quality": "8k", "duration": "long"})
    assert other.save_state() == state
    assert other.spec().id == "seedance-2.0-fast-reference-to-video"
    built = ComposerPanel(panel.board()._worker, state=state)  # as a window starts
    qtbot.addWidget(built)
    assert built.save_state() == state
    assert not built.model_picker.tier.button(Tier.MINI).isChecked()
    assert built.output.quality.button(Quality.P480).isChecked()


def test_the_duration_slider_and_box_agree_from_the_start(panel: ComposerPanel) -> None:
    output = panel.output
    assert output.duration_slider.value() == output.duration.value() == 5
    output.duration_slider.setValue(9)
    assert output.duration.value() == 9
    output.duration.setValue(12)
    assert output.duration_slider.value() == 12


def test_models_this_key_may_not_use_are_greyed_with_the_reason(panel: ComposerPanel) -> None:
    panel.prompt.set_text("a kite")
    allowed = frozenset({"seedance-2.0-text-to-video", "seedance-2.0-fast-text-to-video"})
    panel.set_allowed_models(allowed)
    mini = panel.model_picker.tier.button(Tier.MINI)
    assert not mini.isEnabled()
    assert mini.toolTip() == "This API key may not use Text to video · Mini"
    assert panel.model_picker.tier.button(Tier.FAST).isEnabled()
    assert panel.generate.isEnabled()
    pick(panel, Mode.IMAGE, Tier.STANDARD)  # not allowed either: Generate says why
    assert not panel.generate.isEnabled()
    assert "may not use Image to video · Standard" in panel.reason.text()
    panel.set_allowed_models(None)  # unknown: nothing greyed
    assert mini.isEnabled()
