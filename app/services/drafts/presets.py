"""Named prompt presets with their settings, in one JSON file in the data folder; written
whole (atomic), a damaged file set aside (never lost), exported and imported as JSON."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from pydantic import ValidationError

from app.core.models import GenerationRequest
from app.services.drafts.prompt_history import PromptEntry, settings_only
from app.services.home.atomic_file import write_atomic

FORMAT: Final = "seedance-studio-prompts"
VERSION: Final = 1
FILE_NAME: Final = "presets.json"


class PresetFileError(ValueError):
    """A file that is not a presets/history export (its sentence says which and why)."""


@dataclass(frozen=True)
class Preset:
    name: str
    request: GenerationRequest  # prompt and settings, no media
    saved_at: float


def _dump(presets: Iterable[Preset], history: Iterable[PromptEntry] = ()) -> str:
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "presets": [
        {"name": p.name, "saved_at": p.saved_at, "request": p.request.model_dump(mode="json")}
        for p in presets]}
    entries = [{"prompt": e.prompt, "last_used": e.last_used, "uses": e.uses,
                "request": e.request.model_dump(mode="json")} for e in history]
    if entries:
        data["history"] = entries
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _parse(text: str, where: Path) -> list[Preset]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PresetFileError(f"{where.name} is not JSON ({exc.msg}, line {exc.lineno})") \
            from exc
    except UnicodeError as exc:
        raise PresetFileError(f"{where.name} is not text") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PresetFileError(f"{where.name} is not a Seedance Studio prompts file")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise PresetFileError(f"{where.name} was written by a newer Seedance Studio")
    out = []
    for item in data.get("presets") or []:
        try:
            name = str(item["name"]).strip()
            request = settings_only(GenerationRequest.model_validate(item["request"]))
            saved = float(item.get("saved_at") or 0)
        except (KeyError, TypeError, ValueError, ValidationError):
            continue  # one broken entry does not cost the others
        if name:
            out.append(Preset(name, request, saved))
    return out


class PresetBook:
    """The presets file. `notice` says when a damaged file was set aside at load."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self._clock = clock
        self.notice: str | None = None

    def load(self) -> list[Preset]:
        try:
            text = self.path.read_bytes().decode("utf-8", errors="replace")
        except FileNotFoundError:
            return []
        try:
            return _parse(text, self.path)
        except PresetFileError as exc:
            aside = self.path.with_name(f"{self.path.name}.damaged-{int(self._clock())}")
            self.path.replace(aside)
            self.notice = f"{exc}; it was kept as {aside.name} and a new one is started"
            return []

    def save(self, presets: Sequence[Preset]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, _dump(presets))

    def put(self, name: str, request: GenerationRequest) -> list[Preset]:
        """Saved under `name` (replacing one of the same name, whatever its case)."""
        name = name.strip()
        if not name:
            raise PresetFileError("a preset needs a name")
        kept = [p for p in self.load() if p.name.casefold() != name.casefold()]
        presets = sorted([*kept, Preset(name, settings_only(request), self._clock())],
                         key=lambda p: p.name.casefold())
        self.save(presets)
        return presets

    def remove(self, name: str) -> list[Preset]:
        presets = [p for p in self.load() if p.name.casefold() != name.strip().casefold()]
        self.save(presets)
        return presets

    def export(self, target: Path, history: Iterable[PromptEntry] = ()) -> Path:
        return write_atomic(target, _dump(self.load(), history))

    def import_from(self, source: Path) -> list[str]:
        """The presets of an export added; a name already taken gets " (2)", " (3)"…
        Returns the names as added."""
        incoming = _parse(source.read_bytes().decode("utf-8", errors="replace"), source)
        presets = self.load()
        taken = {p.name.casefold() for p in presets}
        added = []
        for p in incoming:
            name, n = p.name, 2
            while name.casefold() in taken:
                name, n = f"{p.name} ({n})", n + 1
            taken.add(name.casefold())
            presets.append(Preset(name, p.request, p.saved_at))
            added.append(name)
        self.save(sorted(presets, key=lambda p: p.name.casefold()))
        return added
