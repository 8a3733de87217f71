"""A numbered strip of slots for one kind of media, with add, URL entry and swap."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.composer_rules import Level, kind_title
from app.core.media_limits import MediaKind
from app.ui.composer import media_mime
from app.ui.composer.media_board import MediaEntry
from app.ui.composer.media_slot import CARD, MediaSlot
from app.ui.composer.style import set_level
from app.ui.icons import icon
from app.ui.labels import plain_label
from app.ui.messages import render
from app.ui.screen_reader import name_clear_button


@dataclass(frozen=True)
class SlotView:
    """What one slot shows: computed by the panel from the board and the composer rules."""

    title: str
    entry: MediaEntry | None
    greyed: str | None = None
    problems: list[str] = field(default_factory=list)


class MediaStrip(QWidget):
    """Signals: dropped(object kind, int index or -1 for the end, QMimeData);
    removeRequested(object kind, int index); browseRequested(object kind, int index or -1);
    urlRequested(object kind, int index) — a URL in place of that slot's refused file;
    urlEntered(object kind, str); swapRequested(object kind)."""

    dropped = Signal(object, int, QMimeData)
    removeRequested = Signal(object, int)
    browseRequested = Signal(object, int)
    urlRequested = Signal(object, int)
    urlEntered = Signal(object, str)
    swapRequested = Signal(object)

    def __init__(self, kind: MediaKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.heading = QLabel(render(kind_title(kind)))
        self.count = QLabel()
        self.url_label = QLabel({MediaKind.IMAGE: self.tr("Image &URL"),
                                 MediaKind.VIDEO: self.tr("Video U&RL"),
                                 MediaKind.AUDIO: self.tr("Audio UR&L")}[kind])
        self.url = QLineEdit()
        self.add = QToolButton()
        self.swap = QToolButton()
        self.message = QLabel()
        self.reason = QLabel()  # why the slots are folded away (another mode's media)
        self._url_row = QWidget()
        self.slots: list[MediaSlot] = []
        self._row = QHBoxLayout()
        self._scroll = QScrollArea()
        self._setup_ui()
        self.url.returnPressed.connect(self._on_url_returnPressed)
        self.add.clicked.connect(lambda: self.browseRequested.emit(self.kind, -1))
        self.swap.clicked.connect(lambda: self.swapRequested.emit(self.kind))

    def _setup_ui(self) -> None:
        self.setAcceptDrops(True)
        font = self.heading.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.url_label.setBuddy(self.url)
        self.url.setAccessibleName(plain_label(self.url_label.text()))
        self.url.setPlaceholderText(self._url_hint())
        self.url.setClearButtonEnabled(True)
        name_clear_button(self.url)
        self.add.setText({MediaKind.IMAGE: self.tr("Add image…"),
                          MediaKind.VIDEO: self.tr("Add video…"),
                          MediaKind.AUDIO: self.tr("Add audio…")}[self.kind])
        self.add.setAccessibleName(self.add.text())
        self.swap.setAccessibleName(self.tr("Swap frames"))
        self.swap.setToolTip(self.tr("Exchange the first and the last frame"))
        self.swap.hide()
        self.message.setWordWrap(True)
        self.message.hide()
        set_level(self.message, Level.ERROR)
        self.add.setIcon(icon({MediaKind.IMAGE: "add-image", MediaKind.VIDEO: "add-video",
                               MediaKind.AUDIO: "add-audio"}[self.kind]))
        self.add.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.swap.setIcon(icon("swap"))
        self.swap.setText(self.tr("Swap frames"))
        self.swap.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.reason.setWordWrap(True)
        self.reason.hide()
        set_level(self.reason, Level.WARN)
        # Two rows: heading and buttons, then the URL field (the column is narrow).
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.heading)
        head.addWidget(self.count)
        head.addStretch(1)
        head.addWidget(self.swap)
        head.addWidget(self.add)
        self._url_row.setParent(None)
        url_row = QHBoxLayout(self._url_row)
        url_row.setContentsMargins(0, 0, 0, 0)
        url_row.setSpacing(8)
        url_row.addWidget(self.url_label)
        url_row.addWidget(self.url, 1)
        inner = QWidget()
        inner.setAcceptDrops(False)
        self._row.setParent(None)
        inner.setLayout(self._row)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(8)
        self._row.addStretch(1)
        self._scroll.setWidget(inner)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setMinimumHeight(CARD.height() + 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.reason)
        layout.addWidget(self._url_row)
        layout.addWidget(self._scroll)
        layout.addWidget(self.message)

    def show_slots(self, views: Sequence[SlotView], *, capacity: int, can_add: bool,
                   swap: bool, messages: Sequence[str] = ()) -> None:
        """Show `views` in order; cards are reused by position so focus survives a refresh."""
        while len(self.slots) > len(views):
            self.slots.pop().deleteLater()
        for i, view in enumerate(views):
            if i < len(self.slots) and self.slots[i].title.text() != view.title:
                old = self.slots[i]
                self.slots[i] = self._make_slot(i, view.title)
                self._row.replaceWidget(old, self.slots[i])
                old.deleteLater()
            elif i >= len(self.slots):
                self.slots.append(self._make_slot(i, view.title))
                self._row.insertWidget(i, self.slots[i])
            self.slots[i].set_entry(view.entry, view.greyed, view.problems)
        filled = sum(1 for v in views if v.entry is not None)
        self.count.setText(self.tr("%1 of %2").replace("%1", str(filled)).replace(
            "%2", str(capacity)) if capacity else self.tr("not used by this model"))
        for widget in (self.add, self.url, self.url_label):
            widget.setEnabled(can_add)
        self.swap.setVisible(swap)
        self.fit_height()
        self.message.setText("\n".join(messages))
        self.message.setVisible(bool(messages))

    def set_folded(self, reason: str | None) -> None:
        """Media this mode does not use: one line with why, the slots and the URL field away
        (so they do not push the pickers out of view); None shows them again."""
        self.reason.setText(reason or "")
        self.reason.setVisible(reason is not None)
        self._url_row.setVisible(reason is None)
        self._scroll.setVisible(reason is None)
        self.add.setVisible(reason is None)

    def fit_height(self) -> None:
        """Make room for the tallest card (a long problem, an upload line): none is cut off."""
        tallest = max((s.heightForWidth(CARD.width()) for s in self.slots), default=0)
        self._scroll.setMinimumHeight(max(CARD.height(), tallest) + 4)

    def set_url_target(self, name: str | None) -> None:
        """Let the URL field take a link in place of the file `name` (None: back to adding)."""
        self.url.setPlaceholderText(self.tr("A URL for %1, then Enter").replace("%1", name)
                                    if name else self._url_hint())
        if name:
            for widget in (self.url, self.url_label):
                widget.setEnabled(True)  # even when the strip is full: it replaces, not adds

    def _url_hint(self) -> str:
        return self.tr("https://… then Enter")

    def slot_of(self, uid: str) -> MediaSlot | None:
        return next((s for s in self.slots if s.entry is not None and s.entry.uid == uid), None)

    def _make_slot(self, index: int, title: str) -> MediaSlot:
        slot = MediaSlot(self.kind, index, title)
        slot.removeRequested.connect(lambda: self.removeRequested.emit(self.kind, slot.index))
        slot.urlRequested.connect(lambda: self.urlRequested.emit(self.kind, slot.index))
        slot.browseRequested.connect(lambda: self.browseRequested.emit(self.kind, slot.index))
        slot.dropped.connect(lambda mime: self.dropped.emit(self.kind, slot.index, mime))
        return slot

    def _on_url_returnPressed(self) -> None:
        text = self.url.text().strip()
        if text:
            self.urlEntered.emit(self.kind, text)  # the area clears the field once accepted

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if media_mime.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.dropped.emit(self.kind, -1, event.mimeData())
        event.acceptProposedAction()
