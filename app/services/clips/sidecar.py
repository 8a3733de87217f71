"""The JSON sidecar beside each saved clip: how it was made, written atomically."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from app import APP_NAME, __version__
from app.services.clips.file_hash import file_sha256
from app.services.home.atomic_file import write_atomic
from app.services.tasks.store_schema import TaskRecord

SIDECAR_SCHEMA: Final = 1


def sidecar_path(clip_path: Path) -> Path:
    return clip_path.with_suffix(".json")


def _iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, tz=UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def sidecar_for(record: TaskRecord, clip_path: Path) -> dict[str, Any]:
    """What to keep beside the clip. Reads the whole clip for its hash: call it off the UI
    thread for big files. Only the host of the result URL is kept: the query is a signature."""
    host = urlsplit(record.result_urls[0]).hostname if record.result_urls else None
    return {
        "schema": SIDECAR_SCHEMA,
        "app": APP_NAME,
        "app_version": __version__,
        "task_id": record.task_id,
        "local_id": record.local_id,
        "title": record.title,  # the name a rename gave the clip; null: never renamed
        "model": record.request.model,
        "request": record.request.model_dump(mode="json"),
        "created_at": _iso(record.created_at),
        "submitted_at": _iso(record.submitted_at),
        "completed_at": _iso(record.completed_at),
        "saved_at": _iso(record.saved_at if record.saved_at is not None else time.time()),
        "credits_reserved": record.credits_reserved,
        "credits_used": record.credits_used,
        # [seen] how the gateway settled the charge: reserved -> charged -> refunded.
        "billing": {"charge_status": record.charge_status, "refund_status": record.refund_status,
                    "reserved_credits": record.credits_reserved,
                    "charged_credits": record.credits_charged,
                    "refunded_credits": record.credits_refunded,
                    "refunded_at": record.refunded_at},
        "input_video_seconds": record.input_video_seconds,
        "progress": record.progress,
        "result_host": host,
        # {upload URL: local path}: reusing the settings gives back the file while it exists.
        "media_sources": dict(record.media_sources),
        "clip": {
            "file": clip_path.name,
            "size": clip_path.stat().st_size,
            "sha256": file_sha256(clip_path),
        },
    }


def write_sidecar(clip_path: Path, data: dict[str, Any]) -> Path:
    """Write `clip.json` beside `clip.mp4` through a synced temporary file and one rename."""
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    return write_atomic(sidecar_path(clip_path), text)


def read_sidecar(path: Path) -> dict[str, Any] | None:
    """The sidecar of a clip (given the clip or the .json itself); None if absent or unreadable."""
    target = path if path.suffix.lower() == ".json" else sidecar_path(path)
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
