"""The media strips of the current mode: fill by drop, paste, dialog or URL; reorder; remove."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.capabilities import Mode, ModelSpec
from app.core.catalog import MediaLimitsMsg
from app.core.composer_rules import (
    KINDS,
    Level,
    active_count,
    capacity,
    greyed_reason,
    kind_title,
    slot_title,
)
from app.core.media_limits import LIMITS, MediaKind
from app.core.messages import Message
from app.core.problems import Problem
from app.services.home import paths
from app.services.media.inputs import is_url
from app.services.media.media_worker import save_pasted_image
from app.services.media.probe import kind_for
from app.ui.composer import media_mime
from app.ui.composer.media_board import MediaBoard, MediaEntry
from app.ui.composer.media_strip import MediaStrip, SlotView
from app.ui.composer.style import set_level
from app.ui.dialogs.modal import open_modal
from app.ui.messages import render


class MediaArea(QWidget):
    """Signals: notice(str) — a one-line note about where dropped media went."""

    notice = Signal(str)

    def __init__(self, board: MediaBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._board = board
        self.strips = {kind: MediaStrip(kind) for kind in KINDS}
        self.message = QLabel()
        self.quota = QLabel()  # "97 of 100 uploads left": a changing value, no fixed name
        self._quota_text = ""
        self._quota_refusal = ""
        self._spec: ModelSpec | None = None
        self._replacing: dict[MediaKind, str] = {}  # the entry a typed URL will replace
        self._paste = QShortcut(QKeySequence.StandardKey.Paste, self)
        self._setup_ui()
        self._paste.activated.connect(self._on_paste_activated)
        self._board.uploadChanged.connect(self._on_board_uploadChanged)
        self._board.changed.connect(self._on_board_changed)
        for strip in self.strips.values():
            strip.dropped.connect(self._on_strip_dropped)
            strip.removeRequested.connect(self._on_strip_removeRequested)
            strip.browseRequested.connect(self._on_strip_browseRequested)
            strip.urlEntered.connect(self._on_strip_urlEntered)
            strip.urlRequested.connect(self._on_strip_urlRequested)
            strip.swapRequested.connect(self._on_strip_swapRequested)

    def _setup_ui(self) -> None:
        self._paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.message.setWordWrap(True)
        self.message.hide()
        set_level(self.message, Level.ERROR)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for strip in self.strips.values():
            layout.addWidget(strip)
        self.quota.setWordWrap(True)
        self.quota.hide()
        layout.addWidget(self.quota)
        layout.addWidget(self.message)

    def refresh(self, spec: ModelSpec, problems: Sequence[Problem]) -> None:
        """Lay the strips out for `spec`, with each problem on the slot or strip it concerns."""
        self._spec = spec
        for kind, strip in self.strips.items():
            entries = self._board.entries(kind)
            span = capacity(spec, kind)
            fixed = 2 if spec.mode is Mode.IMAGE and kind is MediaKind.IMAGE else 0
            room = span.allowed and len(entries) < span.hi
            count = max(fixed, len(entries) + (1 if room and not fixed else 0))
            views: list[SlotView] = []
            for i in range(count):
                entry = entries[i] if i < len(entries) else None
                mine = [p.message for p in problems if p.field == kind.field and p.index == i]
                if entry is not None and entry.error:
                    mine.insert(0, entry.error)
                # The probe's error also comes back among the request's problems: say it once.
                shown = list(dict.fromkeys(
                    _without_name(m, entry.name) if entry is not None else render(m)
                    for m in mine))
                greyed = greyed_reason(spec, kind, i) if entry else None
                views.append(SlotView(render(slot_title(spec, kind, i)), entry,
                                      render(greyed) if greyed else None, shown))
            strip_msgs = [render(p) for p in problems if p.field == kind.field and p.index is None]
            strip.setVisible(bool(span.allowed or entries))
            folded = next((v.greyed for v in views if v.greyed), None)
            strip.set_folded(folded if not span.allowed and entries else None)
            strip.show_slots(views, capacity=span.hi, can_add=room,
                             swap=bool(fixed) and len(entries) >= 2, messages=strip_msgs)
            target = self._target(kind)
            strip.set_url_target(target.name if target is not None else None)
        general = [render(p) for p in problems if p.field == "media"]
        self.message.setText("\n".join(general))
        self.message.setVisible(bool(general))
        self.setVisible(any(s.isVisibleTo(self) for s in self.strips.values()))
        self._show_quota()

    def add_sources(self, kind: MediaKind, sources: Sequence[str], index: int = -1) -> None:
        """Add paths/URLs; a file of another kind goes to its own strip, and says so."""
        at = None if index < 0 else index
        for src in sources:
            own = kind_for(Path(src.split("?")[0])) or kind
            if own is not kind:
                self.notice.emit(self.tr("%1 was added to %2").replace(
                    "%1", Path(src).name).replace("%2", render(kind_title(own))))
            self._board.add(own, src, at if own is kind else None)
            if at is not None and own is kind:
                at += 1

    def _on_strip_dropped(self, kind: MediaKind, index: int, mime: QMimeData) -> None:
        dragged = media_mime.slot_drag(mime)
        if dragged is not None:
            if dragged[0] == kind.value:
                end = len(self._board.entries(kind)) - 1
                self._board.move(kind, dragged[1], end if index < 0 else index)
            return
        found = media_mime.sources(mime)
        if not found and mime.hasImage():
            saved = self._save_image(mime)
            if saved is None:
                return
            found = [str(saved)]
        self.add_sources(kind, found, index)

    def _save_image(self, mime: QMimeData) -> Path | None:
        """The pasted or dropped image as a file in the cache folder; None (and said) when it
        cannot be written there."""
        image = QImage(mime.imageData())
        try:
            return save_pasted_image(image, paths.cache_path() / "pasted")
        except OSError as exc:
            self.notice.emit(self.tr("The image could not be kept to send: %1")
                             .replace("%1", exc.strerror or str(exc)))
            return None

    def _on_paste_activated(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not media_mime.accepts(mime):
            self.notice.emit(self.tr("The clipboard holds no image, file or URL to add"))
            return
        kind = self._focused_kind()
        self._on_strip_dropped(kind, -1, mime)

    def _focused_kind(self) -> MediaKind:
        focus = QGuiApplication.focusObject()
        for kind, strip in self.strips.items():
            if isinstance(focus, QWidget) and strip.isAncestorOf(focus):
                return kind
        spec = self._spec
        return next((k for k in KINDS if spec and capacity(spec, k).allowed), MediaKind.IMAGE)

    def _on_strip_removeRequested(self, kind: MediaKind, index: int) -> None:
        self._board.remove(kind, index)
        slots = self.strips[kind].slots
        if slots:
            slots[min(index, len(slots) - 1)].setFocus()

    def _on_strip_browseRequested(self, kind: MediaKind, index: int) -> None:
        from PySide6.QtWidgets import QFileDialog  # its type is built at first use: not at start

        lim = LIMITS[kind]
        pattern = " ".join(f"*{ext}" for ext in sorted(lim.extensions))
        title = {MediaKind.IMAGE: self.tr("Add image"), MediaKind.VIDEO: self.tr("Add video"),
                 MediaKind.AUDIO: self.tr("Add audio")}[kind]
        dialog = QFileDialog(self, title, "", f"{render(kind_title(kind))} ({pattern});;"
                             + self.tr("All files (*)"))
        dialog.setObjectName("add-media")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        open_modal(dialog, on_accepted=lambda: self.add_sources(kind, dialog.selectedFiles(),
                                                                index))

    def offer_url(self, kind: MediaKind, uid: str | None = None) -> None:
        """Move focus to the strip's URL field, ready to replace entry `uid` (a refused file)."""
        entry = self._board.find(uid) if uid else None
        if entry is not None and entry.kind is kind:
            self._replacing[kind] = entry.uid
        strip = self.strips[kind]
        strip.set_url_target(entry.name if entry is not None else None)
        strip.url.setFocus(Qt.FocusReason.OtherFocusReason)
        strip.url.selectAll()

    def _target(self, kind: MediaKind) -> MediaEntry | None:
        uid = self._replacing.get(kind)
        entry = self._board.find(uid) if uid else None
        if entry is None:
            self._replacing.pop(kind, None)
        return entry

    def _on_strip_urlEntered(self, kind: MediaKind, text: str) -> None:
        strip = self.strips[kind]
        if not is_url(text):  # left in the field, so nothing typed is lost
            self.notice.emit(self.tr("“%1” is not an http(s) URL; local files can be dropped "
                                     "or browsed").replace("%1", text))
            return
        strip.url.clear()
        target = self._target(kind)
        if target is None:
            self.add_sources(kind, [text])
            return
        self._replacing.pop(kind, None)
        strip.set_url_target(None)
        self._board.replace(kind, self._board.entries(kind).index(target), text)

    def _on_strip_urlRequested(self, kind: MediaKind, index: int) -> None:
        entries = self._board.entries(kind)
        if 0 <= index < len(entries):
            self.offer_url(kind, entries[index].uid)

    def _on_board_uploadChanged(self, uid: str) -> None:
        entry = self._board.find(uid)
        slot = self.strips[entry.kind].slot_of(uid) if entry is not None else None
        if entry is not None and slot is not None:
            slot.show_upload(entry.upload)
            self.strips[entry.kind].fit_height()

    def _on_strip_swapRequested(self, kind: MediaKind) -> None:
        self._board.swap(kind, 0, 1)

    def active_counts(self) -> dict[MediaKind, int]:
        spec = self._spec
        counts = self._board.counts()
        return {k: active_count(spec, k, n) if spec else n for k, n in counts.items()}

    # -- the file service's upload quota (issue 21 item 5) ----------------------------------

    def show_upload_quota(self, text: str) -> None:
        """How many uploads the file service still takes; shown while local files are in."""
        self._quota_text = text
        self._show_quota()

    def show_quota_refusal(self, text: str) -> None:
        """A submission was refused for the quota; shown until the media change."""
        self._quota_refusal = text
        self._show_quota()

    def _show_quota(self) -> None:
        local = any(e.path is not None for k in KINDS for e in self._board.entries(k))
        self.quota.setText(self._quota_refusal or self._quota_text)
        self.quota.setVisible(bool(self._quota_refusal or (self._quota_text and local)))
        set_level(self.quota, Level.ERROR if self._quota_refusal else Level.OK)

    def _on_board_changed(self, _kind: object) -> None:
        self._quota_refusal = ""
        self._show_quota()


def _without_name(text: str, name: str) -> str:
    """A slot's problem without the "x.png: " its card already shows above it."""
    if isinstance(text, Message) and text.id is MediaLimitsMsg.FILE_PROBLEM \
            and text.params.get("name") == name:
        return render(text.params["problem"])
    return render(text).removeprefix(f"{name}: ")
