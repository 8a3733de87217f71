"""Requests made from earlier ones: the next shot, started from a clip's last frame."""

from __future__ import annotations

from app.core.capabilities import MODELS, Mode, Tier, model_for
from app.core.models import GenerationRequest


def next_shot(previous: GenerationRequest, first_frame: str) -> GenerationRequest:
    """An image-to-video request that continues `previous` from `first_frame` (a path or URL).

    Same tier, prompt, quality, aspect, duration, audio and filter; the one image is the new
    first frame. Reference media and model_params do not carry over: image-to-video takes
    neither. An unknown model (a newer app's sidecar) continues on the standard tier."""
    spec = MODELS.get(previous.model)
    tier = spec.tier if spec is not None else Tier.STANDARD
    return GenerationRequest(
        model=model_for(Mode.IMAGE, tier).id, prompt=previous.prompt, image_urls=[first_frame],
        duration=previous.duration, quality=previous.quality,
        aspect_ratio=previous.aspect_ratio, generate_audio=previous.generate_audio,
        content_filter=previous.content_filter, callback_url=previous.callback_url)
