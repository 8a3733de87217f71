"""The account's uploads for the window: quota, list and delete, the upload cache kept in step."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.core.file_service import FileQuota, StoredFile
from app.services.api.errors import ApiError
from app.services.api.files_client import FilesClient
from app.services.media.upload_cache import UploadCache

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NotDeleted:
    file: StoredFile
    reason: str


class UploadedFiles(QObject):
    """What the "Uploaded files" dialog and the composer's quota line ask the file service.

    Deleting an upload also drops it from the upload cache, so its (dead) URL is never reused.

    Signals:
        quotaChanged(object FileQuota) — a fresh quota reading.
        quotaFailed(str) — the quota could not be read (the message says why).
    """

    quotaChanged = Signal(object)
    quotaFailed = Signal(str)

    def __init__(self, files: FilesClient, cache: UploadCache | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files, self._cache = files, cache
        self._task: asyncio.Task[FileQuota | None] | None = None
        self.last: FileQuota | None = None

    def refresh_quota(self) -> None:
        """Slot: read the quota soon; a reading under way is replaced (latest wins)."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = asyncio.ensure_future(self.read_quota())
        self._task.set_name("files-quota")

    async def read_quota(self) -> FileQuota | None:
        try:
            quota = await self._files.quota()
        except ApiError as exc:
            log.info("upload quota not read: %s", exc)
            self.quotaFailed.emit(str(exc))
            return None
        self.last = quota
        self.quotaChanged.emit(quota)
        return quota

    async def files(self) -> list[StoredFile]:
        """Every upload the service keeps for this account (raises the client's ApiErrors)."""
        return await self._files.all_files()

    async def delete(self, files: Sequence[StoredFile]) -> list[NotDeleted]:
        """Delete each file; those that could not be deleted come back with the reason."""
        failed: list[NotDeleted] = []
        gone: list[StoredFile] = []
        for f in files:
            try:
                await self._files.delete(f.file_id)
            except ApiError as exc:
                failed.append(NotDeleted(f, str(exc)))
            else:
                gone.append(f)
        if gone and self._cache is not None:
            dropped = await asyncio.to_thread(
                self._cache.forget, self._files.host, file_ids={f.file_id for f in gone},
                urls={f.url for f in gone if f.url})
            log.info("deleted %d uploads; %d cache entries dropped", len(gone), dropped)
        if gone:
            self.refresh_quota()
        return failed

    async def close(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
