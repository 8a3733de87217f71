"""What a draft shot asks the API for, given its link, and what the missing shots cost."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.capabilities import MODELS, Mode, model_for
from app.core.models import GenerationRequest
from app.core.pricing import estimate
from app.core.sequence import LinkKind, Sequence, Shot

CONTINUE_PROMPT = "Continue the scene of video 1 seamlessly: "


def model_for_link(model: str, kind: LinkKind | None) -> str:
    """The model of the same tier that takes the link's input: image-to-video for a start
    frame, reference-to-video to continue a clip; the shot's own model without a link."""
    spec = MODELS.get(model)
    if spec is None or kind is None:
        return model
    mode = Mode.REFERENCE if kind is LinkKind.CONTINUE else Mode.IMAGE
    return model_for(mode, spec.tier).id


def linked_request(shot: Shot, start_url: str | None) -> GenerationRequest:
    """The shot's request with its link's input in place (`start_url`: the uploaded start
    frame, or the previous clip for "continue it"); the sequence's other media are dropped,
    since the link decides how the shot starts."""
    assert shot.request is not None
    request = shot.request
    if shot.link is None or start_url is None:
        return request
    update: dict[str, object] = {"model": model_for_link(request.model, shot.link.kind)}
    if shot.link.kind is LinkKind.CONTINUE:
        update["video_urls"] = [start_url]
        update["image_urls"] = []
        if not request.prompt.startswith(CONTINUE_PROMPT):
            update["prompt"] = CONTINUE_PROMPT + request.prompt
    else:
        update["image_urls"] = [start_url]
        update["video_urls"] = []
        update["audio_urls"] = []
    return request.model_copy(update=update)


@dataclass(frozen=True)
class SequenceCost:
    credits: float  # the shots with a published price
    shots: int  # shots to generate
    unpriced: int  # shots whose model has no published price


def _input_seconds(sequence: Sequence, index: int) -> float:
    """The previous shot's length, as a "continue it" shot sends it as video 1."""
    if index == 0:
        return 0.0
    previous = sequence.shots[index - 1]
    if previous.clip is not None:
        return previous.clip.duration_s
    return float(previous.request.duration) if previous.request is not None else 0.0


def missing_cost(sequence: Sequence) -> SequenceCost:
    """The table price of every shot still to generate, before anything is sent."""
    total, count, unpriced = 0.0, 0, 0
    for gap in sequence.missing():
        shot = sequence.shots[gap.index]
        if shot.request is None:
            continue
        count += 1
        kind = shot.link.kind if shot.link is not None and gap.index > 0 else None
        model = model_for_link(shot.request.model, kind)
        continues = kind is LinkKind.CONTINUE
        est = estimate(model, shot.request.quality, shot.request.duration,
                       content_filter=shot.request.content_filter,
                       has_video_input=continues,
                       input_video_seconds=_input_seconds(sequence, gap.index) if continues
                       else 0.0)
        if est.credits is None:
            unpriced += 1
        else:
            total += est.credits
    return SequenceCost(total, count, unpriced)
