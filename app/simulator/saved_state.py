"""The simulator's tasks, credits and idempotency records in a folder, so a restart keeps them.

The demo runs the simulator inside the app: after a crash or a `kill -9` the relaunched demo
must still answer for the tasks the store follows, or they stay "Generating" for ever. Times
are kept as wall-clock seconds (a task's monotonic start means nothing to the next process)
and the file is replaced in one rename, so a kill at any moment leaves the last whole state.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from app.core.models import GenerationRequest
from app.simulator.engine import SimTask

log = logging.getLogger("app.simulator")

STATE_FILE: Final = "state.json"
STATE_VERSION: Final = 1
KEEP_S: Final = 7 * 86_400  # older tasks are dropped at load: their result links expired long ago


@dataclass
class SavedState:
    """What a restarted simulator takes back: its tasks, the credits they used, and which task
    each Idempotency-Key made."""

    tasks: dict[str, SimTask] = field(default_factory=dict)
    used: float = 0.0
    idempotency: dict[str, tuple[str, str]] = field(default_factory=dict)
    dropped_clips: set[Path] = field(default_factory=set)  # of tasks too old to keep


def _to_wall(monotonic_s: float, clocks: tuple[float, float]) -> float:
    wall, mono = clocks
    return wall - (mono - monotonic_s)


def _to_monotonic(wall_s: float, clocks: tuple[float, float]) -> float:
    wall, mono = clocks
    return mono - (wall - wall_s)


def task_to_json(task: SimTask, clocks: tuple[float, float]) -> dict[str, Any]:
    """`clocks`: (time.time(), time.monotonic()) read together, to turn one into the other."""
    return {
        "id": task.id, "request": task.request.model_dump(mode="json"),
        "credits": task.credits, "generation_s": task.generation_s, "created": task.created,
        "started": _to_wall(task.started, clocks), "fail_code": task.fail_code,
        "never": task.never, "cancel": task.cancel, "result_token": task.result_token,
        "clip": task.clip.name if task.clip is not None else None,  # in the clips folder
        "clip_ready_at": (None if task.clip_ready_at is None
                          else _to_wall(task.clip_ready_at, clocks)),
        "render_failed": task.render_failed, "expired": task.expired, "settled": task.settled,
        "creation_view": task.creation_view, "time_scale": task.time_scale,
    }


def task_from_json(data: dict[str, Any], clocks: tuple[float, float],
                   words: dict[str, str], clips: Path) -> SimTask:
    """The task back; a clip recorded but gone from `clips` is rendered again (clip None)."""
    clip = clips / Path(data["clip"]).name if data.get("clip") else None
    ready = data.get("clip_ready_at")
    if clip is None or not clip.is_file():
        clip, ready = None, None
    return SimTask(
        id=str(data["id"]), request=GenerationRequest.model_validate(data["request"]),
        credits=float(data["credits"]), generation_s=float(data["generation_s"]),
        created=int(data["created"]), started=_to_monotonic(float(data["started"]), clocks),
        fail_code=data.get("fail_code"), never=bool(data.get("never")),
        cancel=bool(data.get("cancel")), result_token=str(data["result_token"]), clip=clip,
        clip_ready_at=None if ready is None else _to_monotonic(float(ready), clocks),
        render_failed=bool(data.get("render_failed")), expired=bool(data.get("expired")),
        settled=bool(data.get("settled")), creation_view=dict(data.get("creation_view") or {}),
        time_scale=float(data.get("time_scale", 1.0)), words=words)


class StateFile:
    """`state.json` in `folder`, read once at start and rewritten whole after each change."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / STATE_FILE
        folder.mkdir(parents=True, exist_ok=True)

    def load(self, words: dict[str, str], clips: Path) -> SavedState:
        """The saved state, its clips in `clips`; an empty one when there is none or it
        cannot be read (logged)."""
        state = SavedState()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return state
        except (OSError, ValueError) as exc:
            log.warning("the simulator's saved state %s cannot be read (%s); starting afresh",
                        self.path, exc)
            return state
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            log.warning("the simulator's saved state %s has an unknown form; starting afresh",
                        self.path)
            return state
        clocks = (time.time(), time.monotonic())
        for item in data.get("tasks", []):
            try:
                task = task_from_json(item, clocks, words, clips)
            except (KeyError, TypeError, ValueError) as exc:
                log.warning("a saved simulator task cannot be read (%s); left out", exc)
                continue
            if clocks[0] - task.created > KEEP_S:
                if task.clip is not None:
                    state.dropped_clips.add(task.clip)
                continue
            state.tasks[task.id] = task
        state.used = float(data.get("used", 0.0))
        for key, (fingerprint, task_id) in (data.get("idempotency") or {}).items():
            if task_id in state.tasks:
                state.idempotency[key] = (fingerprint, task_id)
        kept = {t.clip for t in state.tasks.values() if t.clip is not None}
        state.dropped_clips -= kept
        log.info("the simulator took back %d task(s) from %s", len(state.tasks), self.path)
        return state

    def save(self, tasks: list[SimTask], used: float,
             idempotency: dict[str, tuple[str, str]]) -> None:
        """Write the whole state through a synced temporary file and one rename."""
        clocks = (time.time(), time.monotonic())
        data = {"version": STATE_VERSION, "used": used,
                "tasks": [task_to_json(t, clocks) for t in tasks],
                "idempotency": {k: list(v) for k, v in idempotency.items()}}
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            with tmp.open("w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            # The demo goes on; only a restart would lose what this write held.
            log.warning("the simulator could not save its state to %s: %s", self.path, exc)
            tmp.unlink(missing_ok=True)
