"""The zh_CN translation: shipped compiled, complete, up to date with the sources, and loaded."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.capabilities import AspectRatio, Mode, Quality, Tier
from app.core.composer_rules import aspect_label as core_aspect_label
from app.core.pricing import estimate
from app.core.states import TaskState
from app.services.home.i18n import CATALOG, i18n_dir, install_translators, resolve_language
from app.ui import labels

ROOT = Path(__file__).resolve().parents[2]


def _update_script() -> ModuleType:
    """packaging/update-translations.py: what lupdate reads, and how (one list for both)."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update-translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[list[QTranslator]]:
    installed: list[QTranslator] = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)


def test_language_setting_resolves() -> None:
    assert resolve_language("zh_CN") == "zh_CN"
    assert resolve_language("en") == "en"
    assert resolve_language("system", QLocale(QLocale.Language.Chinese,
                                              QLocale.Country.China)) == "zh_CN"
    assert resolve_language("system", QLocale(QLocale.Language.German)) == "en"


def _ts() -> Path:
    folder = i18n_dir()
    assert folder is not None
    return folder / f"{CATALOG}_zh_CN.ts"


def _unfinished(ts: Path) -> list[str]:
    """Every message of `ts` that is not a finished translation, by its source text."""
    bad = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else (
            [f.text for f in translation.iter("numerusform")] or [translation.text])
        if (translation is None or not all(forms)
                or translation.get("type") in ("unfinished", "obsolete", "vanished")):
            bad.append(message.findtext("source") or "")
    return bad


def test_every_string_is_translated_and_compiled() -> None:
    ts = _ts()
    qm = ts.with_suffix(".qm")
    assert qm.stat().st_size > 0
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) > 250
    assert _unfinished(ts) == []


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed beside this Python")
    return found


def test_the_shipped_qm_is_the_compiled_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(_ts()), "-qm", str(fresh)],
                   capture_output=True, check=True, timeout=60)
    assert fresh.read_bytes() == _ts().with_suffix(".qm").read_bytes(), \
        "the .qm is stale: run pyside6-lrelease on the .ts"


def test_the_ts_holds_every_string_of_the_sources(tmp_path: Path) -> None:
    """lupdate over the sources adds nothing new to a copy: no visible string was missed."""
    lupdate = _tool("pyside6-lupdate")
    copy = tmp_path / _ts().name
    shutil.copy(_ts(), copy)
    script = _update_script()
    done = subprocess.run([lupdate, *script.sources(), *script.OPTIONS, "-ts", str(copy),
                           "-no-obsolete"],
                          capture_output=True, text=True, check=True, timeout=120)
    assert _unfinished(copy) == [], (
        "strings missing from the .ts: run pyside6-lupdate, translate, then pyside6-lrelease\n"
        + done.stdout)


def test_translations_keep_placeholders_and_mnemonics() -> None:
    for message in ET.parse(_ts()).getroot().iter("message"):
        source = message.findtext("source") or ""
        text = message.findtext("translation") or ""
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), source
        if re.search(r"&[^&\s]", source.replace("&&", "")):
            assert len(re.findall(r"&[^&\s]", text.replace("&&", ""))) == 1, source


def test_core_labels_and_their_translatable_copies_agree(qapp: QApplication) -> None:
    """labels.py repeats the core's English labels for lupdate; with no translator they match."""
    for mode in Mode:
        assert labels.mode_label(mode) == mode.label
        for quality in Quality:
            for aspect in AspectRatio:
                text = core_aspect_label(aspect, quality, mode)
                assert aspect is not AspectRatio.ADAPTIVE or text in labels._ASPECT_WORDS
    for tier in Tier:
        assert labels.tier_label(tier) == tier.label
    for state in TaskState:
        assert labels.state_label(state) == state.label
    for filtered in (True, False):
        est = estimate("seedance-2.0-reference-to-video", "720p", 5, content_filter=filtered,
                       has_video_input=True)
        assert labels.cost_label(est) == est.text
    mini = estimate("seedance-2.0-mini-text-to-video", "480p", 5)
    assert labels.cost_label(mini) == mini.text


def test_chinese_is_installed_and_english_needs_nothing(
        qapp: QApplication, translators: list[QTranslator], qtbot: QtBot) -> None:
    assert install_translators(qapp, "en") == []
    translators += install_translators(qapp, "zh_CN")
    assert translators
    assert QCoreApplication.translate("DemoBadge", "Demo — simulated clips") == "演示 — 模拟片段"
    assert QCoreApplication.translate("Settings", "Model the composer starts with.") \
        == "编辑器默认使用的模型。"
    from app.ui.dialogs.welcome_dialog import WelcomeDialog

    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert dialog.demo_button.text() == "试用演示(&D)（不消耗积分）"


def test_the_main_window_panels_speak_chinese(
        qapp: QApplication, translators: list[QTranslator], qtbot: QtBot) -> None:
    translators += install_translators(qapp, "zh_CN")
    from app.services.media.media_worker import MediaWorker, SyncExecutor
    from app.ui.actions import ActionId, Actions
    from app.ui.composer.panel import ComposerPanel
    from app.ui.queue.presentation import stop_tracking_warning

    panel = ComposerPanel(MediaWorker(SyncExecutor()))
    qtbot.addWidget(panel)
    assert panel.generate.text() == panel.generate.accessibleName() == "生成"
    assert panel.model_picker.mode.button(Mode.TEXT).text() == "文生视频"
    assert panel.prompt.label.text() == "提示词(&P)"
    panel.prompt.set_text("雨夜 a paper boat")
    assert panel.prompt.counter.text() == "15 个字符 · 2 个汉字 · 3 个单词"
    assert "积分" in panel.cost.text()
    actions = Actions()
    assert actions[ActionId.QUIT].text() == "退出(&Q)"
    assert labels.state_label(TaskState.PROCESSING) == "生成中"
    assert "取消" in stop_tracking_warning()
