"""Saved clips as a lazy Qt list model: pages read ahead in a worker thread as the view
scrolls, thumbnails on paint at the tiles' size."""

from __future__ import annotations

import logging
import sqlite3
from collections import OrderedDict
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QStringListModel,
    Qt,
    QUrl,
)
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from shiboken6 import isValid

from app.services.clips.library import PAGE_SIZE, ClipLibrary, ClipRow, LibraryQuery
from app.services.clips.thumbnails import ThumbnailCache
from app.services.media.media_worker import Executor, SyncExecutor
from app.services.tasks.store_schema import TaskRecord
from app.ui.labels import request_summary

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
TITLE_CHARS: Final = 60
# Icons of the tiles painted last (a 4K screen of tiles and more): each holds its thumbnail at
# the tile's size (~107 KB at 220 px, the cache's pixels shared while both hold them), so the
# oldest go first and memory stays flat however long the scroll.
ICONS_KEPT: Final = 320
RECORDS_KEPT: Final = 64  # full records read for the selection, kept until the next query


def excerpt(prompt: str, limit: int = TITLE_CHARS) -> str:
    text = " ".join(prompt.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class LibraryModel(QStringListModel):
    """One row per saved clip of `query`, newest or oldest first; `PAGE_SIZE` rows per fetch.

    The model keeps light rows (ClipRow: plain values), never the full records, so Python's
    garbage collector has little to walk with 10,000 rows loaded; `record_at` reads the full
    TaskRecord of a row from the store when asked.

    The next page is read ahead by `pages` (a worker thread in the panel; at once by default)
    as soon as the one before it is shown, so the view's fetchMore at the end of the list
    inserts rows already read instead of querying on the UI thread; should it come first, the
    page is inserted when it lands.

    A QStringListModel of empty strings only for its row count, kept in C++: a list view's
    layout, redone for every row after each insert, asks the row count once or twice per row,
    and a Python rowCount made that 30–150 ms at 10,000 rows. Every role is served here;
    the strings are never shown, and no row is editable.

    Roles: RecordRole (TaskRecord), PathRole (Path of the clip),
    FavouriteRole (bool), SetRole (str set id or None), BadgeRole ("Take 2/4" or "").
    DecorationRole asks the thumbnail cache, so only painted rows make
    thumbnails. Rows drag out as file URLs, for other applications to take the clips.
    """

    RecordRole: Final = Qt.ItemDataRole.UserRole + 1
    PathRole: Final = Qt.ItemDataRole.UserRole + 2
    FavouriteRole: Final = Qt.ItemDataRole.UserRole + 4
    SetRole: Final = Qt.ItemDataRole.UserRole + 5  # the take set's id, or None
    BadgeRole: Final = Qt.ItemDataRole.UserRole + 6  # "Take 2/4" for a set's clip, else ""

    def __init__(self, library: ClipLibrary, thumbnails: ThumbnailCache,
                 parent: Any = None, *, page_size: int = PAGE_SIZE,
                 pages: Executor | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._thumbnails = thumbnails
        self._page_size = page_size
        self._pages = pages or SyncExecutor()
        self._query = LibraryQuery()
        self._rows: list[ClipRow] = []
        self._row_of_path: dict[str, int] = {}
        self._more_rows_of_path: dict[str, list[int]] = {}  # the same file listed twice: rare
        self._row_of_id: dict[str, int] = {}
        self._records: OrderedDict[str, TaskRecord] = OrderedDict()
        self._total = 0
        self._generation = 0  # of the query: a page read for an older one is dropped
        self._ahead: list[ClipRow] | None = None  # the next page, read before it is asked for
        self._reading = False  # a page is being read
        self._wanted = False  # the view asked for more rows while it was
        self._icons: OrderedDict[str, QIcon] = OrderedDict()
        self._thumb_size: QSize | None = None  # device pixels; None: the cache's own size
        self._thumb_ratio = 1.0
        self._placeholder = self._blank(QSize(160, 90), 1.0)
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
        """Start over with `query`: load the first page only, and count the matches unless
        that page already holds them all (a search with few hits reads its rows once); the
        second page is then read ahead."""
        first = self._library.rows(query, None, self._page_size)
        total = len(first) if len(first) < self._page_size else self._library.count(query)
        self._generation += 1
        self._ahead, self._reading, self._wanted = None, False, False
        self._query = query
        self._rows = []
        self._row_of_path, self._more_rows_of_path, self._row_of_id = {}, {}, {}
        self._records.clear()
        self._icons.clear()
        self._total = total
        self._append(first)
        # The reset (modelAboutToBeReset, modelReset) with the row count in C++.
        self.setStringList([""] * len(first))
        self._read_ahead()

    def refresh(self) -> None:
        self.set_query(self._query)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """The page read ahead, at once; else it is inserted when read."""
        if parent.isValid() or not self._rows:
            return
        if self._ahead is not None:
            page, self._ahead = self._ahead, None
            self._insert(page)
        else:
            self._wanted = True
            self._read_ahead()

    def page_pending(self) -> bool:
        """A page is being read (for the view's end, or ahead of it)."""
        return self._reading

    def _read_ahead(self) -> None:
        if self._reading or self._ahead is not None or not self._rows \
                or len(self._rows) >= self._total:
            return
        self._reading = True
        library, query, after, size = self._library, self._query, self._rows[-1], self._page_size
        generation = self._generation

        def read() -> list[ClipRow] | sqlite3.Error:
            try:
                return library.rows(query, after, size)
            except sqlite3.Error as exc:  # a locked or vanished store: asked again later
                return exc

        self._pages.run(read, lambda page: self._on_page_read(generation, page))

    def _on_page_read(self, generation: int, page: list[ClipRow] | sqlite3.Error) -> None:
        if not isValid(self) or generation != self._generation:
            return  # the model went away, or the query changed since
        self._reading = False
        if isinstance(page, sqlite3.Error):
            log.warning("the library's next page could not be read: %s", page)
            self._wanted = False  # the view's next fetchMore tries again
            return
        if not page:
            self._total = len(self._rows)  # rows went away since the count
            self._wanted = False
        elif self._wanted:
            self._wanted = False
            self._insert(page)
        else:
            self._ahead = page

    def _insert(self, page: list[ClipRow]) -> None:
        first = len(self._rows)
        self._append(page)
        self.insertRows(first, len(page))  # QStringListModel's: begin/endInsertRows
        self._read_ahead()

    def _append(self, page: list[ClipRow]) -> None:
        for clip in page:
            row = len(self._rows)
            if self._row_of_path.setdefault(clip.file_path, row) != row:
                self._more_rows_of_path.setdefault(clip.file_path, []).append(row)
            self._row_of_id[clip.local_id] = row
            self._rows.append(clip)

    # --- data ----------------------------------------------------------------------------------

    def clip_at(self, row: int) -> ClipRow:
        """The light row: what the list shows of a clip, without a query."""
        return self._rows[row]

    def record_at(self, row: int) -> TaskRecord:
        """The full record of a loaded row, read from the store (the last few are kept until
        the next query, as the selection asks for the same ones again and again)."""
        local_id = self._rows[row].local_id
        record = self._records.get(local_id)
        if record is None:
            record = self._library.record(local_id)
            if record is None:  # the store never deletes; a hand-edited file might
                raise LookupError(f"clip {local_id} is no longer in the store")
            self._records[local_id] = record
            while len(self._records) > RECORDS_KEPT:
                self._records.popitem(last=False)
        else:
            self._records.move_to_end(local_id)
        return record

    def records_at(self, rows: list[int]) -> list[TaskRecord]:
        """The full records of many loaded rows in a few queries (a select-all of 10,000)."""
        ids = [self._rows[r].local_id for r in rows]
        found = self._library.records(ids)
        return [found[i] for i in ids if i in found]

    def set_clips(self, set_id: str) -> list[ClipRow]:
        """The saved clips of a take set, in take order (whatever the current query)."""
        rows = self._library.rows(LibraryQuery(set_id=set_id), None, self._page_size)
        return sorted(rows, key=lambda c: (c.set_index is None, c.set_index or 0))

    def row_of(self, local_id: str) -> int | None:
        """The loaded row of a record, if any."""
        return self._row_of_id.get(local_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED or not index.isValid() or \
                not 0 <= index.row() < len(self._rows):
            return None  # the font, colours, alignment, check state… a tile asks for per paint
        clip = self._rows[index.row()]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(clip.file_path)
        if role == self.FavouriteRole:
            return clip.favourite
        if role == self.SetRole:
            return clip.set_id
        if role == self.BadgeRole:
            return self._badge(clip)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # Every paint asks: no Path made unless the clip has neither title nor prompt.
            return excerpt(clip.title or clip.prompt) or Path(clip.file_path).name
        path = Path(clip.file_path)
        if role == self.PathRole:
            return path
        if role == self.RecordRole:
            return self.record_at(index.row())
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            lines = [t for t in (clip.title, clip.prompt) if t] + [self._details(clip), path.name]
            if clip.favourite:
                lines.append(self.tr("★ Favourite"))
            if clip.set_id:
                lines.append(self._badge(clip))
            return "\n".join(lines)
        return None

    # --- dragging out ----------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Not QStringListModel's (editable, a drop target): a list's tiles, dragged out only.
        return _TILE_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False  # the strings only count the rows

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction  # QAbstractItemModel's, not QStringListModel's

    def supportedDragActions(self) -> Qt.DropAction:
        # Copy only: a drop elsewhere must never take the clip away from the library.
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def mimeData(self, indexes: Any) -> QMimeData:
        """File URLs of the dragged clips, once each, in row order."""
        rows = sorted({i.row() for i in indexes if i.isValid() and i.row() < len(self._rows)})
        mime = QMimeData()
        urls = [QUrl.fromLocalFile(self._rows[r].file_path) for r in rows
                if self._rows[r].file_path]
        mime.setUrls(urls)
        mime.setText("\n".join(url.toLocalFile() for url in urls))
        return mime

    def set_thumbnail_size(self, size: QSize, ratio: float = 1.0) -> None:
        """The size the view paints thumbnails at (its icon size, in logical pixels) and the
        screen's device pixel ratio: thumbnails are asked for at that size in device pixels,
        scaled in the cache's worker, so a tile's paint only draws its icon."""
        device = QSize(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
        if device == self._thumb_size and ratio == self._thumb_ratio:
            return
        self._thumb_size, self._thumb_ratio = device, ratio
        self._icons.clear()  # made for the old size: made again as the tiles repaint
        self._placeholder = self._blank(device, ratio)

    def thumbnail_size(self) -> QSize | None:
        """The size thumbnails are asked for, in device pixels (None: the cache's own)."""
        return self._thumb_size

    @staticmethod
    def _blank(device: QSize, ratio: float) -> QIcon:
        blank = QPixmap(device)
        blank.fill(QColor("#3a3a3a"))
        blank.setDevicePixelRatio(ratio)
        return QIcon(blank)

    def _icon(self, key: str) -> QIcon:
        """A QIcon of the thumbnail at the view's icon size (once set_thumbnail_size is called),
        made once per thumbnail: the pixmap shares the cache's RGB32 pixels."""
        icon = self._icons.get(key)
        if icon is None:
            image = self._thumbnails.request(Path(key), self._thumb_size)
            if image is None:
                return self._placeholder
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self._thumb_ratio)
            icon = self._icons[key] = QIcon(pixmap)
            while len(self._icons) > ICONS_KEPT:
                self._icons.popitem(last=False)
        else:
            self._icons.move_to_end(key)
        return icon

    def _badge(self, clip: ClipRow) -> str:
        if not clip.set_id or clip.set_index is None:
            return ""
        return (self.tr("Take %1/%2").replace("%1", str(clip.set_index + 1))
                .replace("%2", str(max(clip.set_size, clip.set_index + 1))))

    def _details(self, clip: ClipRow) -> str:
        return request_summary(clip.model, clip.quality, clip.aspect_ratio, clip.duration)

    def _on_thumbnails_ready(self, clip: str, _image: QImage) -> None:
        self._icons.pop(clip, None)
        first = self._row_of_path.get(clip)
        if first is None:
            return
        for row in (first, *self._more_rows_of_path.get(clip, ())):
            idx = self.index(row)
            self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])


_TILE_FLAGS: Final = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                      | Qt.ItemFlag.ItemNeverHasChildren | Qt.ItemFlag.ItemIsDragEnabled)
_SERVED: Final = frozenset({
    Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleDescriptionRole, LibraryModel.FavouriteRole,
    LibraryModel.SetRole, LibraryModel.BadgeRole, LibraryModel.PathRole,
    LibraryModel.RecordRole})
