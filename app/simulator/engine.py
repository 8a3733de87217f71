"""Simulated tasks on a clock, the credits ledger, idempotency records and result-URL expiry."""

from __future__ import annotations

import asyncio
import logging
import math
import random
import re
import secrets
import string
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from app.core import api_facts
from app.core.capabilities import AspectRatio, Quality, pixel_size
from app.core.models import GenerationRequest, TaskStatus
from app.simulator.clips import ClipCache, ClipSpec
from app.simulator.sim_prices import billing

if TYPE_CHECKING:
    from app.simulator.saved_state import StateFile

log = logging.getLogger("app.simulator")

TASK_ID_RE: Final = re.compile(r"^task-unified-\d{1,12}-[A-Za-z0-9]{1,64}$")
_FAIL_RE: Final = re.compile(r"\[fail(?::([A-Za-z0-9_.-]+))?\]")
_ALNUM: Final = string.ascii_lowercase + string.digits
PENDING_SHARE: Final = 0.1  # the first 10 % of the generation time is spent queued
NEVER_PROGRESS_CAP: Final = 95

# [doc] task error codes, with messages in the spirit of the provider's.
TASK_ERRORS: Final = {
    "content_policy_violation": "The content safety check rejected this request.",
    "invalid_parameters": "The request parameters are invalid for this model.",
    "image_processing_error": "An input image could not be processed.",
    "image_dimension_mismatch": "The input image dimensions do not match the request.",
    "request_cancelled": "The request was cancelled.",
    "generation_failed_no_content": "The generation finished without producing a video.",
    "service_error": "The generation service had an internal error.",
    "generation_timeout": "The generation took too long and was stopped.",
    "resource_exhausted": "The generation service is out of capacity.",
    "quota_exceeded": "The quota for this account was exceeded.",
    "service_unavailable": "The generation service is temporarily unavailable.",
    "resource_not_found": "A resource the request refers to was not found.",
    "unknown_error": "An unknown error occurred.",
}
_TERMINAL: Final = frozenset({TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED})


def clip_spec(req: GenerationRequest, adaptive: AspectRatio | None = None) -> ClipSpec:
    """`adaptive`: what `adaptive` means for this request (the first frame's shape [seen]);
    16:9 when nobody could tell."""
    aspect = AspectRatio(req.aspect_ratio)
    if aspect is AspectRatio.ADAPTIVE:
        aspect = adaptive or AspectRatio.R16_9
    size = pixel_size(aspect, Quality(req.quality))
    assert size is not None
    return ClipSpec(size[0], size[1], req.duration, req.generate_audio, req.prompt)


def new_task_id(now: float) -> str:
    return f"task-unified-{int(now)}-{''.join(secrets.choice(_ALNUM) for _ in range(8))}"


