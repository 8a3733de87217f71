"""The Sequence panel: the strip of shots, how each starts, and the sequence's commands."""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Final

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.sequence import Continuity, LinkKind, Missing, Sequence, Shot
from app.core.sequence_requests import missing_cost
from app.services.clips.thumbnails import ThumbnailCache
from app.services.sequences.sequence_runner import ShotPhase, ShotProgress
from app.ui.messages import render
from app.ui.screen_reader import value_label
from app.ui.sequence.strip import ICON_SIZE, SHOT_ID_ROLE, ShotStrip

FRESH: Final = ""  # the link combo's "starts fresh" entry
TRIM_BAR_PX: Final = 5
NAME_CHARS: Final = 44


class SequencePanel(QWidget):
    """Shows a sequence (`show_sequence`) and asks for every change as a new sequence.

    Signals: edited(object Sequence) — the user changed the order, a link, removed or
    duplicated a shot; addFromComposerRequested(); generateRequested(); exportRequested();
    openShotRequested(str shot_id) — play the shot's clip in the viewer (double-click, Enter);
    filesDropped(list[Path], int row) — clips or a sequence file dropped on the strip.
    """

    edited = Signal(object)
    addFromComposerRequested = Signal()
    generateRequested = Signal()
    exportRequested = Signal()
    openShotRequested = Signal(str)
    filesDropped = Signal(list, int)

    def __init__(self, thumbnails: ThumbnailCache | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._sequence = Sequence()
        self._progress: Mapping[str, ShotProgress] = {}
        self._running = False
        self.summary = value_label(QLabel(), self.tr("Sequence"))
        self.strip = ShotStrip()
        self.link_label = QLabel(self.tr("&Starts"))
        self.link = QComboBox()
        # Its choices are long sentences: the dock (tabbed with the queue) must stay narrow
        # enough at 1280 px for a 360 px tall clip in the centre; the popup shows them whole.
        self.link.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.link.setMinimumContentsLength(14)
        self.link_hint = QLabel()
        self.add_button = QPushButton(self.tr("&Add from composer"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.cost = value_label(QLabel(), self.tr("Cost of the missing shots"))
        self.generate_button = QPushButton(self.tr("&Generate missing shots"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self._setup_ui()
        self.strip.currentRowChanged.connect(self._on_strip_current_row_changed)
        self.strip.moveRequested.connect(self._on_strip_move_requested)
        self.strip.removeRequested.connect(self._on_remove_clicked)
        self.strip.duplicateRequested.connect(self._on_duplicate_clicked)
        self.strip.filesDropped.connect(self.filesDropped)
        self.strip.itemActivated.connect(self._on_strip_item_activated)
        self.link.activated.connect(self._on_link_activated)
        self.add_button.clicked.connect(self.addFromComposerRequested)
        self.duplicate_button.clicked.connect(self._on_duplicate_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.generate_button.clicked.connect(self.generateRequested)
        self.export_button.clicked.connect(self.exportRequested)
        if thumbnails is not None:
            thumbnails.thumbnailReady.connect(self._on_thumbnails_ready)
        self.show_sequence(self._sequence)

    def _setup_ui(self) -> None:
        self.strip.setAccessibleName(self.tr("Shots"))
        self.summary.setWordWrap(True)
        for text, kind in ((self.tr("Fresh, from its own prompt"), FRESH),
                           (self.tr("From the last frame of the shot before"),
                            LinkKind.LAST_FRAME.value),
                           (self.tr("From a frame I choose"), LinkKind.CHOSEN_FRAME.value),
                           (self.tr("Continuing the shot before"), LinkKind.CONTINUE.value)):
            self.link.addItem(text, kind)
        self.link_label.setBuddy(self.link)
        self.link_hint.setWordWrap(True)
        self.link_hint.setEnabled(False)  # a quiet note under the choice
        self.cost.setWordWrap(True)
        self.generate_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.summary)
        layout.addWidget(self.strip, 1)
        layout.addWidget(self.link_label)
        layout.addWidget(self.link)
        layout.addWidget(self.link_hint)
        # Stacked rather than side by side: the dock shares the queue's narrow column.
        layout.addWidget(self.add_button)
        edit_row = QHBoxLayout()
        for button in (self.duplicate_button, self.remove_button):
            edit_row.addWidget(button, 1)
        layout.addLayout(edit_row)
        layout.addWidget(self.cost)
        layout.addWidget(self.generate_button)
        layout.addWidget(self.export_button)

    # -- showing ------------------------------------------------------------------------------

    @property
    def sequence(self) -> Sequence:
        return self._sequence

    def show_sequence(self, sequence: Sequence, progress: Mapping[str, ShotProgress] | None = None,
                      *, running: bool = False) -> None:
        """Rebuild the strip, keeping the selected shot selected."""
        keep = self.strip.selected_id()
        self._sequence, self._running = sequence, running
        self._progress = dict(progress or {})
        changed = set(sequence.changed_links())
        waits = {g.shot_id for g in sequence.missing() if g.why is Missing.WAITS}
        self.strip.blockSignals(True)
        self.strip.clear()
        select = 0 if sequence.shots else -1
        for i, shot in enumerate(sequence.shots):
            item = QListWidgetItem(self._icon(shot), self._text(i, shot, i in changed,
                                                                shot.id in waits))
            item.setData(SHOT_ID_ROLE, shot.id)
            item.setSizeHint(QSize(0, self._height_of(item.text())))
            self.strip.addItem(item)
            if shot.id == keep:
                select = i
        self.strip.setCurrentRow(select)
        self.strip.blockSignals(False)
        self._show_summary()
        self._show_selected()

    def _height_of(self, text: str) -> int:
        """Room for the icon or for every line of the text as it wraps beside it."""
        metrics = self.strip.fontMetrics()
        width = max(120, self.strip.viewport().width() - ICON_SIZE.width() - 28)
        lines = sum(max(1, math.ceil(metrics.horizontalAdvance(line) / width))
                    for line in text.split("\n"))
        return max(ICON_SIZE.height() + 14, lines * metrics.lineSpacing() + 14)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for row in range(self.strip.count()):  # the text wraps anew
            item = self.strip.item(row)
            item.setSizeHint(QSize(0, self._height_of(item.text())))

    def show_progress(self, progress: Mapping[str, ShotProgress], *, running: bool) -> None:
        self.show_sequence(self._sequence, progress, running=running)

    def _text(self, index: int, shot: Shot, changed: bool, waits: bool) -> str:
        if shot.clip is not None:
            name = Path(shot.clip.path).name
            if len(name) > NAME_CHARS:  # the middle goes: the date and the suffix say most
                name = name[:NAME_CHARS // 2 - 1] + "…" + name[-(NAME_CHARS // 2):]
            head = self.tr("%1. %2").replace("%1", str(index + 1)).replace("%2", name)
            trim = self.tr("%1 s · in %2 · out %3").replace(
                "%1", f"{shot.trimmed_s:.2f}").replace("%2", f"{shot.in_s:.2f}").replace(
                "%3", f"{shot.out_s:.2f}")
            lines = [head, trim]
        else:
            prompt = shot.request.prompt if shot.request is not None else ""
            prompt = prompt if len(prompt) <= 48 else prompt[:47] + "…"
            lines = [self.tr("%1. Draft: %2").replace("%1", str(index + 1)).replace("%2",
                                                                                    prompt)]
            seconds = shot.request.duration if shot.request is not None else 0
            lines.append(self.tr("%1 s to generate").replace("%1", str(seconds)))
        if shot.link is not None and index > 0:
            lines.append(self._link_text(shot.link))
        state = self._progress.get(shot.id)
        if state is not None:
            lines.append(self._phase_text(state))
        elif waits:
            lines.append(self.tr("Waits for the shot before"))
        if changed:
            lines.append(self.tr("⚠ The shot before was replaced: its start frame changed"))
        return "\n".join(lines)

    def _link_text(self, link: Continuity) -> str:
        if link.kind is LinkKind.LAST_FRAME:
            return self.tr("Starts from the last frame before")
        if link.kind is LinkKind.CHOSEN_FRAME:
            return self.tr("Starts from the frame at %1 s before").replace(
                "%1", f"{link.frame_time_s or 0:.2f}")
        return self.tr("Continues the shot before")

    def _phase_text(self, state: ShotProgress) -> str:
        if state.phase is ShotPhase.WAITING:
            return self.tr("Waiting for the shot before…")
        if state.phase is ShotPhase.SENDING:
            return self.tr("Sending…")
        if state.phase is ShotPhase.GENERATING:
            return self.tr("Generating…")
        return self.tr("Failed: %1").replace("%1", render(state.reason or ""))

    def _icon(self, shot: Shot) -> QIcon:
        pixmap = QPixmap(ICON_SIZE)
        pixmap.fill(self.palette().color(QPalette.ColorRole.Mid))
        image = (self._thumbnails.request(Path(shot.clip.path))
                 if self._thumbnails is not None and shot.clip is not None else None)
        painter = QPainter(pixmap)
        if image is not None:
            scaled = QImage(image).scaled(ICON_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation)
            painter.drawImage((ICON_SIZE.width() - scaled.width()) // 2,
                              (ICON_SIZE.height() - scaled.height()) // 2, scaled)
        if shot.clip is not None:  # the trim marks: the kept part of the clip, lit
            width, y = ICON_SIZE.width(), ICON_SIZE.height() - TRIM_BAR_PX
            painter.fillRect(0, y, width, TRIM_BAR_PX, QColor(0, 0, 0, 170))
            total = shot.clip.duration_s
            left = round(width * shot.in_s / total)
            right = round(width * min(1.0, shot.out_s / total))
            painter.fillRect(left, y, max(2, right - left), TRIM_BAR_PX,
                             self.palette().color(QPalette.ColorRole.Highlight))
        else:
            painter.setPen(self.palette().color(QPalette.ColorRole.Window))
            painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Draft"))
        painter.end()
        return QIcon(pixmap)

    def _show_summary(self) -> None:
        seq = self._sequence
        gaps = seq.missing()
        if not seq.shots:
            self.summary.setText(self.tr("No shots yet. Add the composer's shot, or drag clips "
                                         "here from the gallery or the file manager."))
        else:
            self.summary.setText(self.tr("%1 shots · %2 s · %3 to generate").replace(
                "%1", str(len(seq.shots))).replace("%2", f"{seq.duration_s:.1f}").replace(
                "%3", str(len(gaps))))
        cost = missing_cost(seq)
        if cost.shots == 0:
            self.cost.setText(self.tr("Every shot has its clip.") if seq.shots else "")
        else:
            text = self.tr("Shots to generate: %1 · about %2 credits.").replace(
                "%1", str(cost.shots)).replace("%2", f"{cost.credits:,.1f}")
            if cost.unpriced:
                text += " " + self.tr("(%1 without a published price)").replace(
                    "%1", str(cost.unpriced))
            self.cost.setText(text)
        self.generate_button.setEnabled(bool(gaps) and not self._running)
        self.generate_button.setText(self.tr("Generating…") if self._running
                                     else self.tr("&Generate missing shots"))
        self.export_button.setEnabled(bool(seq.clips()) and not gaps)

    def _selected(self) -> tuple[int, Shot] | None:
        row = self.strip.currentRow()
        if 0 <= row < len(self._sequence.shots):
            return row, self._sequence.shots[row]
        return None

    def _show_selected(self) -> None:
        found = self._selected()
        self.duplicate_button.setEnabled(found is not None)
        self.remove_button.setEnabled(found is not None)
        linkable = found is not None and found[0] > 0 and found[1].is_draft
        self.link.setEnabled(linkable)
        self.link_label.setEnabled(linkable)
        link = found[1].link if found is not None else None
        self.link.setCurrentIndex(max(0, self.link.findData(link.kind.value if link else FRESH)))
        if found is None or found[0] == 0:
            hint = self.tr("The first shot starts from its own prompt.") if found else ""
        elif not found[1].is_draft:
            hint = self.tr("Generated: double-click it to play it, then set its in and out "
                           "points with I and O in the viewer.")
        elif link is not None and link.kind is LinkKind.CHOSEN_FRAME:
            hint = self.tr("Open the shot before in the viewer, stop on a frame and choose "
                           "“Use this frame”.")
        else:
            hint = ""
        self.link_hint.setText(hint)
        self.link_hint.setVisible(bool(hint))

    # -- slots --------------------------------------------------------------------------------

    def _on_strip_current_row_changed(self, _row: int) -> None:
        self._show_selected()

    def _on_strip_item_activated(self, item: QListWidgetItem) -> None:
        self.openShotRequested.emit(str(item.data(SHOT_ID_ROLE)))

    def _on_strip_move_requested(self, shot_id: str, to: int) -> None:
        index = self._sequence.index_of(shot_id)
        if to != index:
            self.edited.emit(self._sequence.move(index, to))
            self.strip.setCurrentRow(max(0, min(to, len(self._sequence.shots) - 1)))

    def _on_remove_clicked(self) -> None:
        if (found := self._selected()) is not None:
            self.edited.emit(self._sequence.remove(found[0]))

    def _on_duplicate_clicked(self) -> None:
        if (found := self._selected()) is not None:
            self.edited.emit(self._sequence.duplicate(found[0]))
            self.strip.setCurrentRow(found[0] + 1)

    def _on_link_activated(self, _index: int) -> None:
        found = self._selected()
        if found is None:
            return
        row, shot = found
        kind = str(self.link.currentData())
        previous = self._sequence.shots[row - 1]
        # The clip it starts from, when there is one: replaced by another take, the draft
        # says that its start changed.
        source = previous.clip.sha256 if previous.clip is not None else None
        link = None
        if kind == LinkKind.CHOSEN_FRAME.value:
            start = previous.out_s if previous.clip is not None else 0.0
            link = Continuity(kind=LinkKind.CHOSEN_FRAME, frame_time_s=max(0.0, start - 0.01),
                              source_sha256=source)
        elif kind:
            link = Continuity(kind=LinkKind(kind), source_sha256=source)
        self.edited.emit(self._sequence.replace(row, shot.model_copy(update={"link": link})))

    def _on_thumbnails_ready(self, key: str, _image: object) -> None:
        if any(s.clip is not None and s.clip.path == key for s in self._sequence.shots):
            self.show_sequence(self._sequence, self._progress, running=self._running)
