"""The Chinese composer shows the core's problems, reasons and notices in Chinese."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.capabilities import Mode, Quality, Tier
from app.core.media_limits import MediaKind
from app.core.rules import prompt_stats
from app.services.home.i18n import install_translators
from app.services.media.media_worker import MediaWorker, SyncExecutor
from app.ui.composer.panel import ComposerPanel
from tests.composer.conftest import MediaFactory, drop, file_mime

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def chinese_panel(qapp: QApplication, qtbot: QtBot) -> Iterator[ComposerPanel]:
    installed: list[QTranslator] = install_translators(qapp, "zh_CN")
    assert installed, "the zh_CN translation did not load"
    panel = ComposerPanel(MediaWorker(SyncExecutor()))
    qtbot.addWidget(panel)
    panel.resize(1000, 800)
    panel.show()
    yield panel
    for translator in installed:
        qapp.removeTranslator(translator)


def _chinese(text: str) -> bool:
    return bool(CJK.search(text))


def test_a_bad_image_is_explained_on_its_slot_in_chinese(
        chinese_panel: ComposerPanel, media: MediaFactory) -> None:
    panel = chinese_panel
    panel.model_picker.mode.button(Mode.REFERENCE).click()
    panel.prompt.set_text("雨夜 image 1")
    strip = panel.media.strips[MediaKind.IMAGE]
    drop(strip.slots[0], file_mime([media.image("tiny.png", w=200, h=200)]))
    slot = strip.slots[0]
    text = slot.problem.text()
    assert _chinese(text) and "200" in text and "300–6000" in text, text
    assert "outside" not in text and "tiny.png" not in text  # the card shows the name above
    assert slot.title.text() == "图片 1"
    assert strip.heading.text() == "图片"
    assert not panel.generate.isEnabled()
    assert _chinese(panel.generate.toolTip()) and "200" in panel.generate.toolTip()


def test_an_over_long_prompt_is_refused_in_chinese(chinese_panel: ComposerPanel) -> None:
    prompt = "word " * 45_000
    chinese_panel.prompt.set_text(prompt)
    tokens = prompt_stats(prompt)[2]
    shown = chinese_panel.prompt.message.text()
    assert _chinese(shown) and f"{tokens:,}" in shown and "10,000" in shown, shown
    assert "tokens" not in shown and not chinese_panel.generate.isEnabled()


def test_disabled_options_and_fallback_notices_say_why_in_chinese(
        chinese_panel: ComposerPanel, qtbot: QtBot) -> None:
    panel = chinese_panel
    panel.output.quality.button(Quality.P1080).click()
    with qtbot.waitSignal(panel.noticeChanged) as notice:
        panel.model_picker.tier.button(Tier.FAST).click()
    said = str(notice.args[0]) if notice.args else ""
    assert _chinese(said) and "1080p" in said and "720p" in said, said
    tip = panel.output.quality.button(Quality.P1080).toolTip()
    assert not panel.output.quality.button(Quality.P1080).isEnabled()
    assert _chinese(tip) and "1080p" in tip and "720p" in tip, tip
    panel.model_picker.mode.button(Mode.IMAGE).click()
    panel.prompt.set_text("雨夜")
    needs = panel.media.strips[MediaKind.IMAGE].message.text()
    assert _chinese(needs) and "1" in needs and "needs" not in needs, needs
