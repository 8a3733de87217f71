"""Generate: disabled with the reason, the draft equals what was set, one submit per press."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot

from app.core.capabilities import AspectRatio, Mode, Quality, Tier
from app.core.media_limits import MediaKind
from app.core.models import GenerationRequest
from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.drafts.composer_draft import ComposerDraft
from app.services.media.media_worker import MediaWorker, ThreadPoolExecutor
from app.services.media.uploads import EvolinkUploader, resolve_urls
from app.services.tasks import generation
from app.services.tasks.store import TaskStore
from app.simulator import DEMO_KEY, Simulator
from app.ui.composer.panel import ComposerPanel
from tests.composer.conftest import MediaFactory, drop, file_mime


def test_generate_is_disabled_with_the_reason(panel: ComposerPanel) -> None:
    assert not panel.generate.isEnabled()
    assert panel.reason.text() == "Write a prompt describing the video"
    panel.prompt.set_text("a lighthouse in a storm")
    assert panel.generate.isEnabled()
    assert panel.problems() == []


def test_the_draft_equals_what_was_set(panel: ComposerPanel, media: MediaFactory,
                                       qtbot: QtBot) -> None:
    panel.model_picker.mode.button(Mode.REFERENCE).click()
    panel.output.quality.button(Quality.P480).click()
    panel.output.aspect.setCurrentIndex(list(AspectRatio).index(AspectRatio.R21_9))
    panel.output.aspect.activated.emit(panel.output.aspect.currentIndex())
    panel.output.duration.setValue(9)
    panel.output.audio.setChecked(False)
    panel.output.content_filter.setChecked(False)
    panel.advanced.callback.setText("https://example.com/hook")
    image = media.image()
    drop(panel.media.strips[MediaKind.IMAGE], file_mime([image]))
    panel.media.strips[MediaKind.AUDIO].url.setText("https://cdn.example.com/bgm.mp3")
    qtbot.keyClick(panel.media.strips[MediaKind.AUDIO].url, Qt.Key.Key_Return)
    panel.prompt.set_text("")
    panel.prompt.chips()[0].click()
    assert panel.prompt.text() == "image 1 "
    panel.prompt.edit.insertPlainText("walks into the sea")
    with qtbot.waitSignal(panel.submitRequested) as sent:
        qtbot.keyClick(panel.prompt.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    draft: ComposerDraft = sent.args[0]
    assert draft.request == GenerationRequest(
        model="seedance-2.0-reference-to-video", prompt="image 1 walks into the sea",
        image_urls=[f"https://upload.pending.invalid/{image.name}"],
        audio_urls=["https://cdn.example.com/bgm.mp3"], duration=9, quality="480p",
        aspect_ratio="21:9", generate_audio=False, content_filter=False,
        callback_url="https://example.com/hook")
    assert [m.path for m in draft.images] == [image]
    assert draft.images[0].facts is not None and draft.images[0].facts.width == 640
    assert [m.source for m in draft.audios] == ["https://cdn.example.com/bgm.mp3"]


async def test_ctrl_enter_submits_once_to_the_simulator(panel: ComposerPanel, qtbot: QtBot,
                                                        media: MediaFactory,
                                                        studio_home: Path) -> None:
    sim = Simulator(generation_seconds=0.2)
    await sim.start()
    client = EvolinkClient(DEMO_KEY, resolve_endpoints(sim.base_url))
    store = TaskStore(studio_home / "studio.sqlite3")
    drafts: list[ComposerDraft] = []
    panel.submitRequested.connect(drafts.append)
    try:
        panel.model_picker.mode.button(Mode.IMAGE).click()
        panel.model_picker.tier.button(Tier.FAST).click()
        drop(panel.media.strips[MediaKind.IMAGE].slots[0], file_mime([media.image()]))
        panel.prompt.set_text("the kite rises")
        for _ in range(2):  # a double press: the second one finds the panel busy
            qtbot.keyClick(panel.prompt.edit, Qt.Key.Key_Return,
                           Qt.KeyboardModifier.ControlModifier)
        qtbot.mouseClick(panel.generate, Qt.MouseButton.LeftButton)
        assert len(drafts) == 1 and not panel.generate.isEnabled()
        draft = drafts[0]
        urls = await resolve_urls(EvolinkUploader(client), {MediaKind.IMAGE: draft.images})
        request = draft.request.model_copy(update=urls)
        record = await generation.submit(client, store, request, source="gui")
        panel.set_busy(False)
        assert record.task_id and store.get(record.local_id) is not None
        assert list(sim.tasks) == [record.task_id]
        assert panel.generate.isEnabled()
        assert panel.prompt.text() == "the kite rises"  # stays filled for the next variation
    finally:
        await client.aclose()
        await sim.stop()


def test_a_refused_submit_is_shown_and_generate_comes_back(panel: ComposerPanel) -> None:
    panel.prompt.set_text("a kite")
    panel.generate.click()
    assert not panel.generate.isEnabled() and panel.generate.text() == "Submitting…"
    panel.show_submit_error("prompt", "The prompt was refused by the content policy")
    assert "content policy" in panel.prompt.message.text()
    assert "content policy" in panel.reason.text()
    panel.prompt.set_text("a red kite")
    assert panel.generate.isEnabled() and "content policy" not in panel.reason.text()


def test_every_input_is_labelled_and_reachable_by_keyboard(panel: ComposerPanel,
                                                           qtbot: QtBot) -> None:
    panel.model_picker.mode.button(Mode.REFERENCE).click()
    panel.advanced.set_open(True)
    panel.prompt.set_text("a kite")
    inputs = [w for cls in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox)
              for w in panel.findChildren(cls)
              if w.isVisibleTo(panel) and not w.objectName().startswith("qt_")]
    assert len(inputs) > 20
    for widget in inputs:
        assert widget.accessibleName(), widget
    for name in ("Prompt", "Text to video", "Fast", "720p", "Aspect ratio", "Duration",
                 "Generate audio", "Content filter", "Model parameters", "Callback URL",
                 "Image URL", "Generate"):
        assert [w for w in inputs if w.accessibleName() == name], name
    # Tab from the mode buttons reaches the prompt, the strips, the pickers and Generate
    # (a radio row is one Tab stop: its chosen button).
    seen: set[str] = set()
    start = panel.model_picker.mode.button(Mode.REFERENCE)
    start.setFocus()
    widget = panel.focusWidget()
    for _ in range(200):
        if widget is None:
            break
        named = widget.parentWidget() if widget.objectName().startswith("qt_") else widget
        assert named is not None and named.accessibleName(), widget  # every stop is named
        seen.add(named.accessibleName())
        widget = widget.nextInFocusChain()
        while widget is not None and not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                                          and widget.isVisibleTo(panel) and widget.isEnabled()):
            widget = widget.nextInFocusChain()
        if widget is start:
            break
    for name in ("Prompt", "Image 1", "Video URL", "Duration", "Content filter", "Generate"):
        assert name in seen, name


def test_the_thread_pool_delivers_results_on_the_main_thread(qtbot: QtBot,
                                                             media: MediaFactory) -> None:
    worker = MediaWorker(ThreadPoolExecutor())
    threads: list[threading.Thread] = []
    worker.probed.connect(lambda *_: threads.append(threading.current_thread()))
    with qtbot.waitSignal(worker.probed, timeout=10_000) as got:
        worker.probe("job-1", media.video(), MediaKind.VIDEO)
    assert got.args[0] == "job-1" and got.args[1].facts.duration_s == 2.0
    assert threads == [threading.main_thread()]
    assert not worker.busy()
