"""What the composer hands to the queue: a request plus the media inputs behind its URLs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.media_limits import MediaKind
from app.services.media.inputs import MediaInput

if TYPE_CHECKING:  # pydantic: annotations only
    from app.core.models import GenerationRequest


@dataclass(frozen=True)
class ComposerDraft:
    """`request` carries URL-shaped placeholders for local files (MediaInput.placeholder_url);
    the submitter uploads each local input and puts its file URL in the same position."""

    request: GenerationRequest
    images: tuple[MediaInput, ...] = ()
    videos: tuple[MediaInput, ...] = ()
    audios: tuple[MediaInput, ...] = ()

    def inputs(self, kind: MediaKind) -> tuple[MediaInput, ...]:
        return {MediaKind.IMAGE: self.images, MediaKind.VIDEO: self.videos,
                MediaKind.AUDIO: self.audios}[kind]

    @property
    def local_inputs(self) -> tuple[MediaInput, ...]:
        return tuple(m for m in (*self.images, *self.videos, *self.audios) if m.path is not None)
