"""Export the sequence as one film: a preset, where to, a progress bar with time left, Cancel."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Final

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.film_plan import PRESETS, Output
from app.core.sequence import Sequence
from app.services.background import TaskGroup
from app.services.sequences.film_check import ExportError
from app.services.sequences.film_export import (
    ExportCancelled,
    ExportProgress,
    FilmResult,
    animation_suffix,
    export_film,
)
from app.ui.messages import render
from app.ui.screen_reader import value_label

EXPORT_TASK: Final = "export-film"


def _safe_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_" else "-" for c in name).strip()
    return cleaned or "sequence"


class ExportDialog(QDialog):
    """Runs `export_film` (a worker thread) and shows its progress; the window stays live.

    Signals: exported(object FilmResult) — the film is written under its final name;
    progressed(object ExportProgress) — from the export's thread (queued to this one).
    """

    exported = Signal(object)
    progressed = Signal(object)

    def __init__(self, sequence: Sequence, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sequence = sequence
        self._tasks = TaskGroup("export-dialog")
        self._cancel: threading.Event | None = None
        self.preset = QComboBox()
        self.crossfade = QDoubleSpinBox()
        self.target = QLineEdit(str(folder / f"{_safe_name(sequence.name)}.mp4"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.progress = QProgressBar()
        self.time_left = value_label(QLabel(), self.tr("Time left"))
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._setup_ui()
        self.preset.currentIndexChanged.connect(self._on_preset_current_index_changed)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.progressed.connect(self._on_progressed)

    def _labels(self) -> dict[str, str]:
        return {"sequence": self.tr("The sequence's own quality and aspect"),
                "1080p": self.tr("1080p"),
                "vertical-crop": self.tr("9:16 vertical, centre crop"),
                "vertical-letterbox": self.tr("9:16 vertical, letterboxed"),
                "preview": self.tr("Animated preview of the first seconds")}

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Export the sequence"))
        labels = self._labels()
        for name, preset in PRESETS.items():
            self.preset.addItem(labels.get(name, preset.label), name)
        self.crossfade.setRange(0.0, 2.0)
        self.crossfade.setSingleStep(0.25)
        self.crossfade.setSuffix(self.tr(" s"))
        self.crossfade.setSpecialValueText(self.tr("None (cuts)"))
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setTextVisible(True)
        self.progress.setFormat("%p%")
        form = QFormLayout()
        form.addRow(self.tr("&Preset:"), self.preset)
        form.addRow(self.tr("C&rossfades:"), self.crossfade)
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(self.browse)
        save_label = QLabel(self.tr("&Save as:"))
        save_label.setBuddy(self.target)
        form.addRow(save_label, where)
        seconds = self._sequence.duration_s
        facts = QLabel(self.tr("Shots: %1 · film of %2 s.").replace(
            "%1", str(len(self._sequence.clips()))).replace("%2", f"{seconds:.1f}"))
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.time_left)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    @property
    def running(self) -> bool:
        return bool(self._tasks.running(EXPORT_TASK))

    # -- slots ----------------------------------------------------------------------------

    def _on_preset_current_index_changed(self, _index: int) -> None:
        preset = PRESETS[str(self.preset.currentData())]
        path = Path(self.target.text())
        suffix = animation_suffix() if preset.output is Output.ANIMATION else ".mp4"
        self.target.setText(str(path.with_suffix(suffix)))
        self.crossfade.setEnabled(preset.output is Output.MP4)

    def _on_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the sequence"),
                                                self.target.text())
        if chosen:
            self.target.setText(chosen)

    def _on_export_clicked(self) -> None:
        if self.running:
            return
        target = Path(self.target.text()).expanduser()
        if not target.name or not target.parent.is_dir():
            self.time_left.setText(self.tr("Choose a file in an existing folder."))
            return
        self._set_running(True)
        self._cancel = threading.Event()
        self._tasks.start(self._export(target, self._cancel), EXPORT_TASK)

    def _on_cancel_clicked(self) -> None:
        if self.running and self._cancel is not None:
            self._cancel.set()
            self.time_left.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _on_progressed(self, progress: ExportProgress) -> None:
        if not self.running:
            return
        self.progress.setValue(round(progress.fraction * 1000))
        if progress.eta_s is None:
            self.time_left.setText(self.tr("Shot %1…").replace("%1", str(progress.shot + 1)))
        else:
            self.time_left.setText(self.tr("Shot %1 · about %2 s left").replace(
                "%1", str(progress.shot + 1)).replace("%2", f"{progress.eta_s:.0f}"))

    def _set_running(self, running: bool) -> None:
        for widget in (self.preset, self.crossfade, self.target, self.browse,
                       self.export_button):
            widget.setEnabled(not running)
        if not running:
            self._on_preset_current_index_changed(self.preset.currentIndex())

    async def _export(self, target: Path, cancel: threading.Event) -> None:
        preset = PRESETS[str(self.preset.currentData())]
        self.progress.setValue(0)
        self.time_left.setText(self.tr("Starting…"))
        try:
            film: FilmResult = await export_film(
                self._sequence, target, preset, crossfade_s=self.crossfade.value(),
                progress=self.progressed.emit, cancel=cancel)
        except ExportCancelled:
            self.progress.setValue(0)
            self.time_left.setText(self.tr("Cancelled: nothing was written."))
            return
        except ExportError as exc:
            self.time_left.setText(render(str(exc)))
            return
        finally:
            self._set_running(False)
        self.progress.setValue(1000)
        self.time_left.setText(self.tr("Saved as %1").replace("%1", film.path.name))
        self.exported.emit(film)

    async def wait_idle(self, timeout_s: float = 60.0) -> None:
        """Until the export under way (if any) has ended."""
        await self._tasks.wait(EXPORT_TASK, timeout_s)

    async def shutdown(self) -> None:
        """Cancel an export under way and wait until its thread has cleaned up."""
        if self._cancel is not None:
            self._cancel.set()
        await self._tasks.aclose()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self._on_cancel_clicked()
            event.ignore()  # closes itself once the export has stopped
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.running:
            self._on_cancel_clicked()
            return
        super().reject()

