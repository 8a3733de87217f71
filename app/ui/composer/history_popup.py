"""Prompts sent before and named presets, searchable, applied to the composer with their
settings (its media stay); presets saved, deleted, exported and imported as JSON."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.core.models import GenerationRequest
from app.services.background import TaskGroup
from app.services.drafts.presets import Preset, PresetBook, PresetFileError
from app.services.drafts.prompt_history import PromptEntry, PromptHistory
from app.ui.labels import plain_label, relative_time, request_summary
from app.ui.library.model import excerpt
from app.ui.screen_reader import name_clear_button

log = logging.getLogger(__name__)
SEARCH_DELAY_MS: Final = 200
STEPS_KEPT: Final = 200  # prompts Ctrl+Up steps back through
Current = Callable[[], GenerationRequest | None]


def settings_state(request: GenerationRequest) -> dict[str, Any]:
    """A request's prompt and settings as the composer restores them (its media untouched)."""
    params = request.model_params
    return {"model": request.model, "quality": request.quality,
            "aspect_ratio": request.aspect_ratio, "duration": request.duration,
            "generate_audio": request.generate_audio, "content_filter": request.content_filter,
            "prompt": request.prompt,
            "model_params": json.dumps(params, indent=1) if params is not None else "",
            "callback_url": request.callback_url or ""}


