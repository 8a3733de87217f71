"""Opening the task store whatever happened to its file: a damaged or foreign file is moved
aside (never deleted) and a new store is filled again from the clips' sidecars; a newer schema,
a folder, a read-only place or a full disk is one sentence (StoreFault)."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from app.core.catalog import StoreMsg
from app.core.messages import Message, MessageId, SaidError
from app.core.states import TaskState
from app.services.tasks.store_schema import (
    SCHEMA_VERSION,
    StoreError,
    TaskRecord,
    media_sources_from,
)

if TYPE_CHECKING:
    from app.services.tasks.store import TaskStore

log = logging.getLogger(__name__)
M = MessageId
# A file at schema 0 holding other tables than these is not ours.
_OURS: Final = frozenset({"tasks", "write_seq"})


class StoreFault(SaidError, StoreError):
    """The store cannot be used; `str()` is the Message itself (one sentence for the user)."""


def fault_for(path: Path, exc: BaseException) -> StoreFault:
    """The sentence for an error met opening or writing the store at `path`."""
    if isinstance(exc, StoreFault):
        return exc
    text = str(exc).lower()
    code = getattr(exc, "errno", None) or getattr(exc, "sqlite_errorcode", None)
    if code in (errno.ENOSPC, sqlite3.SQLITE_FULL) or "disk is full" in text:
        return StoreFault(Message(StoreMsg.STORE_DISK_FULL, path=str(path)))
    if code in (errno.EROFS, errno.EACCES, errno.EPERM, sqlite3.SQLITE_READONLY) \
            or "readonly" in text or "read-only" in text or "permission" in text \
            or (path.parent.is_dir() and not os.access(path.parent, os.W_OK)):
        return StoreFault(Message(StoreMsg.STORE_READ_ONLY, path=str(path)))
    if path.is_dir():
        return StoreFault(Message(StoreMsg.STORE_IS_FOLDER, path=str(path)))
    return StoreFault(Message(StoreMsg.STORE_UNUSABLE, path=str(path),
                              reason=str(exc) or type(exc).__name__))


def check_file(path: Path) -> str | None:
    """Why the file at `path` is damaged or foreign (to be moved aside), None when it is a
    store this version can open (or no file yet). Raises StoreFault for what moving aside
    cannot mend: a folder, a newer schema (left untouched), an unreadable file."""
    if path.is_dir():
        raise StoreFault(Message(StoreMsg.STORE_IS_FOLDER, path=str(path)))
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise fault_for(path, exc) from None
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version > SCHEMA_VERSION:
            raise StoreFault(Message(StoreMsg.STORE_NEWER, path=str(path), found=version,
                                     known=SCHEMA_VERSION))
        if version == 0 and tables and not tables <= _OURS:
            return "not a Seedance Studio task library"
        if version > 0 and "tasks" not in tables:
            return "its task table is missing"
        if version > 0:
            conn.execute("SELECT count(*) FROM tasks").fetchone()
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        return None if check == "ok" else f"integrity check: {check}"
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc).lower():
            return None  # another process is writing: it is fine
        return str(exc)
    finally:
        conn.close()


def move_aside(path: Path, *, clock: float | None = None) -> Path:
    """Rename the damaged store (and its -wal, -shm) to `….damaged-YYYYmmdd-HHMMSS`."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(clock or time.time()))
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(aside.with_name(aside.name + suffix))
    path.rename(aside)
    return aside


