"""The media the user gave, per kind and in slot order, with what probing found."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from app.core.composer_rules import KINDS
from app.core.media_limits import MediaFacts, MediaKind
from app.services.media.inputs import MediaInput, is_url
from app.services.media.media_worker import MediaWorker, ProbeResult
from app.services.media.upload_state import UploadPhase, UploadState

_ids = itertools.count(1)


@dataclass
class MediaEntry:
    """One slot's content: a local file (probed in the background) or a URL."""

    kind: MediaKind
    source: str
    path: Path | None
    uid: str = field(default_factory=lambda: f"media-{next(_ids)}")
    facts: MediaFacts | None = None
    error: str | None = None
    thumbnail: QImage | None = None
    probing: bool = False
    upload: UploadState | None = None  # the last submit's upload of this file, if any

    @property
    def name(self) -> str:
        return self.path.name if self.path else self.source.rsplit("/", 1)[-1] or self.source

    def as_input(self) -> MediaInput:
        return MediaInput(self.kind, self.source, self.path, self.facts, key=self.uid)

    @property
    def refused(self) -> str | None:
        """Why the file service would not take this file, if it refused it."""
        up = self.upload
        return up.message if up is not None and up.phase is UploadPhase.REFUSED else None


class MediaBoard(QObject):
    """Holds every item; nothing is dropped when the model changes (the panel greys it).

    Signals: changed(object MediaKind) — items of that kind were added, removed, moved, probed
    or refused by the file service; uploadChanged(str uid) — that entry's upload progressed.
    """

    changed = Signal(object)
    uploadChanged = Signal(str)

    def __init__(self, worker: MediaWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._items: dict[MediaKind, list[MediaEntry]] = {k: [] for k in KINDS}
        self._worker.probed.connect(self._on_worker_probed)

    def entries(self, kind: MediaKind) -> list[MediaEntry]:
        return list(self._items[kind])

    def counts(self) -> dict[MediaKind, int]:
        return {k: len(v) for k, v in self._items.items()}

    def probing(self) -> bool:
        return any(e.probing for items in self._items.values() for e in items)

    def add(self, kind: MediaKind, source: str, index: int | None = None) -> MediaEntry:
        """Put a path or URL at `index` (the end by default) and start probing a file."""
        source = source.strip()
        if is_url(source):
            entry = MediaEntry(kind, source, None)
        else:
            entry = MediaEntry(kind, source, Path(source).expanduser(), probing=True)
        items = self._items[kind]
        items.insert(len(items) if index is None else max(0, min(index, len(items))), entry)
        if entry.path is not None:
            self._worker.probe(entry.uid, entry.path, kind)
        self.changed.emit(kind)
        return entry

    def remove(self, kind: MediaKind, index: int) -> None:
        items = self._items[kind]
        if 0 <= index < len(items):
            self._worker.cancel(items.pop(index).uid)
            self.changed.emit(kind)

    def move(self, kind: MediaKind, src: int, dst: int) -> None:
        items = self._items[kind]
        if src == dst or not (0 <= src < len(items)):
            return
        entry = items.pop(src)
        items.insert(max(0, min(dst, len(items))), entry)
        self.changed.emit(kind)

    def replace(self, kind: MediaKind, index: int, source: str) -> MediaEntry | None:
        """Put a path or URL in the place of the item at `index` (e.g. a URL for a refused
        file)."""
        items = self._items[kind]
        if not 0 <= index < len(items):
            return None
        self._worker.cancel(items.pop(index).uid)
        return self.add(kind, source, index)

    def find(self, uid: str) -> MediaEntry | None:
        return next((e for items in self._items.values() for e in items if e.uid == uid), None)

    def set_upload(self, uid: str, state: UploadState) -> None:
        """Record how the upload of an entry goes (a TaskQueue.submit `on_upload` callback)."""
        entry = self.find(uid)
        if entry is None:
            return  # removed while its upload ran
        was_refused = entry.refused is not None
        entry.upload = state
        self.uploadChanged.emit(uid)
        if was_refused or entry.refused is not None:
            self.changed.emit(entry.kind)  # a refusal is a problem of the slot

    def swap(self, kind: MediaKind, a: int, b: int) -> None:
        items = self._items[kind]
        if 0 <= a < len(items) and 0 <= b < len(items) and a != b:
            items[a], items[b] = items[b], items[a]
            self.changed.emit(kind)

    def clear(self, kind: MediaKind) -> None:
        for entry in self._items[kind]:
            self._worker.cancel(entry.uid)
        self._items[kind] = []
        self.changed.emit(kind)

    def _on_worker_probed(self, uid: str, result: ProbeResult) -> None:
        for kind, items in self._items.items():
            for entry in items:
                if entry.uid == uid:
                    entry.facts, entry.error = result.facts, result.error
                    entry.thumbnail, entry.probing = result.thumbnail, False
                    self.changed.emit(kind)
                    return
