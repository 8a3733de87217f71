"""What reusing an earlier request had to change to fit the composer's model today (a duration
outside 4–15 s, a quality the tier lacks), each said instead of clamped silently."""

from __future__ import annotations

from app.core.capabilities import DURATION, MODELS
from app.core.catalog import ReuseMsg
from app.core.messages import Message, model_label
from app.core.models import GenerationRequest


def reuse_changes(asked: GenerationRequest, applied: GenerationRequest | None) -> list[Message]:
    """One sentence per setting that came out different from `asked`; [] when none did."""
    if applied is None:
        return []
    out: list[Message] = []
    if applied.duration != asked.duration:
        out.append(
            Message(
                ReuseMsg.REUSE_DURATION_CHANGED,
                old=asked.duration,
                new=applied.duration,
                lo=DURATION.lo,
                hi=DURATION.hi,
            )
        )
    if applied.quality != asked.quality:
        spec = MODELS.get(applied.model)
        out.append(Message(ReuseMsg.REUSE_QUALITY_CHANGED, old=asked.quality, new=applied.quality,
                           model=model_label(spec) if spec else applied.model))
    if applied.model != asked.model:
        out.append(Message(ReuseMsg.REUSE_MODEL_CHANGED, old=asked.model, new=applied.model))
    return out
