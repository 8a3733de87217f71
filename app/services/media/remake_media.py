"""The media of a clip made again: its local files while they exist, its upload links while
they are valid, probed off the UI thread (`asyncio.to_thread`)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Final

from app.core import api_facts
from app.core.media_limits import MediaKind
from app.core.problems import Problem
from app.core.remake import MediaPlan, media_plan
from app.services.media import inputs
from app.services.tasks.store_schema import TaskRecord

# An upload link close to its end may expire between the check and the server's fetch.
LINK_MARGIN_S: Final = 3600.0

Media = dict[MediaKind, list[inputs.MediaInput]]


def plan_for(record: TaskRecord, *, now: float | None = None) -> MediaPlan:
    """How each medium of the clip's request can go out again (reads the disk)."""
    now = time.time() if now is None else now
    existing = {p for p in record.media_sources.values() if Path(p).is_file()}
    sent = record.submitted_at or record.created_at
    valid = sent + api_facts.UPLOAD_TTL_S - LINK_MARGIN_S > now
    return media_plan(record.request, record.media_sources, existing, links_valid=valid)


def media_inputs(plan: MediaPlan) -> tuple[Media, list[Problem]]:
    """The submission's media (local files probed; links as they are), and what is wrong
    with them. Only kinds the request has are given: the others keep the request's lists."""
    media: Media = {}
    problems: list[Problem] = []
    for kind in MediaKind:
        items = plan.of(kind)
        if not items:
            continue
        found, wrong = inputs.preflight(kind, [m.local or m.url for m in items])
        media[kind] = found
        problems.extend(wrong)
    return media, problems
