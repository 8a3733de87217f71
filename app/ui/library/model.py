"""Saved clips as a lazy Qt list model: pages fetched as the view scrolls, thumbnails on paint."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap

from app.core.capabilities import MODELS
from app.services.library import PAGE_SIZE, ClipLibrary, LibraryQuery
from app.services.store_schema import TaskRecord
from app.services.thumbnails import ThumbnailCache
from app.ui.labels import model_label

Index = QModelIndex | QPersistentModelIndex
TITLE_CHARS: Final = 60
ICONS_KEPT: Final = 1024  # icons wrap the cache's images; rebuilt past this (cheap)


def excerpt(prompt: str, limit: int = TITLE_CHARS) -> str:
    text = " ".join(prompt.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class LibraryModel(QAbstractListModel):
    """One row per saved clip of `query`, newest or oldest first; `PAGE_SIZE` rows per fetch.

    Roles: RecordRole (TaskRecord), PathRole (Path of the clip), SortRole (created_at),
    FavouriteRole (bool). DecorationRole asks the thumbnail cache, so only painted rows make
    thumbnails. Rows drag out as file URLs, for other applications to take the clips.
    """

    RecordRole: Final = Qt.ItemDataRole.UserRole + 1
    PathRole: Final = Qt.ItemDataRole.UserRole + 2
    SortRole: Final = Qt.ItemDataRole.UserRole + 3
    FavouriteRole: Final = Qt.ItemDataRole.UserRole + 4

    def __init__(self, library: ClipLibrary, thumbnails: ThumbnailCache,
                 parent: Any = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._library = library
        self._thumbnails = thumbnails
        self._page_size = page_size
        self._query = LibraryQuery()
        self._records: list[TaskRecord] = []
        self._rows_by_path: dict[str, list[int]] = {}
        self._total = 0
        self._icons: dict[str, QIcon] = {}
        blank = QPixmap(QSize(160, 90))
        blank.fill(QColor("#3a3a3a"))
        self._placeholder = QIcon(blank)
        thumbnails.thumbnailReady.connect(self._on_thumbnails_ready)

    # --- queries -------------------------------------------------------------------------------

    @property
    def query(self) -> LibraryQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many clips match the query (rowCount is how many are loaded so far)."""
        return self._total

    def set_query(self, query: LibraryQuery) -> None:
        """Start over with `query`: count its matches and load the first page only."""
        self.beginResetModel()
        self._query = query
        self._records = []
        self._rows_by_path = {}
        self._icons = {}
        self._total = self._library.count(query)
        self._append(self._library.page(query, 0, self._page_size))
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._records) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._library.page(self._query, len(self._records), self._page_size)
        if not page:
            self._total = len(self._records)  # rows went away since the count
            return
        first = len(self._records)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._append(page)
        self.endInsertRows()

    def _append(self, page: list[TaskRecord]) -> None:
        for record in page:
            self._rows_by_path.setdefault(str(record.file_path), []).append(len(self._records))
            self._records.append(record)

    # --- data ----------------------------------------------------------------------------------

    def record_at(self, row: int) -> TaskRecord:
        return self._records[row]

    def row_of(self, local_id: str) -> int | None:
        """The loaded row of a record, if any (a linear scan of the loaded pages only)."""
        for row, record in enumerate(self._records):
            if record.local_id == local_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        rec = self._records[index.row()]
        path = Path(rec.file_path or "")
        if role == self.RecordRole:
            return rec
        if role == self.PathRole:
            return path
        if role == self.SortRole:
            return rec.created_at
        if role == self.FavouriteRole:
            return rec.favourite
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return excerpt(rec.request.prompt) or path.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(path)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            lines = [rec.request.prompt, self._details(rec), path.name]
            if rec.favourite:
                lines.append(self.tr("★ Favourite"))
            return "\n".join(lines)
        return None

    # --- dragging out ----------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def supportedDragActions(self) -> Qt.DropAction:
        # Copy only: a drop elsewhere must never take the clip away from the library.
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def mimeData(self, indexes: Any) -> QMimeData:
        """File URLs of the dragged clips, once each, in row order."""
        rows = sorted({i.row() for i in indexes if i.isValid() and i.row() < len(self._records)})
        mime = QMimeData()
        urls = [QUrl.fromLocalFile(str(self._records[r].file_path)) for r in rows
                if self._records[r].file_path]
        mime.setUrls(urls)
        mime.setText("\n".join(url.toLocalFile() for url in urls))
        return mime

    def _icon(self, path: Path) -> QIcon:
        """A QIcon (scaled to the view's icon size by the delegate), made once per thumbnail."""
        key = str(path)
        icon = self._icons.get(key)
        if icon is None:
            image = self._thumbnails.request(path)
            if image is None:
                return self._placeholder
            if len(self._icons) >= ICONS_KEPT:
                self._icons.clear()
            icon = self._icons[key] = QIcon(QPixmap.fromImage(image))
        return icon

    def _details(self, rec: TaskRecord) -> str:
        req = rec.request
        spec = MODELS.get(req.model)
        model = model_label(spec) if spec is not None else req.model
        seconds = self.tr("%1 s").replace("%1", str(req.duration))
        return " · ".join((model, req.quality, req.aspect_ratio, seconds))

    def _on_thumbnails_ready(self, clip: str, _image: QImage) -> None:
        self._icons.pop(clip, None)
        for row in self._rows_by_path.get(clip, ()):
            idx = self.index(row)
            self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])
