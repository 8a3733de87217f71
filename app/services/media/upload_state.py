"""What an upload is doing, as the composer shows it on the file's slot: a light module, so the
composer's first paint does not load the upload machinery (app/services/media/uploads.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["OnUpload", "UploadPhase", "UploadState"]


class UploadPhase(StrEnum):
    PREPARING = "preparing"  # hashing, looking in the cache
    UPLOADING = "uploading"
    UPLOADED = "uploaded"
    REUSED = "reused"  # the same content was uploaded before and its URL is still valid
    REFUSED = "refused"
    FAILED = "failed"


@dataclass(frozen=True)
class UploadState:
    phase: UploadPhase
    done: int = 0
    total: int = 0
    message: str = ""
    expires_at: float | None = None

    @property
    def percent(self) -> int | None:
        return None if self.total <= 0 else min(100, self.done * 100 // self.total)


OnUpload = Callable[[str, UploadState], None]  # (MediaInput.key, its state)
