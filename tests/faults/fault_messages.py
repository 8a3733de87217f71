"""Every sentence of issue 14's bad inputs and store faults, emitted by the code that says it
(for tests/settings/test_core_messages.py, which checks that every catalog id is reachable)."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path

import pytest

from app.core.media_limits import MediaKind
from app.core.messages import Message
from app.core.models import GenerationRequest
from app.core.reuse_changes import reuse_changes
from app.core.rules import check
from app.services.api.config import InsecureURL, require_secure
from app.services.media import inputs
from app.services.media.probe import ProbeError, probe
from app.services.tasks import store_open
from app.services.tasks.clip_check import check_clip
from app.services.tasks.store import TaskStore


def _probe_says(path: Path) -> Message:
    try:
        probe(path, MediaKind.IMAGE)
    except ProbeError as exc:
        said = exc.message
    else:
        raise AssertionError(f"{path} was probed without a problem")
    assert isinstance(said, Message)
    return said


def _store_says(path: Path) -> Message:
    try:
        store_open.open_mended(TaskStore, path, tuple).close()
    except store_open.StoreFault as exc:
        return exc.message
    raise AssertionError(f"{path} opened without a fault")


def _files(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> list[Message]:
    from PySide6.QtGui import QImage

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    for y in range(48):
        for x in range(64):
            image.setPixel(x, y, (x * 2654435761 + y * 40503) & 0xFFFFFF)
    whole = tmp / "whole.jpg"
    image.save(str(whole), "JPEG", 95)
    cut = tmp / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    folder = tmp / "folder.jpg"
    folder.mkdir()
    fifo = tmp / "pipe.jpg"
    os.mkfifo(fifo)
    loop = tmp / "loop.jpg"
    loop.symlink_to(loop)
    locked = tmp / "locked.jpg"
    locked.write_bytes(whole.read_bytes())
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == locked:  # root reads any file: the refusal it would meet, as the OS says it
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    out = [_probe_says(p) for p in (cut, folder, fifo, loop, tmp / ("x" * 300 + ".jpg"))]
    with monkeypatch.context() as patch:
        patch.setattr(Path, "open", refuse)
        out.append(_probe_says(locked))
    return out


def _store(tmp: Path) -> list[Message]:
    damaged = tmp / "damaged.sqlite3"
    damaged.write_bytes(b"not a database" * 64)
    store = store_open.open_mended(TaskStore, damaged, tuple)
    assert store.notice is not None
    store.close()
    newer = tmp / "newer.sqlite3"
    with contextlib.closing(sqlite3.connect(newer)) as conn:
        conn.execute("PRAGMA user_version = 999")
    folder = tmp / "folder.sqlite3"
    folder.mkdir()
    said = [store.notice, _store_says(newer), _store_says(folder)]
    plain = tmp / "plain.sqlite3"
    said += [store_open.fault_for(plain, exc).message for exc in (
        sqlite3.OperationalError("attempt to write a readonly database"),
        OSError(errno.ENOSPC, "No space left on device"), ValueError("odd"))]
    # An emptied store beside a saved clip's sidecar.
    clip = tmp / "clips" / "a.mp4"
    clip.parent.mkdir()
    clip.write_bytes(b"\0" * 64)
    (tmp / "clips" / "a.json").write_text(
        '{"app": "Seedance Studio", "local_id": "abc123", "task_id": "task-1", '
        '"request": {"model": "seedance-2.0-text-to-video", "prompt": "x"}, '
        '"clip": {"file": "a.mp4"}}', encoding="utf-8")
    empty = tmp / "empty.sqlite3"
    empty.write_bytes(b"")
    emptied = store_open.open_mended(TaskStore, empty, lambda: [tmp / "clips"])
    assert emptied.notice is not None
    emptied.close()
    return [*said, emptied.notice]


def every(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Message]:
    tmp = tmp_path / "faults"
    tmp.mkdir()
    [prompt] = check(GenerationRequest(model="seedance-2.0-text-to-video", prompt="\u200b"))
    _, [scheme] = inputs.preflight(MediaKind.IMAGE, ["ftp://example.com/a.jpg"])
    try:
        require_secure("https://u:p@example.com")
    except InsecureURL as exc:
        credentials = exc.args[0]
    asked = GenerationRequest(model="seedance-2.0-fast-text-to-video", prompt="x", duration=3,
                              quality="1080p")
    reused = reuse_changes(asked, asked.model_copy(update={
        "duration": 4, "quality": "720p", "model": "seedance-2.0-mini-text-to-video"}))
    unread = check_clip(tmp / "gone.mp4", 4.0).problem
    out = [prompt.message, scheme.message, credentials, unread, *_files(tmp, monkeypatch),
           *_store(tmp), *reused]
    assert all(isinstance(m, Message) for m in out), out
    return out
