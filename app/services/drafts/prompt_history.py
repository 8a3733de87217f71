"""Every prompt sent, newest first, with the settings it was last sent with: read from the task
store (each task keeps its whole request), searchable, off the UI thread."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from app.core.models import GenerationRequest
from app.services.tasks.store_schema import ThreadConnections

BUSY_TIMEOUT_S: Final = 15.0
# Sent: the server knows it, or it was on its way (a lost answer, a refusal). A take set's
# drafts are written but not sent, and are no one's history yet.
_SENT: Final = ("(task_id IS NOT NULL OR state IN ('submitting', 'outcome_unknown', "
                "'rejected'))")


@dataclass(frozen=True)
class PromptEntry:
    prompt: str
    request: GenerationRequest  # the settings it was last sent with (no media: links expire)
    last_used: float  # unix seconds
    uses: int


def settings_only(request: GenerationRequest) -> GenerationRequest:
    """The request without its media and callback: what a prompt is remembered with."""
    return request.model_copy(update={"image_urls": [], "video_urls": [], "audio_urls": [],
                                      "callback_url": None})


def _read_only(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA query_only = ON")


class PromptHistory:
    """The prompts of one store file, through a read-only connection per thread."""

    def __init__(self, store_path: Path) -> None:
        self._conns = ThreadConnections(Path(store_path), _read_only, timeout_s=BUSY_TIMEOUT_S)

    def close(self) -> None:
        self._conns.close()

    def entries(self, search: str = "", *, limit: int = 200) -> list[PromptEntry]:
        """Distinct prompts, the newest use first; `search`: words that must all appear."""
        where, params = [f"{_SENT}", "prompt IS NOT NULL", "TRIM(prompt) != ''"], []
        for word in search.split():
            where.append("prompt LIKE ? ESCAPE '\\'")
            params.append("%" + word.replace("\\", "\\\\").replace("%", "\\%")
                          .replace("_", "\\_") + "%")
        # SQLite gives the bare columns of the row that holds MAX(created_at).
        sql = (f"SELECT prompt, request_json, MAX(created_at), COUNT(*) FROM tasks "
               f"WHERE {' AND '.join(where)} GROUP BY prompt "
               f"ORDER BY MAX(created_at) DESC LIMIT ?")
        out = []
        for prompt, request_json, last, uses in self._conns.fetch(sql, (*params, int(limit))):
            try:
                request = GenerationRequest.model_validate(json.loads(request_json))
            except ValueError:  # a row written by a newer version: shown without settings
                continue
            out.append(PromptEntry(prompt, settings_only(request), float(last), int(uses)))
        return out

    async def load(self, search: str = "", *, limit: int = 200) -> list[PromptEntry]:
        return await asyncio.to_thread(self.entries, search, limit=limit)
