"""The request a clip was made with: from its JSON sidecar, or from the library by content hash.

A clip made by the app travels with `clip.json` beside it (app/services/clips/sidecar.py), on this
machine or another; a clip whose sidecar was lost is recognised by the SHA-256 of its bytes
among the library's saved clips (the file is byte-identical to what the server produced).
Uploaded media come back as their local files while those exist (`with_local_sources`): the
upload links in the request expire after api_facts.UPLOAD_TTL_S.
Everything here reads files: call it off the UI thread (`asyncio.to_thread`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from pydantic import ValidationError

from app import APP_NAME
from app.core.media_limits import MediaKind
from app.core.models import GenerationRequest
from app.services.clips.file_hash import file_sha256
from app.services.clips.sidecar import sidecar_path
from app.services.tasks.store_schema import TaskRecord, media_sources_from

VIDEO_SUFFIXES: Final = frozenset({".mp4", ".mov", ".m4v", ".webm", ".mkv"})
SIDECAR_SUFFIX: Final = ".json"


class Source(StrEnum):
    SIDECAR = "sidecar"  # the clip's own .json (or the .json itself was dropped)
    LIBRARY = "library"  # matched to a saved clip by content hash


@dataclass(frozen=True)
class Restored:
    request: GenerationRequest
    source: Source
    path: Path  # what was given (the clip or the sidecar)


class Why(StrEnum):
    """Why no settings were found (the UI words each reason in the interface language)."""

    NOT_A_FILE = "not_a_file"
    WRONG_KIND = "wrong_kind"  # neither a video nor a .json
    UNREADABLE = "unreadable"
    NOT_JSON = "not_json"
    FOREIGN = "foreign"  # a JSON file another program wrote
    NO_REQUEST = "no_request"  # our sidecar, but its request does not parse
    UNKNOWN_CLIP = "unknown_clip"  # no sidecar and no saved clip has these bytes


class NotRestorable(Exception):
    """Why no settings could be found for `name`, in English (logs, CLI) and as a `Why`."""

    def __init__(self, why: Why, name: str, text: str) -> None:
        super().__init__(text)
        self.why, self.name = why, name


def can_restore(path: Path) -> bool:
    """Worth trying on a drop: a sidecar, or a video (which may have one, or be in the library)."""
    suffix = path.suffix.lower()
    return suffix == SIDECAR_SUFFIX or suffix in VIDEO_SUFFIXES


def with_local_sources(request: GenerationRequest,
                       sources: Mapping[str, str]) -> GenerationRequest:
    """`request` with each uploaded URL in `sources` ({URL: local path}) replaced by its local
    file while that file exists; the composer uploads it again, and the upload cache hands back
    the link when it has not expired. Other URLs (the user's own, or a file gone) stay."""
    if not sources:
        return request

    def source(url: str) -> str:
        path = sources.get(url)
        return path if path and Path(path).is_file() else url

    return request.model_copy(update={
        kind.field: [source(url) for url in getattr(request, kind.field)] for kind in MediaKind})


def _request_in(data: Any, where: Path) -> GenerationRequest:
    if not isinstance(data, dict) or data.get("app") != APP_NAME:
        raise NotRestorable(Why.FOREIGN, where.name, f"{where.name} was not written by {APP_NAME}.")
    try:
        request = GenerationRequest.model_validate(data.get("request"))
    except ValidationError as exc:
        raise NotRestorable(Why.NO_REQUEST, where.name,
                            f"{where.name} holds no readable request "
                            f"({exc.error_count()} problems).") from exc
    # Sidecars written before media_sources existed have none: their URLs come back as they are.
    return with_local_sources(request, media_sources_from(data.get("media_sources")))


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise NotRestorable(Why.UNREADABLE, path.name,
                            f"{path.name} could not be read: {exc.strerror or exc}.") from exc
    except ValueError as exc:
        raise NotRestorable(Why.NOT_JSON, path.name, f"{path.name} is not a JSON file.") from exc


def _match_in_library(clip: Path, saved: Iterable[TaskRecord]) -> TaskRecord | None:
    """The saved record whose file has the clip's bytes; sizes are compared before hashes."""
    size = clip.stat().st_size
    digest: str | None = None
    for record in saved:
        if not record.file_path:
            continue
        candidate = Path(record.file_path)
        try:
            if candidate.stat().st_size != size:
                continue
            if candidate.resolve() == clip.resolve():
                return record
            digest = digest or file_sha256(clip)
            if file_sha256(candidate) == digest:
                return record
        except OSError:
            continue  # moved or deleted since it was saved
    return None


def restore(path: Path, saved: Iterable[TaskRecord] = ()) -> Restored:
    """The request behind `path` (a clip or its sidecar); `saved` are the library's records.

    Raises NotRestorable with the reason when there is none."""
    path = Path(path)
    if not path.is_file():
        raise NotRestorable(Why.NOT_A_FILE, path.name, f"{path.name} is not a file.")
    suffix = path.suffix.lower()
    if suffix == SIDECAR_SUFFIX:
        return Restored(_request_in(_read_json(path), path), Source.SIDECAR, path)
    if suffix not in VIDEO_SUFFIXES:
        raise NotRestorable(Why.WRONG_KIND, path.name,
                            f"{path.name} is neither a clip nor a clip's settings (.json).")
    beside = sidecar_path(path)
    if beside.is_file():
        return Restored(_request_in(_read_json(beside), beside), Source.SIDECAR, path)
    try:
        record = _match_in_library(path, saved)
    except OSError as exc:
        raise NotRestorable(Why.UNREADABLE, path.name,
                            f"{path.name} could not be read: {exc.strerror or exc}.") from exc
    if record is None:
        raise NotRestorable(Why.UNKNOWN_CLIP, path.name,
                            f"{path.name} has no settings file beside it and is not a clip "
                            f"of this library.")
    return Restored(with_local_sources(record.request, record.media_sources), Source.LIBRARY,
                    path)