def _time(text: object) -> float | None:
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def record_from_sidecar(sidecar: Path, data: dict[str, Any]) -> TaskRecord | None:
    """A saved record rebuilt from a clip's sidecar, when the clip is beside it."""
    clip = data.get("clip")
    name = clip.get("file") if isinstance(clip, dict) else None
    local_id, task_id = data.get("local_id"), data.get("task_id")
    if not isinstance(name, str) or not isinstance(local_id, str) or not local_id:
        return None
    clip_path = sidecar.with_name(name)
    if not clip_path.is_file():
        return None
    from pydantic import ValidationError

    from app.core.models import GenerationRequest

    try:
        request = GenerationRequest.model_validate(data.get("request"))
    except ValidationError:
        return None
    created = _time(data.get("created_at")) or clip_path.stat().st_mtime
    saved = _time(data.get("saved_at")) or created
    reserved = data.get("credits_reserved")
    used = data.get("credits_used")
    return TaskRecord(
        local_id=local_id, task_id=task_id if isinstance(task_id, str) else None,
        state=TaskState.SAVED, request=request, idempotency_key=f"restored-{local_id}"[:96],
        source="gui", created_at=created, submitted_at=_time(data.get("submitted_at")),
        updated_at=saved, progress=100, estimated_time=None,
        credits_reserved=reserved if isinstance(reserved, int | float) else None,
        error_code=None, error_message=None, result_urls=(),
        completed_at=_time(data.get("completed_at")), file_path=str(clip_path),
        credits_used=used if isinstance(used, int | float) else None, saved_at=saved,
        title=data.get("title") if isinstance(data.get("title"), str) else None,
        media_sources=media_sources_from(data.get("media_sources")))


def records_from_sidecars(folders: Iterable[Path]) -> list[TaskRecord]:
    """Every saved clip's record found beside its sidecar in these folders (one per task)."""
    from app.services.clips.sidecar import read_sidecar  # only when a store is rebuilt

    found: dict[str, TaskRecord] = {}
    for folder in dict.fromkeys(folders):
        try:
            sidecars = sorted(folder.glob("*.json"))
        except OSError:
            continue
        for sidecar in sidecars:
            data = read_sidecar(sidecar)
            rec = record_from_sidecar(sidecar, data) if data is not None else None
            if rec is not None:
                found.setdefault(rec.local_id, rec)
    return sorted(found.values(), key=lambda r: r.created_at)


def refill_notice(path: Path, why: str | None, aside: Path | None, count: int,
                  was_empty: bool) -> Message | None:
    """What to tell the user after the store was started again (None: nothing happened)."""
    if aside is not None:
        return Message(StoreMsg.STORE_DAMAGED, path=str(path), reason=why or "", aside=str(aside),
                       count=count)
    if was_empty and count:
        return Message(StoreMsg.STORE_EMPTIED, path=str(path), count=count)
    return None


def clip_folders(extra: Sequence[Path] = ()) -> list[Path]:
    """Where sidecars are looked for: the settings' clips folder, the default one, `extra`."""
    from app.services.home import paths
    from app.services.home.settings import Settings

    folders = list(extra)
    try:
        folders.append(Settings.open_default().clips_folder())
    except Exception:  # settings unreadable: the default folder is still looked in
        log.info("no clips folder from the settings", exc_info=True)
    with contextlib.suppress(OSError):  # cannot be made (read-only home): nothing there
        folders.append(paths.clips_dir())
    return folders


def open_mended(factory: type[TaskStore], path: Path,
                clip_folders: Callable[[], Sequence[Path]]) -> TaskStore:
    """The store at `path`. A damaged or foreign file is moved aside and a new store is filled
    again from the sidecars in `clip_folders()` (so is an emptied one), with `notice` saying
    so. Raises StoreFault, one sentence, for what cannot be mended."""
    try:
        why = check_file(path)
        was_empty = path.is_file() and path.stat().st_size == 0
        aside = move_aside(path) if why else None
        store = factory(path)
        if aside is None and not was_empty:
            return store
        known = store.local_ids()
        found = [r for r in records_from_sidecars(clip_folders()) if r.local_id not in known]
        store.add_restored(found)
    except (sqlite3.Error, OSError) as exc:
        raise fault_for(path, exc) from None
    store.notice = refill_notice(path, why, aside, len(found), was_empty)
    if store.notice is not None:
        log.info("%s", store.notice)
    return store
