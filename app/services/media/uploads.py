"""Local media to URLs the server can fetch: one interface, the Evolink file service behind it."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final, Protocol

from app.core import api_facts
from app.core.catalog import ApiMsg, FilesMsg
from app.core.file_service import parse_time
from app.core.media_limits import MediaKind
from app.core.messages import Message, kind_word
from app.services.api.errors import (
    ApiError,
    MalformedAnswer,
    NetworkError,
    RateLimited,
    ServerError,
    Unauthorized,
)
from app.services.media.inputs import MediaInput
from app.services.media.upload_state import OnUpload as OnUpload  # re-exported
from app.services.media.upload_state import UploadPhase as UploadPhase
from app.services.media.upload_state import UploadState as UploadState

if TYPE_CHECKING:  # the composer imports the states below; the file service loads at the first
    # upload (httpx with the client), not with the window
    from app.services.api.client import EvolinkClient
    from app.services.media.upload_cache import UploadCache

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]  # (bytes sent, bytes in all)
MAX_PARALLEL: Final = 3  # uploads of one request at a time
REFUSAL_STATUSES: Final = frozenset({400, 413, 415, 422})


@dataclass(frozen=True)
class UploadedUrl:
    url: str
    expires_at: float | None  # unix seconds; None for a URL the user gave
    reused: bool = False  # an earlier upload of the same content, still valid


class Uploader(Protocol):
    """Turns one media input into a URL; a user's own bucket would be another implementation."""

    async def url_for(self, item: MediaInput, on_progress: Progress | None = None,
                      ) -> UploadedUrl: ...

    async def check_room(self, items: Sequence[MediaInput]) -> None:
        """Raise UploadQuotaExhausted, before anything is sent, when these cannot all go up."""


class UploadRefused(ApiError):
    """The file service will not take this file (its type or size): give a URL instead."""

    def __init__(self, kind: MediaKind, name: str, reason: str, *, key: str | None = None,
                 status: int | None = None) -> None:
        # The service's own reason is its English; only our words around it are translated.
        reason = reason.strip().rstrip(".") or Message(ApiMsg.UPLOAD_NO_REASON)
        super().__init__(Message(ApiMsg.UPLOAD_REFUSED, reason=reason), status=status,
                         param=kind.field)  # the slot's line; the slot shows the name
        self.kind, self.name, self.reason, self.key = kind, name, reason, key

    def __str__(self) -> str:
        return Message(ApiMsg.UPLOAD_REFUSED_USE_URL, name=self.name,
                       reason=self.reason, kind=kind_word(self.kind.value))


class UnreadableFile(ApiError):
    """A local file could not be read for its upload (moved, deleted, unreadable)."""


def _is_refusal(exc: ApiError) -> bool:
    if isinstance(exc, Unauthorized | RateLimited | ServerError | NetworkError | MalformedAnswer):
        return False
    return exc.status is None or exc.status < 400 or exc.status in REFUSAL_STATUSES


