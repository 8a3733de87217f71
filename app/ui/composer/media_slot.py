"""One media slot card: thumbnail, probed facts, upload state, problems, remove, reorder."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.composer_rules import Level
from app.core.media_limits import MediaFacts, MediaKind
from app.services.media.upload_state import UploadPhase, UploadState
from app.ui.composer import media_mime
from app.ui.composer.media_board import MediaEntry
from app.ui.composer.style import set_level
from app.ui.messages import render
from app.ui.screen_reader import value_label

# A compact strip of thumbnails: the composer is a column of about 440 px.
CARD = QSize(128, 150)
THUMB = QSize(112, 63)


def facts_text(facts: MediaFacts) -> str:
    """"1.2 MB · 1280×720 · 4.0 s · 24 fps": what probing measured, in the units people read."""
    import humanize  # ~6 ms to import: at the first file dropped, not with the window

    parts: list[str] = []
    if facts.size_bytes is not None:
        parts.append(humanize.naturalsize(facts.size_bytes))
    if facts.width and facts.height:
        parts.append(f"{facts.width}×{facts.height}")
    if facts.duration_s is not None:
        parts.append(f"{facts.duration_s:.1f} s")
    if facts.fps:
        parts.append(f"{facts.fps:g} fps")
    return " · ".join(parts)


def upload_text(state: UploadState, now: float) -> str:
    """One line for the card: "Uploading 42 %", "✓ Uploaded · link valid 72 h", …"""
    translate = QCoreApplication.translate
    valid = ""
    if state.expires_at is not None:
        valid = " · " + translate("MediaSlot", "valid %1 h").replace(
            "%1", str(max(0, round((state.expires_at - now) / 3600))))
    phase = state.phase
    if phase is UploadPhase.PREPARING:
        return translate("MediaSlot", "Preparing upload…")
    if phase is UploadPhase.UPLOADING:
        return translate("MediaSlot", "Uploading %1%").replace("%1", str(state.percent or 0))
    if phase is UploadPhase.UPLOADED:
        return "✓ " + translate("MediaSlot", "Uploaded") + valid
    if phase is UploadPhase.REUSED:
        return "✓ " + translate("MediaSlot", "Already uploaded") + valid
    if phase is UploadPhase.REFUSED:
        return translate("MediaSlot", "Not uploaded")
    return translate("MediaSlot", "Upload failed · Generate tries again")


class MediaSlot(QFrame):
    """A filled or empty slot of one strip.

    Signals: removeRequested(); browseRequested(); urlRequested() — give a URL in place of a
    file the service refused; dropped(QMimeData) — files, URLs or a slot dragged onto this one.
    """

    removeRequested = Signal()
    browseRequested = Signal()
    urlRequested = Signal()
    dropped = Signal(QMimeData)

    def __init__(self, kind: MediaKind, index: int, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.index = kind, index
        self.entry: MediaEntry | None = None
        self.greyed: str | None = None
        self.title = QLabel(title)
        self.thumb = QLabel()
        self.name = QLabel()
        self.facts = QLabel()
        self.problem = QLabel()
        self.upload_bar = QProgressBar()
        self.upload_state = QLabel()
        self.use_url = QToolButton()
        self.remove = QToolButton()
        self.browse = QToolButton()
        self._press: QPoint | None = None
        self._setup_ui()
        self.remove.clicked.connect(self.removeRequested)
        self.browse.clicked.connect(self.browseRequested)
        self.use_url.clicked.connect(self.urlRequested)
        self.set_entry(None)

    def _setup_ui(self) -> None:
        self.setObjectName("mediaSlot")
        self.setFixedWidth(CARD.width())
        self.setMinimumHeight(CARD.height())
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setAccessibleName(self.title.text())
        bold = self.title.font()
        bold.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(bold)
        self.thumb.setFixedSize(THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setObjectName("slotThumb")
        small = self.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        for label in (self.name, self.facts, self.problem, self.upload_state):
            label.setFont(small)
            label.setWordWrap(True)
        self.upload_bar.setRange(0, 100)
        self.upload_bar.setTextVisible(False)
        self.upload_bar.setFixedHeight(4)
        title, lower = self.title.text(), self.title.text().lower()
        self.upload_bar.setAccessibleName(self.tr("%1 upload progress").replace("%1", title))
        value_label(self.upload_state, self.tr("%1 upload").replace("%1", title))
        self.use_url.setText(self.tr("Use a URL instead…"))
        self.use_url.setAccessibleName(self.tr("Give a URL for %1").replace("%1", lower))
        self.use_url.setToolTip(self.tr("The file service did not take this file: paste a "
                                        "link to it"))
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        value_label(self.problem, self.tr("%1 problems").replace("%1", title))
        # QStyle's Python type (all its enums, ~15 ms) is built here, with the first card,
        # not when the composer's modules load before the window is ready.
        from PySide6.QtWidgets import QStyle

        self.remove.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.remove.setAutoRaise(True)
        self.remove.setAccessibleName(self.tr("Remove %1").replace("%1", lower))
        self.remove.setToolTip(self.tr("Remove %1 (Delete)").replace("%1", lower))
        self.browse.setText(self.tr("Browse…"))
        self.browse.setAccessibleName(self.tr("Browse for %1").replace("%1", lower))
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.thumb)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        layout.addWidget(self.browse, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.upload_bar)
        layout.addWidget(self.upload_state)
        layout.addWidget(self.problem)
        layout.addWidget(self.use_url, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def set_entry(self, entry: MediaEntry | None, greyed: str | None = None,
                  problems: list[str] | None = None) -> None:
        self.entry, self.greyed = entry, greyed
        empty = entry is None
        self.remove.setVisible(not empty)
        self.browse.setVisible(empty)
        self.name.setVisible(not empty)
        self.setProperty("empty", empty)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#mediaSlot { border: 1px dashed palette(mid); border-radius: 6px; }"
                           if empty else
                           "#mediaSlot { border: 1px solid palette(mid); border-radius: 6px; "
                           "background: palette(base); }")
        self._show_thumb(entry)
        if entry is None:
            self.name.clear()
            self.facts.setText(self.tr("Drop a file or paste a URL"))
        else:
            self.name.setText(entry.name)
            self.name.setToolTip(entry.source)
            if entry.probing:
                self.facts.setText(self.tr("Checking…"))
            elif entry.facts is not None:
                self.facts.setText(facts_text(entry.facts))
            else:
                self.facts.setText(self.tr("URL · checked by the server")
                                   if entry.path is None else "")
        lines = list(problems or [])
        if greyed:
            self.problem.setText(greyed)
            set_level(self.problem, Level.WARN)
        else:
            self.problem.setText("\n".join(lines))
            set_level(self.problem, Level.ERROR)
        self.problem.setVisible(bool(self.problem.text()))
        self.problem.setToolTip(self.problem.text())
        self.show_upload(entry.upload if entry is not None else None)
        if greyed:
            effect = QGraphicsOpacityEffect(self)
            effect.setOpacity(0.55)
            self.setGraphicsEffect(effect)
        elif self.graphicsEffect() is not None:
            self.setGraphicsEffect(None)  # type: ignore[arg-type]  # None removes the effect

    def show_upload(self, state: UploadState | None) -> None:
        """The upload of this slot's file: progress while it goes, then how it went."""
        phase = state.phase if state is not None else None
        line = upload_text(state, time.time()) if state is not None else ""
        if phase is UploadPhase.REFUSED:
            line = ""  # the reason is among the slot's problems, in red
        self.upload_bar.setVisible(phase in (UploadPhase.PREPARING, UploadPhase.UPLOADING))
        self.upload_bar.setValue((state.percent or 0) if state is not None else 0)
        self.upload_state.setText(line)
        self.upload_state.setVisible(bool(line))
        self.upload_state.setToolTip(render(state.message) if state is not None else "")
        set_level(self.upload_state, Level.WARN if phase is UploadPhase.FAILED else Level.OK)
        self.use_url.setVisible(phase is UploadPhase.REFUSED and not self.greyed)
        self.setAccessibleDescription(" ".join(filter(None, (
            self.name.text(), self.facts.text(), line, self.problem.text()))))

    def _show_thumb(self, entry: MediaEntry | None) -> None:
        # A picture, not text: its name says whose it is.
        self.thumb.setAccessibleName(
            self.tr("Preview of %1").replace("%1", entry.name) if entry is not None
            else self.tr("%1: empty").replace("%1", self.title.text()))
        if entry is not None and entry.thumbnail is not None:
            pixmap = QPixmap.fromImage(entry.thumbnail)
            ratio = self.devicePixelRatioF()
            pixmap = pixmap.scaled(THUMB * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
            pixmap.setDevicePixelRatio(ratio)
            self.thumb.setPixmap(pixmap)
            return
        from PySide6.QtWidgets import QStyle

        icon = {MediaKind.IMAGE: QStyle.StandardPixmap.SP_FileIcon,
                MediaKind.VIDEO: QStyle.StandardPixmap.SP_MediaPlay,
                MediaKind.AUDIO: QStyle.StandardPixmap.SP_MediaVolume}[self.kind]
        mode = QIcon.Mode.Normal if entry is not None else QIcon.Mode.Disabled
        self.thumb.setPixmap(self.style().standardIcon(icon).pixmap(QSize(32, 32), mode))

    # Qt overrides: keyboard removal, drag to reorder, drops.
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.entry is not None:
            self.removeRequested.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) \
                and self.entry is None:
            self.browseRequested.emit()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.entry is not None:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        moved = (event.position().toPoint() - self._press).manhattanLength()
        if moved < QApplication.startDragDistance():
            return
        self._press = None
        mime = QMimeData()
        mime.setData(media_mime.SLOT_MIME, f"{self.kind.value}:{self.index}".encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.grab().scaledToWidth(96))
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if media_mime.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.dropped.emit(event.mimeData())
        event.acceptProposedAction()
