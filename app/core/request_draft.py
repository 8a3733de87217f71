"""A generation request as plain data, for the checks that run while the user edits (pure).

`rules.check`, `PriceQuery.of` and the composer read a request's fields and nothing else:
`RequestFields` names them, and both the pydantic `GenerationRequest` (what is sent and
stored) and `RequestDraft` (what the composer checks on every keystroke) have them. A draft
becomes a `GenerationRequest` only when one is sent or saved (`to_request`): the composer's
checks import no pydantic, so the studio paints its composer without it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from app.core.capabilities import DEFAULT_ASPECT, DEFAULT_DURATION, DEFAULT_QUALITY

if TYPE_CHECKING:  # pydantic: built by to_request only
    from app.core.models import GenerationRequest


class RequestFields(Protocol):
    """What the rules and the price read of a request (read-only)."""

    @property
    def model(self) -> str: ...
    @property
    def prompt(self) -> str: ...
    @property
    def image_urls(self) -> Sequence[str]: ...
    @property
    def video_urls(self) -> Sequence[str]: ...
    @property
    def audio_urls(self) -> Sequence[str]: ...
    @property
    def duration(self) -> int: ...
    @property
    def quality(self) -> str: ...
    @property
    def aspect_ratio(self) -> str: ...
    @property
    def generate_audio(self) -> bool: ...
    @property
    def content_filter(self) -> bool: ...
    @property
    def model_params(self) -> dict[str, Any] | None: ...
    @property
    def callback_url(self) -> str | None: ...


@dataclass(frozen=True)
class RequestDraft:
    """The fields of a `GenerationRequest`, with its defaults, and no validation."""

    model: str
    prompt: str
    image_urls: tuple[str, ...] = ()
    video_urls: tuple[str, ...] = ()
    audio_urls: tuple[str, ...] = ()
    duration: int = DEFAULT_DURATION
    quality: str = DEFAULT_QUALITY.value
    aspect_ratio: str = DEFAULT_ASPECT.value
    generate_audio: bool = True
    content_filter: bool = True
    model_params: dict[str, Any] | None = field(default=None, hash=False)
    callback_url: str | None = None

    def model_copy(self, *, update: Mapping[str, Any] | None = None,
                   deep: bool = False) -> RequestDraft:
        """The draft with `update`'s fields changed, as `GenerationRequest.model_copy` (the
        take planner varies either). Nothing is shared that could change: `deep` is moot."""
        return dataclasses.replace(self, **(update or {}))

    def to_request(self) -> GenerationRequest:
        """The request to send or save (imports pydantic on the first call)."""
        from app.core.models import GenerationRequest

        return GenerationRequest(
            model=self.model, prompt=self.prompt, image_urls=list(self.image_urls),
            video_urls=list(self.video_urls), audio_urls=list(self.audio_urls),
            duration=self.duration, quality=self.quality, aspect_ratio=self.aspect_ratio,
            generate_audio=self.generate_audio, content_filter=self.content_filter,
            model_params=self.model_params, callback_url=self.callback_url)
