"""Turn the composer's settings and media into a request, its problems, its cost and a draft."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.core.capabilities import Mode, ModelSpec
from app.core.composer_rules import KINDS, active_count, media_problems, parse_model_params
from app.core.media_limits import MediaFacts, MediaKind, about_file
from app.core.messages import model_label
from app.core.price_rules import PriceQuery
from app.core.pricing import CostEstimate, estimate
from app.core.problems import Problem
from app.core.request_draft import RequestDraft
from app.core.rules import check
from app.ui.composer.media_board import MediaBoard, MediaEntry
from app.ui.messages import render

if TYPE_CHECKING:
    from app.core.models import GenerationRequest
    from app.services.drafts.composer_draft import ComposerDraft


class DraftBuilder:
    """Reads the board and a settings dict (see ComposerPanel._settings); holds no state."""

    def __init__(self, board: MediaBoard) -> None:
        self._board = board

    def active(self, spec: ModelSpec, kind: MediaKind) -> list[MediaEntry]:
        entries = self._board.entries(kind)
        return entries[: active_count(spec, kind, len(entries))]

    def fields(self, s: dict[str, Any]) -> RequestDraft | None:
        """The request as plain fields, for the live checks (no pydantic); None while
        model_params is not valid JSON for a model that takes it."""
        spec: ModelSpec = s["spec"]
        params, error = parse_model_params(s["model_params_text"])
        if error is not None and spec.model_params:
            return None
        callback = s["callback_text"].strip() or None
        return RequestDraft(
            model=spec.id, prompt=s["prompt"],
            image_urls=tuple(e.as_input().placeholder_url
                             for e in self.active(spec, MediaKind.IMAGE)),
            video_urls=tuple(e.as_input().placeholder_url
                             for e in self.active(spec, MediaKind.VIDEO)),
            audio_urls=tuple(e.as_input().placeholder_url
                             for e in self.active(spec, MediaKind.AUDIO)),
            duration=s["duration"], quality=s["quality"].value, aspect_ratio=s["aspect"].value,
            generate_audio=s["generate_audio"], content_filter=s["content_filter"],
            # Parameters a model cannot take stay in their field, greyed, and are not sent.
            model_params=params if spec.model_params else None, callback_url=callback)

    def checked_fields(self, s: dict[str, Any]) -> RequestDraft:
        """`fields`, or with model_params left out while they are not valid JSON."""
        fields = self.fields(s) or self.fields({**s, "model_params_text": ""})
        assert fields is not None
        return fields

    def request(self, s: dict[str, Any]) -> GenerationRequest | None:
        """The pydantic request to send or save (pydantic comes with the first one)."""
        fields = self.fields(s)
        return None if fields is None else fields.to_request()

    def problems(self, s: dict[str, Any], prompt: str) -> list[Problem]:
        spec: ModelSpec = s["spec"]
        out: list[Problem] = []
        fields = self.fields(s)
        if fields is None:
            _, error = parse_model_params(s["model_params_text"])
            out.append(Problem("model_params", error or "", "bad_json"))
            fields = self.checked_fields(s)
        out.extend(check(fields))
        facts: dict[MediaKind, list[MediaFacts | None]] = {}
        probing = False
        for kind in KINDS:
            items = self.active(spec, kind)
            facts[kind] = [e.facts for e in items]
            probing = probing or any(e.probing for e in items)
            out.extend(Problem(kind.field, e.error, "unreadable", i)
                       for i, e in enumerate(items) if e.error)
            out.extend(Problem(kind.field, about_file(e.name, e.refused), "upload_refused", i)
                       for i, e in enumerate(items) if e.refused)  # the slot drops the name
        out.extend(media_problems(facts))
        if probing:
            out.append(Problem("media", QCoreApplication.translate(
                "DraftBuilder", "Still checking the media files…"), "probing"))
        return _unique(out)

    def params_kept_note(self, s: dict[str, Any]) -> str | None:
        spec: ModelSpec = s["spec"]
        if s["model_params_text"].strip() and not spec.model_params:
            return QCoreApplication.translate(
                "DraftBuilder", "Kept but not sent: %1 takes no model parameters").replace(
                "%1", render(model_label(spec)))
        return None

    def input_video_seconds(self, s: dict[str, Any]) -> float:
        spec: ModelSpec = s["spec"]
        videos = self.active(spec, MediaKind.VIDEO) if spec.mode is Mode.REFERENCE else []
        return sum((e.facts.duration_s or 0.0) for e in videos if e.facts)

    def price_query(self, s: dict[str, Any]) -> PriceQuery:
        return PriceQuery.of(self.checked_fields(s), self.input_video_seconds(s))

    def cost(self, s: dict[str, Any]) -> CostEstimate:
        q = self.price_query(s)
        return estimate(q.model, q.quality, q.duration, content_filter=q.content_filter,
                        input_video_seconds=q.input_video_seconds,
                        has_video_input=q.has_video_input, web_search=q.web_search)

    def draft(self, s: dict[str, Any]) -> ComposerDraft | None:
        req = self.request(s)
        if req is None:
            return None
        from app.services.drafts.composer_draft import ComposerDraft

        spec: ModelSpec = s["spec"]
        inputs = [tuple(e.as_input() for e in self.active(spec, k)) for k in KINDS]
        return ComposerDraft(req, *inputs)


def _unique(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[str, str, int | None]] = set()
    out: list[Problem] = []
    for p in problems:
        key = (p.field, p.message, p.index)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
