"""What a queue row says: status, ETA, expiry and credits in plain words (no Qt, no I/O)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import humanize

from app.core.capabilities import MODELS
from app.core.pricing import estimate
from app.core.states import TaskState
from app.core.timing import eta_seconds
from app.services.store import TaskRecord
from app.services.task_queue import Live

S = TaskState
PROMPT_EXCERPT = 90
ACTIVE_GROUP, FINISHED_GROUP = 0, 1
STOP_TRACKING_WARNING = (
    "Evolink documents no way to cancel a task. If you stop tracking it, the server goes on "
    "generating the clip and charges for it; the studio just stops checking and will not "
    "download it. You can track it again later while its link is valid (24 hours)."
)


@dataclass(frozen=True)
class RowText:
    title: str  # the prompt excerpt
    details: str  # model · quality · length · aspect
    status: str  # the headline: "Generating 42%"
    note: str  # the second line: ETA, expiry, reason, problem
    credits: str
    progress: int | None  # 0-100, None: no bar (busy or finished)
    tone: str  # "normal", "good", "bad", "warn"


def group_of(rec: TaskRecord) -> int:
    if rec.untracked or rec.state.terminal or rec.state is S.OUTCOME_UNKNOWN:
        return FINISHED_GROUP
    return ACTIVE_GROUP


def excerpt(prompt: str, limit: int = PROMPT_EXCERPT) -> str:
    text = " ".join(prompt.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, sec = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {sec:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def details(rec: TaskRecord) -> str:
    spec = MODELS.get(rec.request.model)
    name = spec.label if spec else rec.request.model
    return f"{name} · {rec.request.quality} · {rec.request.duration} s · {rec.request.aspect_ratio}"


def credits_text(rec: TaskRecord) -> str:
    if rec.state in (S.FAILED, S.CANCELLED, S.REJECTED):
        return "no credits spent"
    if rec.credits_used is not None and rec.state is S.SAVED:
        return f"{rec.credits_used:,.1f} credits used"
    if rec.credits_reserved is not None:
        return f"{rec.credits_reserved:,.1f} credits reserved"
    est = retry_cost(rec)
    return est if est != "price not published" else ""


def retry_cost(rec: TaskRecord) -> str:
    r = rec.request
    return estimate(r.model, r.quality, r.duration, content_filter=r.content_filter,
                    has_video_input=bool(r.video_urls)).text


def row_text(rec: TaskRecord, live: Live, *, now: float | None = None,
             next_poll_s: float | None = None) -> RowText:
    now = time.time() if now is None else now
    state = rec.state
    title, info, cost = excerpt(rec.request.prompt), details(rec), credits_text(rec)
    note, tone, bar = "", "normal", None
    status = state.label
    if rec.untracked and not state.terminal:
        status, tone = "Not tracked", "warn"
        note = "The server may still finish and charge for it; the studio no longer checks."
    elif state is S.SUBMITTING:
        note = "Sending the request…"
    elif state in (S.PENDING, S.PROCESSING):
        status = f"{state.label} {rec.progress}%"
        bar = rec.progress
        elapsed = now - (rec.submitted_at or rec.created_at)
        eta = eta_seconds(elapsed_s=elapsed, progress=rec.progress, estimate_s=rec.estimated_time)
        if rec.last_polled_at is not None and eta is not None:
            eta = max(0.0, eta - (now - rec.last_polled_at))  # count down between polls
        note = f"about {_duration(eta)} left" if eta is not None else "waiting for an estimate"
    elif state in (S.COMPLETED, S.DOWNLOADING):
        if live.bytes_total:
            bar = min(100, int(100 * live.bytes_done / live.bytes_total))
            status = (f"Downloading {humanize.naturalsize(live.bytes_done)} of "
                      f"{humanize.naturalsize(live.bytes_total)}")
        expires = rec.urls_expire_at
        if expires is not None:
            note = (f"link expires in {_duration(expires - now)}" if expires > now
                    else "the link has expired")
    elif state is S.SAVED:
        tone = "good"
        note = f"Saved as {Path(rec.file_path).name}" if rec.file_path else ""
    elif state in (S.FAILED, S.CANCELLED):
        tone = "bad"
        reason = rec.error_message or rec.error_code or "the server gave no reason"
        note = f"{reason.rstrip('.')}. No credits were spent."
    elif state is S.REJECTED:
        tone = "bad"
        note = f"{(rec.error_message or 'Refused').rstrip('.')}. Nothing was created or charged."
    elif state is S.EXPIRED:
        tone = "bad"
        note = "The result link expired (24 h) before the clip was saved."
    elif state is S.OUTCOME_UNKNOWN:
        tone = "warn"
        sent = rec.submitted_at or rec.created_at
        note = (f"Sent {humanize.naturaltime(now - sent)}, but the answer was lost. "
                "“Find it” looks for it; it is never resent by itself.")
        if rec.note and rec.note.startswith("Not found"):
            note = rec.note + "."
    if live.elsewhere and not state.terminal:
        note = "Followed by another Seedance Studio window or command. " + note
    if live.problem and not state.terminal:
        tone = "warn"
        wait = "" if live.retry_at is None else f" in {_duration(live.retry_at - now)}"
        note = f"{live.problem}{wait}"
    return RowText(title, info, status, note, cost, bar, tone)
