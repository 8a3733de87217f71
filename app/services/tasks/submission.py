"""One submission pipeline for the window and the CLI: uploads, write-ahead POST, a typed result.

`Submitter.submit` never raises for what the API, the rules or the file service decide: it
returns one of the results below, and the caller shows it (the composer through one method, the
CLI as one line). A failure nobody planned for (a full disk) still raises.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.media_limits import MediaKind
from app.core.problems import Problem
from app.core.states import TaskState
from app.services.api import errors
from app.services.api.files_client import UploadQuotaExhausted
from app.services.media import inputs, uploads
from app.services.tasks import generation
from app.services.tasks.store import TaskRecord

if TYPE_CHECKING:
    from app.core.models import GenerationRequest
    from app.services.tasks.task_queue import TaskQueue

Media = Mapping[MediaKind, Sequence[inputs.MediaInput]]


@dataclass(frozen=True)
class Submitted:
    record: TaskRecord  # created on the server; the queue follows it


@dataclass(frozen=True)
class RefusedByRules:
    problems: list[Problem]  # nothing was sent


@dataclass(frozen=True)
class UploadRefused:
    error: uploads.UploadRefused  # the file service will not take this file; nothing was sent


@dataclass(frozen=True)
class UploadQuota:
    error: UploadQuotaExhausted  # the file service is full; nothing was sent


@dataclass(frozen=True)
class AdmissionRefused:
    error: errors.AdmissionRefused  # certainly not created, nothing charged


@dataclass(frozen=True)
class OutcomeUnknown:
    error: errors.SubmissionOutcomeUnknown  # sent, answer lost: the row waits to be found


@dataclass(frozen=True)
class Unauthorized:
    error: errors.Unauthorized  # the key was refused


@dataclass(frozen=True)
class ApiFailure:
    error: errors.ApiError  # any other refusal or failure of the API; the row says which


SubmitResult = (Submitted | RefusedByRules | UploadRefused | UploadQuota | AdmissionRefused
                | OutcomeUnknown | Unauthorized | ApiFailure)


def had_local_files(media: Media | None) -> bool:
    return any(m.path is not None for items in (media or {}).values() for m in items)


class Submitter:
    """Sends requests for one queue: what it sends shows up in that queue and is followed by it
    (polled, then downloaded), in the window or headless."""

    def __init__(self, queue: TaskQueue, *, source: str = "gui") -> None:
        self._queue, self._source = queue, source

    async def submit(self, request: GenerationRequest, media: Media | None = None,
                     on_upload: uploads.OnUpload | None = None) -> SubmitResult:
        """Upload the local inputs, store the request, POST it: the typed outcome."""
        return await self._typed(self.send(request, media, on_upload))

    async def _show_and_hold(self, rec: TaskRecord) -> None:
        """A submission's write-ahead record, before its POST: on show in the queue, and
        followed by this process alone (its lock file taken)."""
        self._queue.show(rec)
        await self._queue.held(rec.local_id)

    async def submit_member(self, local_id: str) -> SubmitResult:
        """POST a take set's member written ahead (its uploads done, its URLs stored): the
        typed outcome. Raises IllegalTransition when it is no DRAFT any more (sent already,
        by this process or another): a member is never sent twice."""
        queue = self._queue

        async def send() -> TaskRecord:
            try:
                rec = await generation.submit_draft(queue.client, queue.store, local_id,
                                                    on_stored=self._show_and_hold)
            except Exception:
                self._settle_failed(queue)
                raise
            await asyncio.sleep(0)  # the id's commit and the row followed: two turns
            return queue.follow(rec)

        return await self._typed(send())

    @staticmethod
    async def _typed(sending: Coroutine[Any, Any, TaskRecord]) -> SubmitResult:
        try:
            return Submitted(await sending)
        except generation.InvalidRequest as exc:
            return RefusedByRules(exc.problems)
        except uploads.UploadRefused as exc:
            return UploadRefused(exc)
        except UploadQuotaExhausted as exc:
            return UploadQuota(exc)
        except errors.AdmissionRefused as exc:
            return AdmissionRefused(exc)
        except errors.SubmissionOutcomeUnknown as exc:
            return OutcomeUnknown(exc)
        except errors.Unauthorized as exc:
            return Unauthorized(exc)
        except errors.ApiError as exc:
            return ApiFailure(exc)

    async def send(self, request: GenerationRequest, media: Media | None = None,
                   on_upload: uploads.OnUpload | None = None) -> TaskRecord:
        """`submit`, raising: uploads.UploadRefused, generation.InvalidRequest and the client's
        typed ApiErrors. Nothing is sent when any upload failed; an unknown outcome still
        leaves a row (with its "find it" action)."""
        queue = self._queue
        sources: dict[str, str] = {}  # {upload URL: local file}, for reusing the settings
        if media:
            urls = await uploads.resolve_urls(queue.uploader, media, on_upload)
            request = request.model_copy(update=urls)
            sources = {url: str(item.path.absolute()) for kind, items in media.items()
                       for item, url in zip(items, urls[kind.field], strict=True)
                       if item.path is not None}
        # What the price depended on, for learned rates (remote videos are not probed).
        video_s = sum(m.facts.duration_s or 0.0 for m in (media or {}).get(MediaKind.VIDEO, ())
                      if m.facts is not None)

        try:
            rec = await generation.submit(queue.client, queue.store, request,
                                          source=self._source, on_stored=self._show_and_hold,
                                          media_sources=sources,
                                          input_video_seconds=video_s if video_s > 0 else None)
        except Exception:
            self._settle_failed(queue)
            raise
        return queue.follow(rec)

    @staticmethod
    def _settle_failed(queue: TaskQueue) -> None:
        """Show how a failed submission left the store, and let go of a dead one's lock."""
        for shown in queue.records():
            rec = queue.store.get(shown.local_id)
            if rec is not None and rec != shown:
                queue.show(rec)
                if rec.state in (TaskState.REJECTED, TaskState.OUTCOME_UNKNOWN):
                    queue.release(rec.local_id)
