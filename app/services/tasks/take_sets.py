"""Take sets: every member written ahead as one set, then sent at a pace, each at most once.

A set's members are DRAFT rows in the store before the first POST. Each is sent through the
Submitter, which moves it DRAFT → SUBMITTING in one transaction first: a member that is no
draft any more (sent by this process or another) is skipped, so nothing is sent twice. A crash
halfway leaves each member sent once (followed after the restart like any task) or still a
draft: "not sent", which `send` (the queue's "send the rest") picks up again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QObject, Signal

from app.core.media_limits import MediaKind
from app.core.states import IllegalTransition
from app.core.take_set_status import not_sent
from app.core.takes import SentPlan
from app.services.api import errors
from app.services.api.files_client import UploadQuotaExhausted
from app.services.media import uploads
from app.services.tasks import generation
from app.services.tasks import submission as sub
from app.services.tasks.store import TaskRecord
from app.services.tasks.task_queue import TaskQueue

log = logging.getLogger(__name__)
SET_CONCURRENCY: Final = 2  # creates in flight at once: a set of 8 must not trip the rate limit
# A refusal the rest of the set would meet too: the set stops, the rest stays "not sent".
STOPS_THE_SET: Final = (sub.UploadRefused, sub.UploadQuota, sub.AdmissionRefused,
                        sub.Unauthorized, sub.ApiFailure)
OnMember = Callable[[TaskRecord, sub.SubmitResult], None]


@dataclass(frozen=True)
class SetOutcome:
    """How one sending of a set ended: a result per member sent now, the members still not
    sent, and the refusal that stopped the set (None when nothing did)."""

    set_id: str
    results: tuple[tuple[str, sub.SubmitResult], ...]
    not_sent: tuple[str, ...]
    stopped_by: sub.SubmitResult | None = None

    @property
    def created(self) -> list[TaskRecord]:
        return [r.record for _id, r in self.results if isinstance(r, sub.Submitted)]


class TakeSets(QObject):
    """Writes sets ahead and sends them for one queue.

    Signals: sendingChanged(str) — a set began or ended being sent by this process."""

    sendingChanged = Signal(str)

    def __init__(self, submitter: sub.Submitter, queue: TaskQueue, *, source: str = "gui",
                 concurrency: int = SET_CONCURRENCY, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._submitter, self._queue, self._source = submitter, queue, source
        self._concurrency = max(1, concurrency)
        self._sending: set[str] = set()

    def sending(self, set_id: str) -> bool:
        return set_id in self._sending

    async def write_ahead(self, plan: SentPlan, media: sub.Media | None = None,
                          on_upload: uploads.OnUpload | None = None) -> list[TaskRecord]:
        """Upload the shared inputs once, then store every member as one set (DRAFT).
        Nothing is stored when an upload fails; nothing is POSTed here."""
        if not plan.sendable:
            raise ValueError("a take set with problems or without takes is not sent")
        queue, store = self._queue, self._queue.store
        requests = [t.request for t in plan.takes]
        sources: dict[str, str] = {}
        video_s = 0.0
        if media:
            urls = await uploads.resolve_urls(queue.uploader, media, on_upload)
            requests = [r.model_copy(update=urls) for r in requests]
            sources = {url: str(item.path.absolute()) for kind, items in media.items()
                       for item, url in zip(items, urls[kind.field], strict=True)
                       if item.path is not None}
            video_s = sum(m.facts.duration_s or 0.0 for m in media.get(MediaKind.VIDEO, ())
                          if m.facts is not None)
        # One commit for the whole set, in a worker thread (`generation.stored`).
        members = await generation.stored(
            store.add_set, [(r, t.label) for r, t in zip(requests, plan.takes, strict=True)],
            source=self._source, media_sources=sources,
            input_video_seconds=video_s if video_s > 0 else None)
        for i, rec in enumerate(members):
            # All stored already: each row shown in a turn of the loop of its own (~1.5 ms
            # each, 8 at once were a stall of their own).
            await asyncio.sleep(0)
            members[i] = queue.show(rec)
        return members

    async def make(self, plan: SentPlan, media: sub.Media | None = None,
                   on_upload: uploads.OnUpload | None = None,
                   on_member: OnMember | None = None) -> SetOutcome:
        """Write the set ahead, then send it. An upload refused first: nothing is written
        or sent, and the outcome (without a set id) says why."""
        try:
            members = await self.write_ahead(plan, media, on_upload)
        except uploads.UploadRefused as exc:
            return SetOutcome("", (), (), sub.UploadRefused(exc))
        except UploadQuotaExhausted as exc:
            return SetOutcome("", (), (), sub.UploadQuota(exc))
        except errors.Unauthorized as exc:
            return SetOutcome("", (), (), sub.Unauthorized(exc))
        except errors.ApiError as exc:
            return SetOutcome("", (), (), sub.ApiFailure(exc))
        return await self.send(members[0].set_id or "", on_member=on_member)

    async def send(self, set_id: str, *, on_member: OnMember | None = None) -> SetOutcome:
        """Send the set's members that are still drafts, `concurrency` at a time, in order.
        A refusal the others would meet too (no credits, the key refused, rate limited past
        the client's retries) stops the set: the rest stays "not sent"."""
        store = self._queue.store
        drafts = not_sent(store.set_members(set_id))
        results: list[tuple[str, sub.SubmitResult]] = []
        stopped: list[sub.SubmitResult] = []
        gate = asyncio.Semaphore(self._concurrency)

        async def one(member: TaskRecord) -> None:
            async with gate:  # FIFO: members go out in the set's order
                if stopped:
                    return
                try:
                    result = await self._submitter.submit_member(member.local_id)
                except IllegalTransition:
                    log.info("take %s was sent already; not sent again", member.local_id)
                    return
                results.append((member.local_id, result))
                if isinstance(result, STOPS_THE_SET):
                    stopped.append(result)
                if on_member is not None:
                    on_member(store.get(member.local_id) or member, result)

        self._sending.add(set_id)
        self.sendingChanged.emit(set_id)
        try:
            await asyncio.gather(*(one(m) for m in drafts))
        finally:
            self._sending.discard(set_id)
            self.sendingChanged.emit(set_id)
            self._show_members(set_id)
        rest = tuple(m.local_id for m in not_sent(store.set_members(set_id)))
        return SetOutcome(set_id, tuple(results), rest, stopped[0] if stopped else None)

    def discard_rest(self, set_id: str) -> list[TaskRecord]:
        """The user will not send the rest: its drafts are cancelled (never sent)."""
        out = []
        for member in not_sent(self._queue.store.set_members(set_id)):
            try:
                out.append(self._queue.show(self._queue.store.discard_draft(member.local_id)))
            except IllegalTransition:
                continue  # sent meanwhile by another process
        return out

    def _show_members(self, set_id: str) -> None:
        for rec in self._queue.store.set_members(set_id):
            if self._queue.record(rec.local_id) not in (None, rec):
                self._queue.show(rec)
