"""Prompt history and presets from the prompt editor: Ctrl+Up / Ctrl+Down step through the
prompts sent, the popup searches them and puts one (with its settings) in the composer, its
media kept; presets are saved, survive a restart, are deleted, exported and imported."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.media_limits import MediaKind
from app.core.models import GenerationRequest
from app.services.drafts.presets import PresetBook
from app.services.drafts.prompt_history import PromptHistory
from app.services.tasks.store import TaskStore
from app.ui.composer.history_popup import HistoryPopup, PromptMemory
from app.ui.composer.panel import ComposerPanel
from app.ui.composer.prompt_editor import PromptEditor
from tests.composer.conftest import MediaFactory, media, panel
from tests.library.conftest import fill_store, make_record

__all__ = ["media", "panel"]  # fixtures


@pytest.fixture
def history(tmp_path: Path) -> Any:
    """Three prompts sent (the newest last), one of them twice."""
    store = TaskStore(tmp_path / "store.sqlite3")
    records = []
    for i, (prompt, model, quality) in enumerate((
            ("a kite over the harbour in rain", "seedance-2.0-fast-text-to-video", "480p"),
            ("a lighthouse at dusk", "seedance-2.0-text-to-video", "1080p"),
            ("a kite over the harbour in rain", "seedance-2.0-text-to-video", "720p"),
            ("纸鹤展开成鸟", "seedance-2.0-mini-text-to-video", "480p"))):
        base = make_record(i, tmp_path)
        records.append(dataclasses.replace(base, request=base.request.model_copy(update={
            "prompt": prompt, "model": model, "quality": quality, "duration": 6 + i})))
    fill_store(store.path, records)
    h = PromptHistory(store.path)
    yield h
    h.close()
    store.close()


@pytest.fixture
def book(tmp_path: Path) -> PresetBook:
    return PresetBook(tmp_path / "data" / "presets.json")


REQUEST = GenerationRequest(model="seedance-2.0-text-to-video", prompt="a red door, slow push",
                            duration=9, quality="1080p", aspect_ratio="9:16")


def popup(qtbot: QtBot, history: PromptHistory, book: PresetBook,
          current: GenerationRequest | None = REQUEST) -> HistoryPopup:
    made = HistoryPopup(history, book, lambda: current)
    qtbot.addWidget(made)
    return made


async def loaded(p: HistoryPopup, search: str = "") -> list[str]:
    p.search.setText(search)
    p.reload()
    await p.wait_idle()
    return [p.history_list.item(i).text().split("\n")[0] for i in range(p.history_list.count())]


async def test_the_history_is_searchable_newest_first(qtbot: QtBot, history: PromptHistory,
                                                      book: PresetBook) -> None:
    p = popup(qtbot, history, book)
    assert await loaded(p) == ["纸鹤展开成鸟", "a kite over the harbour in rain",
                               "a lighthouse at dusk"]
    assert "sent 2 times" in p.history_list.item(1).text()
    assert await loaded(p, "kite rain") == ["a kite over the harbour in rain"]
    assert await loaded(p, "volcano") == ["Nothing matches “volcano”."]
    assert not p.use_button.isEnabled()
    await loaded(p, "kite rain")
    applied: list[GenerationRequest] = []
    p.applyRequested.connect(applied.append)
    p.search.returnPressed.emit()  # Enter in the search field uses the first match
    assert applied[0].prompt == "a kite over the harbour in rain"
    assert (applied[0].quality, applied[0].duration) == ("720p", 8)  # as last sent


async def test_presets_are_saved_kept_deleted_exported_and_imported(
        qtbot: QtBot, history: PromptHistory, book: PresetBook, tmp_path: Path) -> None:
    p = popup(qtbot, history, book)
    assert p.save_preset("Red door")
    assert p.tabs.currentWidget() is p.preset_list and p.preset_list.count() == 1
    restarted = PresetBook(book.path)
    (kept,) = restarted.load()
    assert (kept.name, kept.request.prompt, kept.request.quality) == (
        "Red door", REQUEST.prompt, "1080p")
    target = tmp_path / "out" / "prompts.json"
    target.parent.mkdir()
    assert p.export_to(target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [x["name"] for x in data["presets"]] == ["Red door"]
    assert len(data["history"]) == 3
    other = PresetBook(tmp_path / "other" / "presets.json")
    other.put("Red door", REQUEST)
    q = popup(qtbot, history, other)
    assert q.import_from(target)
    assert [x.name for x in other.load()] == ["Red door", "Red door (2)"]
    q.reload()
    await q.wait_idle()
    q.tabs.setCurrentWidget(q.preset_list)
    q.preset_list.setCurrentRow(1)
    q.delete_button.click()
    assert [x.name for x in other.load()] == ["Red door"]
    assert not q.import_from(tmp_path / "missing.json")


def test_an_empty_prompt_is_no_preset(qtbot: QtBot, history: PromptHistory,
                                      book: PresetBook) -> None:
    said: list[str] = []
    p = popup(qtbot, history, book, None)
    p.message.connect(said.append)
    assert not p.save_preset("Nothing")
    assert "Write a prompt first" in said[0] and book.load() == []


def test_ctrl_up_and_down_step_through_the_prompts_sent(qtbot: QtBot) -> None:
    editor = PromptEditor()
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.set_history(["newest", "older"])
    editor.edit.setFocus()
    qtbot.keyClicks(editor.edit, "typing")
    up, down = Qt.Key.Key_Up, Qt.Key.Key_Down
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(editor.edit, up, ctrl)
    assert editor.text() == "newest"
    qtbot.keyClick(editor.edit, up, ctrl)
    qtbot.keyClick(editor.edit, up, ctrl)  # the oldest stays
    assert editor.text() == "older"
    qtbot.keyClick(editor.edit, down, ctrl)
    qtbot.keyClick(editor.edit, down, ctrl)
    assert editor.text() == "typing"


async def test_the_popup_fills_the_composer_and_keeps_its_media(
        qtbot: QtBot, panel: ComposerPanel, media: MediaFactory, history: PromptHistory,
        book: PresetBook) -> None:
    panel.board().add(MediaKind.IMAGE, str(media.image()))
    said: list[str] = []
    window = QWidget()
    qtbot.addWidget(window)
    memory = PromptMemory(editor=panel.prompt, apply=panel.restore_state,
                          current=panel.request, history=history, book=book,
                          window=window, say=said.append)
    panel.prompt.history_button.click()
    p = memory.popup
    assert p is not None and p.isVisible()
    await p.wait_idle()
    p.history_list.setCurrentRow(2)
    p.use_button.click()
    assert panel.prompt.text() == "a lighthouse at dusk"
    assert panel.spec().id == "seedance-2.0-text-to-video"
    assert panel.output.duration.value() == 7
    assert len(panel.board().entries(MediaKind.IMAGE)) == 1
    assert memory.popup is None or not memory.popup.isVisible()
    memory.refresh()
    await memory._tasks.wait("steps", 5)
    assert panel.prompt.steps.older("") == "纸鹤展开成鸟"
    await memory.shutdown()
