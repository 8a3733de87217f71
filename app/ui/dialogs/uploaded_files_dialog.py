"""Account → Uploaded files: the file service's uploads with their expiry, and deleting them."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

import humanize
from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.file_service import FileQuota, StoredFile
from app.services.api.errors import ApiError
from app.services.api.uploaded_files import UploadedFiles
from app.services.background import TaskGroup
from app.ui.dialogs.modal import Confirm, ask
from app.ui.dialogs.notice import Notice
from app.ui.labels import relative_time, upload_quota_label
from app.ui.messages import render

Index = QModelIndex | QPersistentModelIndex


class UploadedFilesModel(QAbstractTableModel):
    """The uploads as rows; FileRole gives the StoredFile, SortRole its native value."""

    NAME, SIZE, UPLOADED, EXPIRES = range(4)
    FileRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self._files: list[StoredFile] = []
        self._clock = clock

    def set_files(self, files: Sequence[StoredFile]) -> None:
        self.beginResetModel()
        self._files = list(files)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._files)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Size"), self.tr("Uploaded"), self.tr("Expires"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._files):
            return None
        f, col = self._files[index.row()], index.column()
        if role == self.FileRole:
            return f
        if role == self.SortRole:
            return (f.name.lower(), f.size or 0, f.uploaded_at or 0.0, f.expires_at or 0.0)[col]
        if role == Qt.ItemDataRole.DisplayRole:
            now = self._clock()
            return (f.name, humanize.naturalsize(f.size) if f.size is not None else "—",
                    relative_time(f.uploaded_at, now), relative_time(f.expires_at, now))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            ts = (None, None, f.uploaded_at, f.expires_at)[col]
            if ts is not None:
                return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(ts)),
                                          QLocale.FormatType.LongFormat)
            return f.name if col == self.NAME else None
        return None


class UploadedFilesDialog(QDialog):
    """Lists the uploads (newest first) and deletes the selected ones after asking; no signals.

    Deleting goes through UploadedFiles, which also forgets them in the upload cache."""

    def __init__(self, service: UploadedFiles, parent: QWidget | None = None, *,
                 confirm: Confirm = ask) -> None:
        super().__init__(parent)
        self._service, self._confirm = service, confirm
        self._background = TaskGroup("uploaded_files_dialog")
        self.quota = QLabel()  # a changing value: its text is what a screen reader reads
        self.title = QLabel(self.tr("&Files kept by the file service (72 h each):"))
        self.table = QTableView()
        self.model = UploadedFilesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.notice = Notice(Notice.Kind.INFO)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        self._setup_ui()
        self._delete_key.activated.connect(self._on_delete_button_clicked)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        service.quotaChanged.connect(self._on_service_quotaChanged)
        if service.last is not None:
            self._on_service_quotaChanged(service.last)

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Uploaded files"))
        self.resize(680, 420)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(UploadedFilesModel.SortRole)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Files kept by the file service (72 h each):"))
        self.title.setBuddy(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(UploadedFilesModel.UPLOADED, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(UploadedFilesModel.NAME, QHeaderView.ResizeMode.Stretch)
        self._delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.delete_button.setAccessibleName(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected files (Del)"))
        self.delete_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quota)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addLayout(row)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.model.rowCount() and not self._background.running("files-load"):
            self.reload()

    def done(self, result: int) -> None:
        self._background.cancel_all()
        super().done(result)

    def reload(self) -> None:
        self._background.start(self._load(), "files-load", latest_wins=True)

    def selected(self) -> list[StoredFile]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(i, UploadedFilesModel.FileRole) for i in rows]

    async def _load(self) -> None:
        self.refresh_button.setEnabled(False)
        self.notice.show_text(self.tr("Loading…"))
        try:
            files = await self._service.files()
        except ApiError as exc:
            self.notice.show_text(self.tr("The list could not be read: %1")
                                  .replace("%1", render(str(exc))))
            return
        finally:
            self.refresh_button.setEnabled(True)
        self.model.set_files(files)
        self.notice.show_text("" if files else self.tr("No uploaded files."))
        self._update_buttons()
        self._service.refresh_quota()

    async def _delete(self, files: list[StoredFile]) -> None:
        self.delete_button.setEnabled(False)
        self.notice.show_text(self.tr("Deleting…"))
        failed = await self._service.delete(files)
        await self._load()
        if failed:
            self.notice.show_text("\n".join(
                self.tr("%1 was not deleted: %2").replace("%1", f.file.name)
                .replace("%2", render(f.reason)) for f in failed))
        else:
            self.notice.show_text(self.tr("Deleted %n file(s).", "", len(files)))

    def _update_buttons(self, *_: object) -> None:
        busy = bool(self._background.running("files-delete"))
        self.delete_button.setEnabled(not busy and self.table.selectionModel().hasSelection())

    def _on_refresh_button_clicked(self) -> None:
        self.reload()

    def _on_delete_button_clicked(self) -> None:
        files = self.selected()
        if not files or bool(self._background.running("files-delete")):
            return
        names = ", ".join(f.name for f in files[:3]) + ("…" if len(files) > 3 else "")
        text = self.tr("Delete these uploaded files: %1? Their links stop working: a task that "
                       "has not started yet and uses one of them may fail.")

        def delete() -> None:
            self._background.start(self._delete(files), "files-delete", latest_wins=True)

        self._confirm(self, self.tr("Delete uploaded files"), text.replace("%1", names),
                      self.tr("Delete"), delete)

    def _on_service_quotaChanged(self, quota: FileQuota) -> None:
        self.quota.setText(upload_quota_label(quota))