@dataclass
class SimTask:
    id: str
    request: GenerationRequest
    credits: float
    generation_s: float
    created: int  # unix seconds
    started: float  # monotonic
    fail_code: str | None = None
    never: bool = False
    cancel: bool = False
    result_token: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    clip: Path | None = None
    clip_ready_at: float | None = None  # monotonic
    render_failed: bool = False
    expired: bool = False
    settled: bool = False
    creation_view: dict[str, Any] = field(default_factory=dict)
    time_scale: float = 1.0  # simulated seconds per real second (estimates round in those)
    # The engine's status words, shared by reference: set on the engine, every task speaks them.
    words: dict[str, str] = field(default_factory=dict)

    def status_word(self, now: float) -> str:
        """The status as the gateway spells it (`queued`/`running` when the engine says so)."""
        status = self.status(now).value
        return self.words.get(status, status)

    def _elapsed(self, now: float) -> float:
        return now - self.started

    def status(self, now: float | None = None) -> TaskStatus:
        now = time.monotonic() if now is None else now
        el, g = self._elapsed(now), self.generation_s
        if el < PENDING_SHARE * g:
            return TaskStatus.PENDING
        if el >= g:
            if self.cancel:
                return TaskStatus.CANCELLED
            if self.fail_code or (self.render_failed and not self.never):
                return TaskStatus.FAILED
            if self.clip_ready_at is not None and not self.never:
                return TaskStatus.COMPLETED
        return TaskStatus.PROCESSING

    def progress(self, now: float) -> int:
        status = self.status(now)
        if status is TaskStatus.PENDING:
            return 0
        if status is TaskStatus.COMPLETED:
            return 100
        g = max(self.generation_s, 1e-9)
        share = (self._elapsed(now) - PENDING_SHARE * g) / ((1 - PENDING_SHARE) * g)
        return max(1, min(NEVER_PROGRESS_CAP if self.never else 99, int(100 * share)))

    @property
    def completed_at(self) -> float | None:
        if self.clip_ready_at is None:
            return None
        return max(self.started + self.generation_s, self.clip_ready_at)

    @property
    def error_code(self) -> str:
        if self.cancel:
            return "request_cancelled"
        return self.fail_code or "service_error"

    def view(self, now: float, base_url: str, *, results: bool = True,
             result_ttl_s: float = api_facts.RESULT_URL_TTL_S) -> dict[str, Any]:
        """The task as GET /v1/tasks/{id} shows it."""
        status = self.status(now)
        active = status not in _TERMINAL
        eta: float = 0
        if active:  # whole simulated seconds, as the gateway gives them
            eta = max(0, math.ceil((self.generation_s - self._elapsed(now)) * self.time_scale))
            eta = eta / self.time_scale if self.time_scale != 1 else eta
        usage: dict[str, Any] = {"billing_rule": "per_second", "credits_reserved": self.credits,
                                 "user_group": "default"}
        out: dict[str, Any] = {
            "created": self.created, "id": self.id, "model": self.request.model,
            "object": "video.generation.task", "progress": self.progress(now),
            "status": self.status_word(now),
            "task_info": {"can_cancel": active, "estimated_time": eta,
                          "video_duration": self.request.duration},
            "type": "video", "usage": usage,
        }
        charged, out["billing"] = billing(self.credits, status.value, self.completed_at)
        usage.update(charged)  # [seen] credits_used and cost {credits, usd} once it ended
        if status is TaskStatus.COMPLETED:
            if results:
                out["results"] = [self.result_url(base_url, result_ttl_s)]
        elif status in (TaskStatus.FAILED, TaskStatus.CANCELLED):
            code = self.error_code
            out["error"] = {"code": code,
                            "message": TASK_ERRORS.get(code, f"The generation failed ({code}).")}
        return out

    def result_url(self, base_url: str, ttl_s: float) -> str:
        # Shaped like a signed CDN link: clients must keep the query and never add a key.
        expires = self.created + int(self.generation_s) + int(ttl_s)
        return f"{base_url}/files/results/{self.result_token}.mp4?expires={expires}"


class IdempotencyConflict(Exception):
    pass


