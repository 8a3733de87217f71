"""What a queue row says: status, ETA, expiry and credits in plain, translated words (no I/O)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.core.catalog import RecoveryMsg
from app.core.charges import ChargeTrail
from app.core.messages import Message
from app.core.pricing import estimate
from app.core.states import TaskState
from app.core.timing import eta_seconds
from app.services.tasks.store import TaskRecord
from app.services.tasks.task_queue import Live
from app.ui.charge_text import charge_text
from app.ui.labels import QT_TRANSLATE_NOOP, cost_label, request_summary, state_label
from app.ui.messages import render

S = TaskState
PROMPT_EXCERPT = 90
ACTIVE_GROUP, FINISHED_GROUP = 0, 1
SEARCH_NOTES = frozenset({RecoveryMsg.RECOVERY_NOT_FOUND, RecoveryMsg.RECOVERY_SEVERAL,
                          RecoveryMsg.RESEND_REFUSED})
STOP_TRACKING_WARNING = QT_TRANSLATE_NOOP(
    "QueueRow",
    "Evolink documents no way to cancel a task. If you stop tracking it, the server goes on "
    "generating the clip and charges for it; the studio just stops checking and will not "
    "download it. You can track it again later while its link is valid (24 hours).")
# The demo's simulator spends no money: nothing about charges applies to its tasks.
DEMO_STOP_TRACKING_NOTE = QT_TRANSLATE_NOOP(
    "QueueRow",
    "This is a demo task: it costs nothing. If you stop tracking it, the studio stops "
    "checking it and will not download its clip. You can track it again later.")


def stop_tracking_warning(*, demo: bool = False) -> str:
    return QCoreApplication.translate(
        "QueueRow", DEMO_STOP_TRACKING_NOTE if demo else STOP_TRACKING_WARNING)


@dataclass(frozen=True)
class RowText:
    title: str  # the prompt excerpt
    details: str  # model · quality · aspect · length
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
        return QCoreApplication.translate("QueueRow", "%1 s").replace("%1", str(seconds))
    minutes, sec = divmod(seconds, 60)
    if minutes < 60:
        return QCoreApplication.translate("QueueRow", "%1 min %2 s").replace(
            "%1", str(minutes)).replace("%2", f"{sec:02d}")
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("QueueRow", "%1 h %2 min").replace(
        "%1", str(hours)).replace("%2", f"{minutes:02d}")


def details(rec: TaskRecord) -> str:
    r = rec.request
    return request_summary(r.model, r.quality, r.aspect_ratio, r.duration)


def credits_text(rec: TaskRecord) -> str:
    trail = trail_of(rec)
    if rec.state in (S.FAILED, S.CANCELLED, S.REJECTED) and not trail.was_refunded:
        return QCoreApplication.translate("QueueRow", "no credits spent")
    if trail.known:
        return charge_text(trail)  # reserved -> charged -> refunded, as the gateway settled it
    r = rec.request
    est = estimate(r.model, r.quality, r.duration, content_filter=r.content_filter,
                   has_video_input=bool(r.video_urls))
    return cost_label(est) if est.credits is not None else ""


def trail_of(rec: TaskRecord) -> ChargeTrail:
    running = rec.state in (S.SUBMITTING, S.OUTCOME_UNKNOWN, S.PENDING, S.PROCESSING)
    return ChargeTrail.of(reserved=rec.credits_reserved, used=rec.credits_used,
                          charged=rec.credits_charged, refunded=rec.credits_refunded,
                          settled=not running)


def retry_cost(rec: TaskRecord) -> str:
    r = rec.request
    return cost_label(estimate(r.model, r.quality, r.duration, content_filter=r.content_filter,
                               has_video_input=bool(r.video_urls)))


def row_text(rec: TaskRecord, live: Live, *, now: float | None = None,
             demo: bool = False) -> RowText:
    now = time.time() if now is None else now
    state = rec.state
    title, info, cost = excerpt(rec.request.prompt), details(rec), credits_text(rec)
    note, tone, bar = "", "normal", None
    status = state_label(state)
    if rec.untracked and not state.terminal:
        status, tone = QCoreApplication.translate("QueueRow", "Not tracked"), "warn"
        note = (QCoreApplication.translate("QueueRow", "The studio no longer checks this demo "
                                                       "task.") if demo else
                QCoreApplication.translate(
                    "QueueRow", "The server may still finish and charge for it; the studio no "
                                "longer checks."))
    elif state is S.DRAFT:  # a take set's member written ahead, never POSTed
        status, tone = QCoreApplication.translate("QueueRow", "Not sent"), "warn"
        note = QCoreApplication.translate("QueueRow", "Part of a take set; nothing sent or "
                                                      "charged for it yet.")
    elif state is S.SUBMITTING:
        note = QCoreApplication.translate("QueueRow", "Sending the request…")
    elif state in (S.PENDING, S.PROCESSING):
        status = f"{state_label(state)} {rec.progress}%"
        bar = rec.progress
        elapsed = now - (rec.submitted_at or rec.created_at)
        eta = eta_seconds(elapsed_s=elapsed, progress=rec.progress, estimate_s=rec.estimated_time)
        if rec.last_polled_at is not None and eta is not None:
            eta = max(0.0, eta - (now - rec.last_polled_at))  # count down between polls
        note = (QCoreApplication.translate("QueueRow", "about %1 left").replace(
            "%1", _duration(eta)) if eta is not None
            else QCoreApplication.translate("QueueRow", "waiting for an estimate"))
    elif state in (S.COMPLETED, S.DOWNLOADING):
        if live.bytes_total:
            import humanize  # ~6 ms to import: at the first download, not with the window

            bar = min(100, int(100 * live.bytes_done / live.bytes_total))
            status = QCoreApplication.translate("QueueRow", "Downloading %1 of %2").replace(
                "%1", humanize.naturalsize(live.bytes_done)).replace(
                "%2", humanize.naturalsize(live.bytes_total))
        expires = rec.urls_expire_at
        if expires is not None:
            note = (QCoreApplication.translate("QueueRow", "link expires in %1").replace(
                "%1", _duration(expires - now)) if expires > now
                else QCoreApplication.translate("QueueRow", "the link has expired"))
    elif state is S.SAVED:
        tone = "good"
        if rec.trashed_at is not None:  # the library's Move to trash: say where it went
            note = QCoreApplication.translate("QueueRow", "%1 was moved to the trash").replace(
                "%1", Path(rec.file_path).name if rec.file_path else "")
        else:
            note = (QCoreApplication.translate("QueueRow", "Saved as %1").replace(
                "%1", Path(rec.file_path).name) if rec.file_path else "")
    elif state in (S.FAILED, S.CANCELLED):
        tone = "bad"
        reason = (render(rec.error_message or "") or rec.error_code
                  or QCoreApplication.translate("QueueRow", "the server gave no reason"))
        note = QCoreApplication.translate("QueueRow", "%1. No credits were spent.").replace(
            "%1", reason.rstrip("."))
    elif state is S.REJECTED:
        tone = "bad"
        reason = (render(rec.error_message or "")
                  or QCoreApplication.translate("QueueRow", "Refused"))
        note = QCoreApplication.translate(
            "QueueRow", "%1. Nothing was created or charged.").replace("%1", reason.rstrip("."))
    elif state is S.EXPIRED:
        tone = "bad"
        note = QCoreApplication.translate(
            "QueueRow", "The result link expired (24 h) before the clip was saved.")
    elif state is S.OUTCOME_UNKNOWN:
        tone = "warn"
        sent = rec.submitted_at or rec.created_at
        note = QCoreApplication.translate(
            "QueueRow", "Sent %1 ago, but the answer was lost. “Find it” looks for it; it is "
                        "sent again only if you choose to, with the same key.").replace(
            "%1", _duration(now - sent))
        found = rec.note
        if isinstance(found, Message) and found.id in SEARCH_NOTES:  # where "Find it" looked
            note = QCoreApplication.translate("QueueRow", "%1.").replace("%1", render(found))
    if live.elsewhere and not state.terminal:
        note = QCoreApplication.translate(
            "QueueRow", "Followed by another Seedance Studio window or command.") + " " + note
    if live.problem and not state.terminal:
        tone = "warn"
        wait = ("" if live.retry_at is None else " " + QCoreApplication.translate(
            "QueueRow", "in %1").replace("%1", _duration(live.retry_at - now)))
        note = f"{render(live.problem)}{wait}"
    return RowText(title, info, status, note, cost, bar, tone)


def details_text(rec: TaskRecord) -> str:
    """What "Copy details" puts on the clipboard for a support request: ids (the gateway's
    request id among them), state, model, times and the last error. Never the API key."""
    def line(label: str, value: object) -> str | None:
        if value is None or value == "":
            return None
        return QCoreApplication.translate("QueueDetails", label) + ": " + str(value)

    def when(ts: float | None) -> str | None:
        return None if ts is None else time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(ts))

    error = render(rec.error_message or "") or rec.error_code
    lines = (
        line(QT_TRANSLATE_NOOP("QueueDetails", "Task id"), rec.task_id),
        line(QT_TRANSLATE_NOOP("QueueDetails", "Local id"), rec.local_id),
        line(QT_TRANSLATE_NOOP("QueueDetails", "Request id"), rec.request_id),
        line(QT_TRANSLATE_NOOP("QueueDetails", "Idempotency key"), rec.idempotency_key),
        line(QT_TRANSLATE_NOOP("QueueDetails", "State"), state_label(rec.state)),
        line(QT_TRANSLATE_NOOP("QueueDetails", "Model"), rec.request.model),
        line(QT_TRANSLATE_NOOP("QueueDetails", "Submitted"), when(rec.submitted_at)),
        line(QT_TRANSLATE_NOOP("QueueDetails", "Credits reserved"), rec.credits_reserved),
        line(QT_TRANSLATE_NOOP("QueueDetails", "Error"), error),
        line(QT_TRANSLATE_NOOP("QueueDetails", "Note"), render(rec.note or "")),
        line(QT_TRANSLATE_NOOP("QueueDetails", "File"), rec.file_path),
    )
    return "\n".join(x for x in lines if x)