class HistoryPopup(QDialog):
    """Two lists under one search field: History (every prompt sent, newest first) and
    Presets. Enter or a double-click uses the chosen one.

    Signals: applyRequested(object GenerationRequest) — put this prompt and its settings in
    the composer; message(str) — a sentence for the status bar."""

    applyRequested = Signal(object)
    message = Signal(str)

    def __init__(self, history: PromptHistory, book: PresetBook, current: Current,
                 parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self._history, self._book, self._current, self._clock = history, book, current, clock
        self._tasks = TaskGroup("history popup", on_failure=self._on_task_failed)
        self.search_label = QLabel(self.tr("&Search"))
        self.search = QLineEdit()
        self.tabs = QTabWidget()
        self.history_list = QListWidget()
        self.preset_list = QListWidget()
        self.use_button = QPushButton(self.tr("&Use"))
        self.save_button = QPushButton(self.tr("Save as &preset…"))
        self.delete_button = QPushButton(self.tr("&Delete preset"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self._presets: list[Preset] = []
        self._setup_ui()
        self.search.textChanged.connect(self.timer.start)
        self.search.returnPressed.connect(self._use_current)
        self.timer.timeout.connect(self.reload)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        for lst in (self.history_list, self.preset_list):
            lst.itemActivated.connect(lambda _item: self._use_current())
            lst.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.use_button.clicked.connect(self._use_current)
        self.save_button.clicked.connect(self.save_preset)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Prompt history and presets"))
        self.search_label.setBuddy(self.search)
        self.search.setAccessibleName(plain_label(self.search_label.text()))
        self.search.setPlaceholderText(self.tr("Words of the prompt"))
        self.search.setClearButtonEnabled(True)
        name_clear_button(self.search)
        self.history_list.setAccessibleName(self.tr("Prompts sent"))
        self.preset_list.setAccessibleName(self.tr("Presets"))
        for lst in (self.history_list, self.preset_list):
            lst.setWordWrap(True)
            lst.setAlternatingRowColors(True)
        self.tabs.addTab(self.history_list, self.tr("&History"))
        self.tabs.addTab(self.preset_list, self.tr("P&resets"))
        for button in (self.use_button, self.save_button, self.delete_button,
                       self.export_button, self.import_button):
            button.setAccessibleName(plain_label(button.text()))
        self.use_button.setDefault(True)
        self.export_button.setToolTip(self.tr("Save the presets and the history in a JSON "
                                              "file"))
        self.import_button.setToolTip(self.tr("Add the presets of a JSON file"))
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.resize(640, 460)

    # -- commands ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Both lists again for the search words (the history read off the UI thread)."""
        self.timer.stop()
        self._show_presets()
        self._tasks.start(self._load_history(self.search.text()), "history", latest_wins=True)

    async def wait_idle(self) -> None:
        for task in self._tasks.running("history"):
            await asyncio.gather(task, return_exceptions=True)

    def save_preset(self, name: str | None = None) -> bool:
        """The composer's prompt and settings under a name (asked when not given)."""
        request = self._current()
        if request is None or not request.prompt.strip():
            self.message.emit(self.tr("Write a prompt first: a preset keeps a prompt and its "
                                      "settings."))
            return False
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save as preset"),
                                            self.tr("Preset name:"),
                                            text=excerpt(request.prompt, 40))
            if not ok:
                return False
        try:
            self._book.put(name, request)
        except (OSError, PresetFileError) as exc:
            self.message.emit(self.tr("The preset was not saved: %1").replace("%1", str(exc)))
            return False
        self.message.emit(self.tr("Saved the preset “%1”").replace("%1", name.strip()))
        self.tabs.setCurrentWidget(self.preset_list)
        self._show_presets()
        return True

    def export_to(self, target: Path) -> bool:
        try:
            self._book.export(target, self._history.entries(limit=10_000))
        except OSError as exc:
            self.message.emit(self.tr("Not exported: %1").replace("%1", exc.strerror or str(exc)))
            return False
        self.message.emit(self.tr("Exported to %1").replace("%1", str(target)))
        return True

    def import_from(self, source: Path) -> bool:
        try:
            added = self._book.import_from(source)
        except (OSError, PresetFileError) as exc:
            self.message.emit(self.tr("Not imported: %1").replace("%1", str(exc)))
            return False
        self.message.emit(self.tr("Imported %n preset(s)", "", len(added)))
        self._show_presets()
        return True

    # -- lists -------------------------------------------------------------------------------

    async def _load_history(self, search: str) -> None:
        entries = await self._history.load(search)
        if isValid(self.history_list):  # not closed and deleted meanwhile
            self._show_history(entries)

    def _show_history(self, entries: list[PromptEntry]) -> None:
        lst = self.history_list
        lst.clear()
        now = self._clock()
        for entry in entries:
            r = entry.request
            details = request_summary(r.model, r.quality, r.aspect_ratio, r.duration)
            used = (self.tr("sent once") if entry.uses == 1 else
                    self.tr("sent %1 times").replace("%1", str(entry.uses)))
            item = QListWidgetItem(f"{excerpt(entry.prompt, 120)}\n{details} · {used} · "
                                   f"{relative_time(entry.last_used, now)}")
            item.setData(Qt.ItemDataRole.UserRole, entry.request.model_copy(
                update={"prompt": entry.prompt}))
            item.setToolTip(entry.prompt)
            lst.addItem(item)
        if lst.count():
            lst.setCurrentRow(0)
        else:
            self._say_empty(lst, self.tr("No prompt sent yet: every prompt you send is kept "
                                         "here with its settings."))
        self._update_buttons()

    def _say_empty(self, lst: QListWidget, text: str) -> None:
        """An empty list says why (no match, or nothing yet), in a row that cannot be used."""
        words = self.search.text().strip()
        item = QListWidgetItem(self.tr("Nothing matches “%1”.").replace("%1", words)
                               if words else text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        lst.addItem(item)

    def _show_presets(self) -> None:
        self._presets = self._book.load()
        if self._book.notice:
            self.message.emit(self._book.notice)
            self._book.notice = None
        words = self.search.text().casefold().split()
        lst = self.preset_list
        lst.clear()
        for preset in self._presets:
            text = f"{preset.name} {preset.request.prompt}".casefold()
            if not all(w in text for w in words):
                continue
            r = preset.request
            details = request_summary(r.model, r.quality, r.aspect_ratio, r.duration)
            item = QListWidgetItem(f"{preset.name}\n{excerpt(r.prompt, 100)} · {details}")
            item.setData(Qt.ItemDataRole.UserRole, r)
            item.setData(Qt.ItemDataRole.UserRole + 1, preset.name)
            item.setToolTip(r.prompt)
            lst.addItem(item)
        if lst.count():
            lst.setCurrentRow(0)
        else:
            self._say_empty(lst, self.tr("No presets yet: write a prompt, set it up, and "
                                         "choose Save as preset…"))
        self._update_buttons()

    def _current_list(self) -> QListWidget:
        return self.preset_list if self.tabs.currentWidget() is self.preset_list \
            else self.history_list

    def _update_buttons(self) -> None:
        lst = self._current_list()
        usable = lst.currentItem() is not None and bool(lst.currentItem().flags())
        self.use_button.setEnabled(usable)
        self.delete_button.setEnabled(lst is self.preset_list and usable)

    # -- slots -------------------------------------------------------------------------------

    def _use_current(self) -> None:
        item = self._current_list().currentItem()
        request = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(request, GenerationRequest):
            self.applyRequested.emit(request)
            self.accept()

    def _on_delete_button_clicked(self) -> None:
        item = self.preset_list.currentItem()
        if item is None:
            return
        name = str(item.data(Qt.ItemDataRole.UserRole + 1))
        try:
            self._book.remove(name)
        except OSError as exc:
            self.message.emit(self.tr("Not deleted: %1").replace("%1", exc.strerror or str(exc)))
            return
        self._show_presets()

    def _on_export_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export presets and history"),
                                              "seedance-prompts.json",
                                              self.tr("JSON files (*.json)"))
        if path:
            self.export_to(Path(path))

    def _on_import_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import presets"), "",
                                              self.tr("JSON files (*.json)"))
        if path:
            self.import_from(Path(path))

    def _on_task_failed(self, _name: str, exc: BaseException) -> None:
        self.message.emit(self.tr("The history could not be read: %1").replace(
            "%1", str(exc) or type(exc).__name__))

    def done(self, result: int) -> None:
        self._tasks.cancel_all()
        super().done(result)


class PromptMemory(QObject):
    """Wires the prompt editor to the history and presets: the History button opens the
    popup, what it applies goes into the composer, Ctrl+Up steps through prompts sent (read
    again each time the session sends one)."""

    def __init__(self, *, editor: Any, apply: Callable[[dict[str, Any]], None],
                 current: Current, history: PromptHistory, book: PresetBook,
                 window: QWidget, say: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editor, self._apply, self._current = editor, apply, current
        self._history, self._book, self._window, self._say = history, book, window, say
        self._tasks = TaskGroup("prompt memory", on_failure=self._on_task_failed)
        self.popup: HistoryPopup | None = None
        editor.historyRequested.connect(self.open_popup)

    def refresh(self, *_sent: object) -> None:
        """The prompts Ctrl+Up steps through, read again (a prompt was just sent)."""
        self._tasks.start(self._load_steps(), "steps", latest_wins=True)

    def open_popup(self) -> HistoryPopup:
        if self.popup is None:
            self.popup = HistoryPopup(self._history, self._book, self._current, self._window)
            self.popup.setObjectName("prompt-history")
            self.popup.applyRequested.connect(self._on_popup_apply_requested)
            self.popup.message.connect(self._say)
            self.popup.finished.connect(self._on_popup_finished)
        self.popup.reload()
        self.popup.open()
        self.popup.search.setFocus()
        return self.popup

    async def shutdown(self) -> None:
        if self.popup is not None:
            self.popup.reject()
        await self._tasks.aclose()

    async def _load_steps(self) -> None:
        entries = await self._history.load(limit=STEPS_KEPT)
        self._editor.set_history([e.prompt for e in entries])

    def _on_popup_apply_requested(self, request: GenerationRequest) -> None:
        self._apply(settings_state(request))
        self._editor.edit.setFocus()
        self._say(self.tr("The prompt and its settings are in the composer"))

    def _on_popup_finished(self, _result: int) -> None:
        if self.popup is not None:
            self.popup.deleteLater()
        self.popup = None

    def _on_task_failed(self, _name: str, exc: BaseException) -> None:
        log.info("the prompt history could not be read: %s", exc)
