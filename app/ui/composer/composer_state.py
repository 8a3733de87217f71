"""What the composer keeps between runs, as a plain dict: its settings, prompt, media and takes.

The studio saves it moments after each edit and applies it at the next start; the prompt
history and presets apply a part of it; "Reuse settings" turns a request back into it. A key
that is missing, unknown or no longer fits is ignored (the composer keeps what it has).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final

from app.core.capabilities import MODELS, AspectRatio, Quality
from app.core.composer_rules import KINDS

if TYPE_CHECKING:
    from app.core.models import GenerationRequest
    from app.ui.composer.panel import ComposerPanel

SETTING_KEYS: Final = ("model", "quality", "aspect_ratio", "duration", "generate_audio",
                       "content_filter", "advanced_open", "prompt", "model_params",
                       "callback_url")
MEDIA_KEY: Final = "media"  # {kind: [source, …]}: local paths and URLs, as the slots hold them
TAKES_KEY: Final = "takes"  # the Takes count and the Vary sweep (TakesBox.state)


def saved(composer: ComposerPanel, s: dict[str, Any]) -> dict[str, Any]:
    """The state of `composer`, whose settings dict (ComposerPanel._settings) is `s`."""
    board = composer.board()
    return {"model": s["spec"].id, "quality": s["quality"].value,
            "aspect_ratio": s["aspect"].value, "duration": s["duration"],
            "generate_audio": s["generate_audio"], "content_filter": s["content_filter"],
            "advanced_open": composer.advanced.is_open(), "prompt": s["prompt"],
            "model_params": s["model_params_text"], "callback_url": s["callback_text"],
            MEDIA_KEY: {kind.value: [e.source for e in board.entries(kind)] for kind in KINDS},
            TAKES_KEY: composer.takes.state()}


def restore(composer: ComposerPanel, state: dict[str, Any]) -> None:
    """Apply saved settings, media and takes. A local file that has gone since is named on
    its slot (the probe says so)."""
    apply_settings(composer, {k: v for k, v in state.items() if k in SETTING_KEYS})
    media = state.get(MEDIA_KEY)
    if isinstance(media, dict):
        board = composer.board()
        for kind in KINDS:
            sources = media.get(kind.value)
            if isinstance(sources, list):
                board.clear(kind)
                for source in sources:
                    if isinstance(source, str) and source.strip():
                        board.add(kind, source)
    takes = state.get(TAKES_KEY)
    if isinstance(takes, dict):  # older saves have none: the composer's takes stay as they are
        composer.takes.set_state(takes)


def of_request(request: GenerationRequest) -> dict[str, Any]:
    """The settings of an earlier request (its media URLs are set apart, on the board)."""
    return {"model": request.model, "quality": request.quality,
            "aspect_ratio": request.aspect_ratio, "duration": request.duration,
            "generate_audio": request.generate_audio, "content_filter": request.content_filter,
            "prompt": request.prompt,
            "model_params": json.dumps(request.model_params, indent=1)
            if request.model_params is not None else "",
            "callback_url": request.callback_url or ""}


def apply_settings(composer: ComposerPanel, s: dict[str, Any]) -> None:
    """The settings among SETTING_KEYS that are present and valid; the others stay."""
    spec = MODELS.get(str(s.get("model")), composer.spec())
    quality = Quality(str(s["quality"])) if str(s.get("quality")) in {
        q.value for q in Quality} else None
    aspect = AspectRatio(str(s["aspect_ratio"])) if str(s.get("aspect_ratio")) in {
        a.value for a in AspectRatio} else None
    composer.set_choice(quality, aspect)  # before the edits below refresh the composer
    output, advanced = composer.output, composer.advanced
    if isinstance(s.get("duration"), int):
        output.duration.setValue(s["duration"])
    for key, box in (("generate_audio", output.audio), ("content_filter", output.content_filter)):
        if isinstance(s.get(key), bool):
            box.setChecked(s[key])
    if isinstance(s.get("advanced_open"), bool):
        advanced.set_open(s["advanced_open"])
    for key, setter in (("prompt", composer.prompt.set_text),
                        ("model_params", advanced.params.setPlainText),
                        ("callback_url", advanced.callback.setText)):
        if isinstance(s.get(key), str):
            setter(s[key])
    composer.set_model(spec)
