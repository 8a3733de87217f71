"""Display names of the core's enums and prices, translated (the core itself stays English)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication

from app.core.capabilities import MODELS, Mode, ModelSpec, Tier
from app.core.pricing import CostEstimate
from app.core.states import TaskState
from app.ui.noop import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the file service's module loads with its first answer
    from app.core.file_service import FileQuota

S = TaskState


# The English source equals the core's own label (a test keeps them in step); these literals
# are here so that lupdate finds them.
_MODES: Final = {
    Mode.TEXT: QT_TRANSLATE_NOOP("Labels", "Text to video"),
    Mode.IMAGE: QT_TRANSLATE_NOOP("Labels", "Image to video"),
    Mode.REFERENCE: QT_TRANSLATE_NOOP("Labels", "Reference to video"),
}
_TIERS: Final = {
    Tier.STANDARD: QT_TRANSLATE_NOOP("Labels", "Standard"),
    Tier.FAST: QT_TRANSLATE_NOOP("Labels", "Fast"),
    Tier.MINI: QT_TRANSLATE_NOOP("Labels", "Mini"),
}
_STATES: Final = {
    S.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    S.SUBMITTING: QT_TRANSLATE_NOOP("Labels", "Submitting"),
    S.PENDING: QT_TRANSLATE_NOOP("Labels", "Queued"),
    S.PROCESSING: QT_TRANSLATE_NOOP("Labels", "Generating"),
    S.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Ready to download"),
    S.DOWNLOADING: QT_TRANSLATE_NOOP("Labels", "Downloading"),
    S.SAVED: QT_TRANSLATE_NOOP("Labels", "Saved"),
    S.FAILED: QT_TRANSLATE_NOOP("Labels", "Failed"),
    S.REJECTED: QT_TRANSLATE_NOOP("Labels", "Rejected"),
    S.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    S.EXPIRED: QT_TRANSLATE_NOOP("Labels", "Expired"),
    S.OUTCOME_UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Outcome unknown"),
}
# Aspect labels that hold words ("16:9 · 1280×720" has none and passes through unchanged).
_ASPECT_WORDS: Final = (
    QT_TRANSLATE_NOOP("Labels", "Adaptive · from the prompt"),
    QT_TRANSLATE_NOOP("Labels", "Adaptive · from the first frame"),
    QT_TRANSLATE_NOOP("Labels", "Adaptive · from the media"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def mode_label(mode: Mode) -> str:
    return _t(_MODES[mode])


def tier_label(tier: Tier) -> str:
    return _t(_TIERS[tier])


def model_label(spec: ModelSpec) -> str:
    return f"{mode_label(spec.mode)} · {tier_label(spec.tier)}"


def request_summary(model: str, quality: object, aspect: object,
                    duration: object | None) -> str:
    """"Text to video · Fast · 720p · 16:9 · 5 s": one order for the queue, library, compare.

    Loosely typed: a sidecar written by another version may miss or mistype any field."""
    spec = MODELS.get(model)
    parts = [model_label(spec) if spec is not None else model or "—",
             str(quality or "—"), str(aspect or "—")]
    if duration is not None:
        parts.append(QCoreApplication.translate("Labels", "%1 s").replace("%1", str(duration)))
    return " · ".join(parts)


def state_label(state: TaskState) -> str:
    return _t(_STATES[state])


def aspect_label(label: str) -> str:
    """A label of composer_rules.aspect_label, translated when it holds words."""
    return _t(label) if label in _ASPECT_WORDS else label


def cost_label(est: CostEstimate) -> str:
    """CostEstimate.text in the interface language: "≈ 12.3 credits" or no published price."""
    if est.credits is None:
        return QCoreApplication.translate("Labels", "price not published")
    return QCoreApplication.translate("Labels", "≈ %1 credits").replace(
        "%1", f"{est.credits:,.1f}")


def joined(notes: Iterable[str]) -> str:
    """Short notes on one line, with the interface language's own separator ("; " or "；")."""
    return functools.reduce(
        lambda head, note: QCoreApplication.translate("Labels", "%1; %2").replace(
            "%1", head).replace("%2", note), notes)


def plain_label(text: str) -> str:
    """A button's text without its mnemonic: "Copy task &ID" and "复制任务 ID(&I)" alike."""
    text = re.sub(r"\(&[^&)]\)", "", text)  # the Chinese style appends "(&X)"
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


# --- the file service (issue 21 item 5, "files") ---
def upload_quota_label(quota: FileQuota) -> str:
    """ "97 of 100 uploads left": the composer's line and the Uploaded files dialog."""
    left = quota.left or 0
    total = quota.max_files if quota.max_files is not None else (quota.used_files or 0) + left
    return QCoreApplication.translate("Labels", "%1 of %2 uploads left").replace(
        "%1", str(left)).replace("%2", str(total))


def relative_time(ts: float | None, now: float) -> str:
    """ "3 hours ago", "in 2 days", or "—" when there is no time."""
    if ts is None:
        return "—"
    import humanize  # ~6 ms to import: at the first time shown, not with the window

    span = humanize.naturaldelta(abs(ts - now))
    text = (QCoreApplication.translate("Labels", "in %1") if ts > now
            else QCoreApplication.translate("Labels", "%1 ago"))
    return text.replace("%1", span)
