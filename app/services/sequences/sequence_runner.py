"""Generate a sequence's missing shots through the session, in order, following the links.

A shot with no link is sent at once; a shot that starts from the previous one waits until that
one is saved, then sends its start frame (or the previous clip, to continue it). A shot that
fails stops the chain there: later shots are not sent, and the reason is returned.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.catalog import SequenceMsg
from app.core.media_limits import MediaKind
from app.core.messages import Message
from app.core.sequence import LinkKind, Sequence, Shot
from app.core.sequence_requests import linked_request
from app.core.states import TaskState
from app.services import headless
from app.services.api.client import describe
from app.services.clips.clip_files import ClipActionError
from app.services.clips.last_frame import extract_last_frame
from app.services.media import inputs
from app.services.sequences.sequence_files import SequenceFileError, clip_ref
from app.services.sequences.sequence_frames import extract_frame_at
from app.services.tasks import submission as sub

if TYPE_CHECKING:
    from app.services.session import Session

log = logging.getLogger(__name__)


class ShotPhase(StrEnum):
    WAITING = "waiting"  # for the previous shot
    SENDING = "sending"
    GENERATING = "generating"
    FAILED = "failed"


@dataclass(frozen=True)
class ShotProgress:
    shot_id: str
    phase: ShotPhase
    reason: str | None = None  # FAILED: why


@dataclass
class RunResult:
    generated: list[str] = field(default_factory=list)  # shot ids, in the order they were saved
    stopped_at: int | None = None  # the index of the shot that stopped the chain
    reason: str | None = None


Get = Callable[[], Sequence]
Put = Callable[[Sequence], None]
Tell = Callable[[ShotProgress], None]


class _Stop(Exception):
    def __init__(self, shot_id: str, reason: str) -> None:
        super().__init__(reason)
        self.shot_id, self.reason = shot_id, reason


def _refusal(result: sub.SubmitResult) -> str | None:
    match result:
        case sub.Submitted():
            return None
        case sub.RefusedByRules(problems=problems):
            return "; ".join(str(p) for p in problems)
        case (sub.UploadRefused(error=error) | sub.UploadQuota(error=error)
              | sub.AdmissionRefused(error=error) | sub.OutcomeUnknown(error=error)
              | sub.Unauthorized(error=error) | sub.ApiFailure(error=error)):
            return describe(error)
    return None


class SequenceRunner:
    """One run of "Generate missing shots" over the sequence that `get` reads and `put` writes
    (the user may edit it meanwhile: shots are found again by id)."""

    def __init__(self, session: Session, get: Get, put: Put, tell: Tell | None = None,
                 frames_dir: Path | None = None) -> None:
        self._session, self._get, self._put = session, get, put
        self._tell = tell or (lambda _p: None)
        self._frames_dir = frames_dir
        self._pending: dict[str, asyncio.Task[None]] = {}

    async def run(self) -> RunResult:
        result = RunResult()
        order = [gap.shot_id for gap in self._get().missing()]
        try:
            for shot_id in order:
                await self._start(shot_id, result)
            await self._settle(result)
        except _Stop as stop:
            self._stop(stop, result)
            await self._settle(result, quiet=True)
        except BaseException:
            for task in self._pending.values():
                task.cancel()
            await asyncio.gather(*self._pending.values(), return_exceptions=True)
            raise
        return result

    def _stop(self, stop: _Stop, result: RunResult) -> None:
        if result.reason is not None:
            return
        self._tell(ShotProgress(stop.shot_id, ShotPhase.FAILED, stop.reason))
        try:
            result.stopped_at = self._get().index_of(stop.shot_id)
        except KeyError:
            result.stopped_at = None
        result.reason = stop.reason

    async def _settle(self, result: RunResult, *, quiet: bool = False) -> None:
        """Wait for every shot sent; the first failure in sequence order is the reason."""
        outcomes = await asyncio.gather(*self._pending.values(), return_exceptions=True)
        for outcome in outcomes:
            if isinstance(outcome, _Stop):
                self._stop(outcome, result)
            elif isinstance(outcome, BaseException) and not quiet:
                raise outcome
        result.generated = [k for k, t in self._pending.items()
                            if t.done() and not t.cancelled() and t.exception() is None]

    def _where(self, shot_id: str) -> tuple[int, Shot] | None:
        sequence = self._get()
        try:
            index = sequence.index_of(shot_id)
        except KeyError:
            return None  # removed meanwhile
        return index, sequence.shots[index]

    async def _start(self, shot_id: str, result: RunResult) -> None:
        found = self._where(shot_id)
        if found is None or not found[1].is_draft:
            return
        index, shot = found
        media: dict[MediaKind, list[inputs.MediaInput]] = {}
        source_sha: str | None = None
        if shot.link is not None and index > 0:
            previous_id = self._get().shots[index - 1].id
            if (waiting := self._pending.get(previous_id)) is not None:
                self._tell(ShotProgress(shot_id, ShotPhase.WAITING))
                await asyncio.wait([waiting])
                failure = waiting.exception()
                if isinstance(failure, _Stop):
                    raise failure  # the chain stops at the previous shot, with its reason
                if failure is not None:
                    raise _Stop(
                        shot_id, Message(SequenceMsg.SEQUENCE_NEEDS_PREVIOUS, shot=index + 1)
                    )
            found = self._where(shot_id)
            if found is None:
                return
            index, shot = found
            previous = self._get().shots[index - 1] if index > 0 else None
            if previous is None or previous.clip is None:
                raise _Stop(shot_id, Message(SequenceMsg.SEQUENCE_NEEDS_PREVIOUS, shot=index + 1))
            source_sha = previous.clip.sha256
            media = await self._link_media(shot, index, Path(previous.clip.path))
        self._tell(ShotProgress(shot_id, ShotPhase.SENDING))
        start = next((m.placeholder_url for items in media.values() for m in items), None)
        request = linked_request(shot, start)
        sending = self._session.send(request, media or None)
        refusal = _refusal(outcome := await sending)
        if refusal is not None or not isinstance(outcome, sub.Submitted):
            raise _Stop(shot_id, Message(SequenceMsg.SEQUENCE_SHOT_FAILED, shot=index + 1,
                                         reason=refusal or ""))
        self._tell(ShotProgress(shot_id, ShotPhase.GENERATING))
        task = asyncio.ensure_future(self._follow(shot_id, outcome.record.local_id, source_sha))
        task.set_name(f"sequence-shot-{shot_id}")
        self._pending[shot_id] = task

    async def _link_media(self, shot: Shot, index: int,
                          previous: Path) -> dict[MediaKind, list[inputs.MediaInput]]:
        assert shot.link is not None
        try:
            if shot.link.kind is LinkKind.CONTINUE:
                items, problems = await asyncio.to_thread(
                    inputs.preflight, MediaKind.VIDEO, [str(previous)])
                if problems:
                    raise _Stop(
                        shot.id,
                        Message(
                            SequenceMsg.SEQUENCE_CLIP_UNREADABLE,
                            shot=index + 1,
                            reason=str(problems[0]),
                        ),
                    )
                return {MediaKind.VIDEO: items}
            if shot.link.kind is LinkKind.CHOSEN_FRAME:
                png = await asyncio.to_thread(extract_frame_at, previous,
                                              shot.link.frame_time_s or 0.0, self._frames_dir)
            else:
                png = await asyncio.to_thread(extract_last_frame, previous, self._frames_dir)
        except ClipActionError as exc:
            raise _Stop(shot.id, Message(SequenceMsg.SEQUENCE_CLIP_UNREADABLE, shot=index + 1,
                                         reason=exc.message)) from exc
        items, problems = await asyncio.to_thread(inputs.preflight, MediaKind.IMAGE, [str(png)])
        if problems:
            raise _Stop(shot.id, Message(SequenceMsg.SEQUENCE_CLIP_UNREADABLE, shot=index + 1,
                                         reason=str(problems[0])))
        return {MediaKind.IMAGE: items}

    async def _follow(self, shot_id: str, local_id: str, source_sha: str | None) -> None:
        """Until the task is saved (the shot gets its clip) or ends otherwise (a _Stop)."""
        [rec] = await headless.until_settled(self._session, [local_id])
        found = self._where(shot_id)
        number = found[0] + 1 if found else 0
        if rec.state is not TaskState.SAVED or not rec.file_path:
            why = rec.error_message or rec.note or rec.state.label
            raise _Stop(shot_id, Message(SequenceMsg.SEQUENCE_SHOT_FAILED, shot=number, reason=why))
        try:
            ref = await asyncio.to_thread(clip_ref, Path(rec.file_path))
        except SequenceFileError as exc:
            raise _Stop(shot_id, Message(SequenceMsg.SEQUENCE_CLIP_UNREADABLE, shot=number,
                                         reason=exc.message)) from exc
        found = self._where(shot_id)
        if found is None:
            return
        index, shot = found
        update: dict[str, object] = {"clip": ref}
        if shot.link is not None and source_sha is not None:
            update["link"] = shot.link.model_copy(update={"source_sha256": source_sha})
        self._put(self._get().replace(index, shot.model_copy(update=update)))
