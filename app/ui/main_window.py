"""A first window: prompt, model and duration, Generate, and the tasks of this session."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import httpx
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.core.capabilities import DEFAULT_DURATION, DURATION, MODELS, Mode
from app.core.models import GenerationRequest
from app.core.rules import check
from app.services import generation
from app.services.client import EvolinkClient
from app.services.errors import ApiError
from app.services.store import TaskRecord, TaskStore

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Signals: closed — the window was closed and the app should wind down."""

    closed = Signal()

    def __init__(self, *, client: EvolinkClient, http: httpx.AsyncClient, store: TaskStore,
                 clips_dir: Path, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._client, self._http, self._store, self._clips = client, http, store, clips_dir
        self._tasks: set[asyncio.Task[None]] = set()
        self._rows: dict[str, int] = {}
        self.prompt = QPlainTextEdit()
        self.model = QComboBox()
        for spec in MODELS.values():
            if spec.mode is Mode.TEXT:  # media slots come with the composer
                self.model.addItem(spec.label, spec.id)
        self.duration = QSpinBox()
        self.duration.setRange(DURATION.lo, DURATION.hi)
        self.duration.setValue(DEFAULT_DURATION)
        self.duration.setSuffix(" s")
        self.generate = QPushButton("&Generate")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.tasks = QListWidget()
        self.badge = QLabel("Demo — simulated clips" if demo else "")
        self._setup_ui(demo)
        self.generate.clicked.connect(self._on_generate_clicked)

    def _setup_ui(self, demo: bool) -> None:
        self.setWindowTitle(f"{APP_NAME} — demo" if demo else APP_NAME)
        self.setMinimumSize(640, 480)
        form = QFormLayout()
        for text, widget in (("&Prompt", self.prompt), ("&Model", self.model),
                             ("&Duration", self.duration), ("&Tasks", self.tasks)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        self.generate.setAccessibleName("Generate")
        self.badge.setVisible(demo)
        self.badge.setStyleSheet("background:#b45309;color:white;padding:4px 8px;"
                                 "border-radius:4px;font-weight:bold")
        root = QWidget()
        layout = QVBoxLayout(root)
        layout.addWidget(self.badge, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.generate, alignment=Qt.AlignmentFlag.AlignRight)
        self.setCentralWidget(root)
        self.resize(760, 560)

    def _on_generate_clicked(self) -> None:
        request = GenerationRequest(model=str(self.model.currentData()),
                                    prompt=self.prompt.toPlainText(),
                                    duration=self.duration.value())
        problems = check(request)
        if problems:
            self.message.setText("\n".join(p.message for p in problems))
            return
        self.message.clear()
        task = asyncio.ensure_future(self._run(request))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _show(self, rec: TaskRecord) -> None:
        text = f"{rec.state.label} {rec.progress}% — {rec.request.prompt[:60]}"
        if rec.file_path:
            text += f" → {rec.file_path}"
        row = self._rows.get(rec.local_id)
        if row is None:
            self._rows[rec.local_id] = self.tasks.count()
            self.tasks.addItem(text)
        else:
            item = self.tasks.item(row)
            if item is not None:
                item.setText(text)

    async def _run(self, request: GenerationRequest) -> None:
        try:
            rec = await generation.submit(self._client, self._store, request, source="gui")
            self._show(rec)
            await generation.follow(self._client, self._http, self._store, rec.local_id,
                                    self._clips, on_update=self._show)
        except ApiError as exc:
            self.message.setText(str(exc))
        except Exception as exc:
            log.exception("generation failed")
            self.message.setText(f"Something went wrong: {exc}")

    async def shutdown(self) -> None:
        """Stop following tasks; their ids are in the store and are picked up next start."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
