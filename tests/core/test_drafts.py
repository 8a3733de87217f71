"""The next shot from a clip's last frame."""

from __future__ import annotations

import pytest

from app.core.capabilities import MODELS, Mode, Tier
from app.core.drafts import next_shot
from app.core.models import GenerationRequest
from app.core.rules import check


@pytest.mark.parametrize("model", sorted(MODELS))
def test_the_next_shot_is_image_to_video_on_the_same_tier(model: str) -> None:
    spec = MODELS[model]
    previous = GenerationRequest(
        model=model, prompt="a lantern drifting over the river", duration=9,
        quality=spec.qualities[-1].value, aspect_ratio="9:16", generate_audio=False,
        content_filter=False,
        image_urls=["https://x.example/a.png"] if spec.images.hi else [],
        video_urls=["https://x.example/v.mp4"] if spec.videos.hi else [],
        model_params={"seed": 1} if spec.model_params else None)
    shot = next_shot(previous, "/tmp/last-frame.png")
    new_spec = MODELS[shot.model]
    assert (new_spec.mode, new_spec.tier) == (Mode.IMAGE, spec.tier)
    assert shot.image_urls == ["/tmp/last-frame.png"]
    assert shot.video_urls == [] and shot.audio_urls == [] and shot.model_params is None
    assert (shot.prompt, shot.duration, shot.quality, shot.aspect_ratio) == (
        previous.prompt, 9, previous.quality, "9:16")
    assert shot.generate_audio is False and shot.content_filter is False
    # Local paths are checked by the composer's pre-flight; with a URL the request is valid.
    assert check(shot.model_copy(update={"image_urls": ["https://x.example/f.png"]})) == []


def test_an_unknown_model_continues_on_the_standard_tier() -> None:
    shot = next_shot(GenerationRequest(model="seedance-9-future", prompt="p"), "f.png")
    assert MODELS[shot.model].tier is Tier.STANDARD