class EvolinkUploader:
    """Evolink's file service (stream upload, 72 h), behind a content-hash cache."""

    def __init__(self, client: EvolinkClient, cache: UploadCache | None = None, *,
                 clock: Callable[[], float] = time.time) -> None:
        from app.services.api.files_client import FilesClient

        self._files, self._cache, self._clock = FilesClient(client), cache, clock
        self._host = self._files.host
        self._locks: dict[str, asyncio.Lock] = {}  # one upload per content at a time
        self._digests: dict[tuple[str, int, int], str] = {}  # (path, size, mtime) -> sha256

    async def _digest(self, path: Path) -> str:
        """The content hash, once per file version: the quota check and the upload share it."""
        st = await asyncio.to_thread(path.stat)
        key = (str(path.absolute()), st.st_size, st.st_mtime_ns)
        if key not in self._digests:
            from app.services.clips.file_hash import file_sha256

            self._digests[key] = await asyncio.to_thread(file_sha256, path)
        return self._digests[key]

    async def check_room(self, items: Sequence[MediaInput]) -> None:
        """Only files the cache cannot hand back count; one content counts once. The quota is
        read only when something must go up; when it cannot be read, the uploads speak."""
        needed: set[str] = set()
        for item in items:
            if item.path is None:
                continue
            try:
                digest = await self._digest(item.path)
            except OSError:
                continue  # url_for says that it cannot be read
            hit = None if self._cache is None else await asyncio.to_thread(
                self._cache.lookup, self._host, digest)
            if hit is None:
                needed.add(digest)
        if not needed:
            return
        from app.services.api.files_client import UploadQuotaExhausted

        try:
            quota = await self._files.quota()
        except UploadQuotaExhausted:
            raise
        except ApiError as exc:
            log.info("upload quota not read (%s); uploading anyway", exc)
            return
        if not quota.can_take(len(needed)):
            left = quota.left or 0
            total = quota.max_files if quota.max_files is not None else (
                (quota.used_files or 0) + left)
            raise UploadQuotaExhausted(Message(
                FilesMsg.FILES_QUOTA_SHORT,
                needed=len(needed), left=left, total=total), param="media")

    async def url_for(self, item: MediaInput, on_progress: Progress | None = None,
                      ) -> UploadedUrl:
        if item.path is None:
            return UploadedUrl(item.source, None)
        try:
            return await self._upload(item, item.path, on_progress)
        except OSError as exc:
            raise UnreadableFile(Message(
                ApiMsg.UPLOAD_UNREADABLE,
                name=item.path.name, error=exc.strerror or type(exc).__name__),
                param=item.kind.field) from None

    async def _upload(self, item: MediaInput, path: Path, on_progress: Progress | None,
                      ) -> UploadedUrl:
        digest = await self._digest(path)
        async with self._locks.setdefault(digest, asyncio.Lock()):
            if self._cache is not None:
                hit = await asyncio.to_thread(self._cache.lookup, self._host, digest)
                if hit is not None:
                    return UploadedUrl(hit.url, hit.expires_at, reused=True)
            try:
                answer = await self._files.upload(path, on_progress=on_progress)
            except ApiError as exc:
                if not _is_refusal(exc):
                    raise
                raise UploadRefused(item.kind, path.name, exc.message, key=item.key,
                                    status=exc.status) from None
            expires = parse_time(answer.expires_at) or self._clock() + api_facts.UPLOAD_TTL_S
            if self._cache is not None:
                await asyncio.to_thread(self._cache.remember, self._host, digest,
                                        answer.file_url, expires, answer.file_id)
            return UploadedUrl(answer.file_url, expires)


# -- many inputs at once, each reporting an UploadState (upload_state.py) ---------------------

def input_key(item: MediaInput, index: int) -> str:
    return item.key or f"{item.kind.value}-{index + 1}"


async def resolve_urls(uploader: Uploader, media: Mapping[MediaKind, Sequence[MediaInput]],
                       on_upload: OnUpload | None = None, *,
                       parallel: int = MAX_PARALLEL) -> dict[str, list[str]]:
    """{"image_urls": [...], ...} in input order; local files go through `uploader`.

    The upload quota is checked first (nothing goes up when it cannot take them all). Every
    upload is tried (so each refused slot can say so); then the first refusal, else the
    first other failure, is raised: the request must not go out with a file missing."""
    await uploader.check_room([item for items in media.values() for item in items])
    gate = asyncio.Semaphore(parallel)

    def tell(key: str, state: UploadState) -> None:
        if on_upload is not None:
            on_upload(key, state)

    async def one(item: MediaInput, key: str) -> str:
        if item.path is None:
            return item.source
        last = -1

        def progress(done: int, total: int) -> None:
            nonlocal last
            percent = done * 100 // total if total else 100
            if percent != last:  # a repaint per percent at most
                last = percent
                tell(key, UploadState(UploadPhase.UPLOADING, done, total))

        tell(key, UploadState(UploadPhase.PREPARING))
        try:
            async with gate:
                got = await uploader.url_for(item, progress)
        except UploadRefused as exc:
            exc.key = key
            tell(key, UploadState(UploadPhase.REFUSED, message=exc.message))
            raise
        except Exception as exc:
            tell(key, UploadState(UploadPhase.FAILED, message=str(exc)))
            raise
        phase = UploadPhase.REUSED if got.reused else UploadPhase.UPLOADED
        tell(key, UploadState(phase, expires_at=got.expires_at))
        return got.url

    fields = [(kind, [(item, input_key(item, i)) for i, item in enumerate(items)])
              for kind, items in media.items()]
    jobs = [one(item, key) for _, pairs in fields for item, key in pairs]
    results = await asyncio.gather(*jobs, return_exceptions=True)
    failures = [r for r in results if isinstance(r, BaseException)]
    if failures:
        raise next((f for f in failures if isinstance(f, UploadRefused)), failures[0])
    urls = iter(r for r in results if isinstance(r, str))
    return {kind.field: [next(urls) for _ in pairs] for kind, pairs in fields}
