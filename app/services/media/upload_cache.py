"""Uploads remembered by content hash with their expiry, so the same file is not sent twice."""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from app.services.home import paths

log = logging.getLogger(__name__)

FILE_NAME: Final = "uploads.json"
VERSION: Final = 1
# A URL is reused only while it outlives this: the server fetches inputs when the task starts,
# which may be a while after the POST when the queue is busy.
REUSE_MARGIN_S: Final = 3600.0

@dataclass(frozen=True)
class CachedUpload:
    url: str
    expires_at: float  # unix seconds
    file_id: str | None = None  # the file service's id, so a deleted upload can be forgotten


class UploadCache:
    """A small JSON file keyed by "<file host> <sha256>"; blocking, thread-safe.

    The file host is part of the key: a file the simulator holds is unknown to the real
    service (and to a simulator started on another port). The file is re-read before each
    write, so two processes lose at most an entry, never the file.
    """

    def __init__(self, path: Path, *, margin_s: float = REUSE_MARGIN_S,
                 clock: Callable[[], float] = time.time) -> None:
        self.path, self.margin_s, self._clock = path, margin_s, clock
        self._lock = threading.Lock()

    @classmethod
    def default(cls) -> UploadCache:
        """In the cache folder, made with the first entry written (see `remember`)."""
        return cls(paths.cache_path() / FILE_NAME)

    @staticmethod
    def key(host: str, digest: str) -> str:
        return f"{host.rstrip('/')} {digest}"

    def lookup(self, host: str, digest: str) -> CachedUpload | None:
        """The remembered upload, if it still has more than the margin to live."""
        with self._lock:
            entry = self._load().get(self.key(host, digest))
        if entry is None or entry.expires_at - self._clock() <= self.margin_s:
            return None
        return entry

    def remember(self, host: str, digest: str, url: str, expires_at: float,
                 file_id: str | None = None) -> None:
        with self._lock:
            entries = self._load()
            now = self._clock()
            entries = {k: e for k, e in entries.items() if e.expires_at > now}  # prune
            entries[self.key(host, digest)] = CachedUpload(url, expires_at, file_id)
            try:
                self._save(entries)
            except OSError as exc:  # the upload itself succeeded: it is only not reused later
                log.warning("upload cache not written (%s): %s", self.path, exc)

    def forget(self, host: str, *, file_ids: Collection[str] = (),
               urls: Collection[str] = ()) -> int:
        """Drop this host's entries for deleted uploads (by id or URL); how many were dropped."""
        prefix = self.key(host, "")
        with self._lock:
            entries = self._load()
            kept = {k: e for k, e in entries.items() if not (k.startswith(prefix) and (
                e.url in urls or (e.file_id is not None and e.file_id in file_ids)))}
            if len(kept) != len(entries):
                self._save(kept)
        return len(entries) - len(kept)

    def _load(self) -> dict[str, CachedUpload]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("upload cache unreadable, starting afresh: %s", exc)
            return {}
        out: dict[str, CachedUpload] = {}
        items = raw.get("entries") if isinstance(raw, dict) else None
        for key, value in (items or {}).items():
            try:
                file_id = value.get("file_id")
                out[str(key)] = CachedUpload(str(value["url"]), float(value["expires_at"]),
                                             str(file_id) if file_id else None)
            except (AttributeError, KeyError, TypeError, ValueError):
                continue
        return out

    def _save(self, entries: dict[str, CachedUpload]) -> None:
        body = {"version": VERSION, "entries": {
            k: {"url": e.url, "expires_at": e.expires_at, "file_id": e.file_id}
            for k, e in entries.items()}}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".uploads-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(body, fh, indent=1)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