class Engine:
    """Every task of the one simulated account, and its credits."""

    def __init__(self, *, generation_seconds: float, initial_credits: float,
                 result_ttl_s: float, clips: ClipCache, time_scale: float = 1.0,
                 generation_max_seconds: float | None = None, seed: int | None = None,
                 state: StateFile | None = None) -> None:
        """Generations take `generation_seconds` (or, with a max, a uniform draw up to it) of
        simulated time; `time_scale` simulated seconds pass per real second, and the API reports
        real seconds, so a 180 s generation at scale 10 is a fast world's 18 s one. With a
        `state` file, the tasks, credits and idempotency records of an earlier run (even one
        killed) are taken back and every change is written to it."""
        if time_scale <= 0:
            raise ValueError("time_scale must be positive")
        if generation_max_seconds is not None and generation_max_seconds < generation_seconds:
            raise ValueError("the longest generation cannot be shorter than the shortest")
        self.generation_s = generation_seconds
        self.generation_max_s = generation_max_seconds
        self.time_scale = time_scale
        self._lengths = random.Random(seed)
        self.initial_credits = initial_credits
        self.result_ttl_s = result_ttl_s
        self.clips = clips
        self.tasks: dict[str, SimTask] = {}
        self.used = 0.0
        self.held = 0.0
        self._by_token: dict[str, SimTask] = {}
        self._idempotency: dict[str, tuple[str, str]] = {}  # key -> (body fingerprint, task id)
        self._renders: set[asyncio.Task[None]] = set()
        self._ledger = threading.Lock()  # tests read balances from other threads
        self.status_words: dict[str, str] = {}
        # What `adaptive` means for a request (the runner knows the uploaded images).
        self.adaptive_aspect: Callable[[GenerationRequest], AspectRatio | None] = \
            lambda _req: None
        self._state = state
        if state is not None:
            self._take_back(state)

    def _take_back(self, state: StateFile) -> None:
        saved = state.load(self.status_words, self.clips.directory)
        self.tasks = saved.tasks
        self._by_token = {t.result_token: t for t in saved.tasks.values()}
        self._idempotency = saved.idempotency
        self.used = saved.used
        self.held = sum(t.credits for t in saved.tasks.values() if not t.settled)
        for clip in saved.dropped_clips:
            clip.unlink(missing_ok=True)

    def _save(self) -> None:
        if self._state is not None:
            self._state.save(list(self.tasks.values()), self.used, self._idempotency)

    def resume_renders(self) -> None:
        """Render again the clips of taken-back tasks whose file is missing (on a loop)."""
        for task in self.tasks.values():
            if task.clip is None and not (task.fail_code or task.never or task.cancel
                                          or task.render_failed):
                self._start_render(task)

    @property
    def remaining(self) -> float:
        self.tick()
        return round(self.initial_credits - self.used - self.held, 4)

    def replay(self, key: str, fingerprint: str) -> SimTask | None:
        """The task an earlier create with `key` made; raises IdempotencyConflict on a new body."""
        seen = self._idempotency.get(key)
        if seen is None:
            return None
        if seen[0] != fingerprint:
            raise IdempotencyConflict(key)
        return self.tasks[seen[1]]

    def create(self, req: GenerationRequest, credits: float, *, base_url: str,
               idempotency_key: str | None = None, fingerprint: str = "") -> SimTask:
        now_wall, now = time.time(), time.monotonic()
        task_id = new_task_id(now_wall)
        while task_id in self.tasks:
            task_id = new_task_id(now_wall)
        fail = _FAIL_RE.search(req.prompt)
        task = SimTask(
            id=task_id, request=req, credits=credits, generation_s=self._next_length(),
            created=int(now_wall), started=now, time_scale=self.time_scale,
            fail_code=(fail.group(1) or "generation_failed_no_content") if fail else None,
            never="[never]" in req.prompt, cancel="[cancelled]" in req.prompt,
            words=self.status_words)
        with self._ledger:
            self.tasks[task_id] = task
            self._by_token[task.result_token] = task
            self.held += credits
        if idempotency_key:
            self._idempotency[idempotency_key] = (fingerprint, task_id)
        task.creation_view = task.view(now, base_url, result_ttl_s=self.result_ttl_s)
        if not (task.fail_code or task.never or task.cancel):
            self._start_render(task)
        self._save()
        log.info("task %s created: %s %s %ss, %.2f credits reserved", task_id, req.model,
                 req.quality, req.duration, credits)
        return task

    def _next_length(self) -> float:
        """Real seconds the next generation takes."""
        length = self.generation_s if self.generation_max_s is None else self._lengths.uniform(
            self.generation_s, self.generation_max_s)
        return length / self.time_scale

    def _start_render(self, task: SimTask) -> None:
        render = asyncio.ensure_future(self._render(task))
        self._renders.add(render)
        render.add_done_callback(self._renders.discard)

    async def _render(self, task: SimTask) -> None:
        try:
            task.clip = await self.clips.ensure(
                clip_spec(task.request, self.adaptive_aspect(task.request)))
            task.clip_ready_at = time.monotonic()
        except Exception:
            log.exception("rendering the clip of %s failed", task.id)
            task.render_failed = True
        self._save()

    def tick(self, now: float | None = None) -> None:
        """Settle the credits of tasks that have reached an end."""
        now = time.monotonic() if now is None else now
        settled = 0
        with self._ledger:
            for task in list(self.tasks.values()):
                if task.settled:
                    continue
                status = task.status(now)
                if status not in _TERMINAL:
                    continue
                task.settled = True
                settled += 1
                self.held -= task.credits
                if status is TaskStatus.COMPLETED:
                    self.used += task.credits
                    log.info("task %s completed", task.id)
                else:
                    log.info("task %s ended %s (%s); credits returned", task.id,
                             status.value, task.error_code)
        if settled:
            self._save()

    def by_token(self, token: str) -> SimTask | None:
        return self._by_token.get(token)

    def result_expired(self, task: SimTask, now: float) -> bool:
        done = task.completed_at
        return task.expired or (done is not None and now >= done + self.result_ttl_s)

    def expire_results(self) -> None:
        now = time.monotonic()
        for task in self.tasks.values():
            if task.status(now) is TaskStatus.COMPLETED:
                task.expired = True
        self._save()

    def newest_first(self) -> list[SimTask]:
        return sorted(self.tasks.values(), key=lambda t: t.started, reverse=True)

    async def drain(self) -> None:
        if self._renders:
            await asyncio.wait(list(self._renders), timeout=30.0)
        await self.clips.drain()

    def speak_statuses(self, words: dict[str, str] | None = None) -> None:
        """Spell statuses as Evolink's skill docs do [seen], e.g. {"pending": "queued",
        "processing": "running"}, for every task, old and new; None or {} goes back."""
        unknown = set(words or {}) - {s.value for s in TaskStatus}
        if unknown:
            raise ValueError(f"unknown statuses {sorted(unknown)}")
        self.status_words.clear()
        self.status_words.update(words or {})
