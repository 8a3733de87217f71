"""Media inputs given as local paths or URLs, and their pre-flight against the limits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from app.core.catalog import ProbeMsg
from app.core.media_limits import MediaFacts, MediaKind, check_set
from app.core.messages import Message
from app.core.problems import Problem
from app.services.media.probe import ProbeError, probe

PENDING_UPLOAD = "https://upload.pending.invalid/"  # stands in for a local file until uploaded


@dataclass(frozen=True)
class MediaInput:
    kind: MediaKind
    source: str  # what the user gave: a path or a URL
    path: Path | None  # set when it is a local file
    facts: MediaFacts | None = None
    key: str | None = None  # a stable id of where it came from (a composer slot), for progress

    @property
    def placeholder_url(self) -> str:
        """A URL-shaped stand-in so the request rules can be checked before uploading."""
        return self.source if self.path is None else PENDING_UPLOAD + self.path.name


def is_url(text: str) -> bool:
    return urlsplit(text).scheme.lower() in ("http", "https")


def foreign_scheme(text: str) -> str | None:
    """The scheme of a link that is neither http(s) nor a path ("ftp", "file"), else None.
    One letter is a Windows drive ("C:\\clip.mp4"), not a scheme."""
    scheme = urlsplit(text).scheme.lower()
    return scheme if len(scheme) > 1 and "://" in text and scheme not in ("http", "https") \
        else None


def preflight(kind: MediaKind, sources: Sequence[str]) -> tuple[list[MediaInput], list[Problem]]:
    """Probe every local file; URLs pass through (the server fetches them)."""
    items: list[MediaInput] = []
    problems: list[Problem] = []
    for i, src in enumerate(sources):
        if is_url(src):
            items.append(MediaInput(kind, src, None))
            continue
        if scheme := foreign_scheme(src):
            problems.append(Problem(kind.field, Message(
                ProbeMsg.INPUT_SCHEME_REFUSED, source=src, scheme=scheme), "bad_url", i))
            items.append(MediaInput(kind, src, Path(src)))  # counted, said once (not as a URL)
            continue
        path = Path(src).expanduser()
        try:
            facts = probe(path, kind)
        except ProbeError as exc:
            problems.append(Problem(kind.field, str(exc), "unreadable", i))
            items.append(MediaInput(kind, src, path))
            continue
        items.append(MediaInput(kind, src, path, facts))
    return items, problems


def check_inputs(images: Sequence[MediaInput], videos: Sequence[MediaInput],
                 audios: Sequence[MediaInput]) -> list[Problem]:
    """The documented limits over every probed local file, with the totals."""

    def facts(items: Sequence[MediaInput]) -> list[MediaFacts]:
        return [m.facts for m in items if m.facts is not None]

    # "Audio alone" is the request rules' to say: they count the URL media these facts lack.
    return [p for p in check_set(facts(images), facts(videos), facts(audios))
            if p.code != "audio_alone"]
