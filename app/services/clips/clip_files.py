"""Blocking file operations on a saved clip and its sidecar: copy out, rename, send to the trash.

Each either completes or leaves the files as they were, and fails with a ClipActionError whose
message is a plain sentence for the user.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import Final

from send2trash import send2trash

from app.core.catalog import ClipMsg
from app.core.messages import MessageError, MessageId
from app.services.clips.naming import MAX_NAME_BYTES, unique_path
from app.services.clips.sidecar import read_sidecar, sidecar_path, write_sidecar

log = logging.getLogger(__name__)
COPY_BLOCK: Final = 1024 * 1024
_FORBIDDEN_CHARS: Final = ':*?"<>|'


class ClipActionError(MessageError):
    """An action on a clip failed; its parameters are kept as text (names, paths, reasons)."""

    def __init__(self, id: MessageId, **params: object) -> None:
        super().__init__(id, **{k: str(v) for k, v in params.items()})


class ClipMissing(ClipActionError):
    """The clip file is no longer where the library says."""


class InvalidName(ClipActionError):
    """A new name that cannot be used (empty, a path, a character files cannot hold)."""


class NameTaken(ClipActionError):
    """Another file already has the name."""


def reason(exc: BaseException) -> str:
    """The short cause of an OS error ("Permission denied"), else the error's text."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def require_clip(clip: Path) -> None:
    if not clip.is_file():
        raise ClipMissing(ClipMsg.CLIP_MISSING, name=clip.name, folder=clip.parent)


def _fsync_dir(folder: Path) -> None:
    """A rename is durable once its directory is synced (POSIX); Windows has no such call."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_atomic(source: Path, target: Path) -> None:
    """`target` becomes a byte-identical copy of `source`, whole or not at all."""
    # A name of its own (mkstemp): two exports to one folder at once must not share it.
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    tmp = Path(name)
    try:
        with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
            shutil.copyfileobj(src, dst, COPY_BLOCK)
            dst.flush()
            os.fsync(dst.fileno())
        with contextlib.suppress(OSError):  # some disks (FAT, shares) keep no such dates
            shutil.copystat(source, tmp)  # the clip's dates: a copy, not a new clip
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _move_to_free_name(source: Path, target: Path) -> None:
    """Rename, raising FileExistsError if `target` exists (also one made a moment ago)."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError as exc:  # no hard links here (FAT, some shares): check, then rename
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EMLINK, errno.ENOSYS):
            raise
        if target.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from exc
        os.rename(source, target)
        return
    os.unlink(source)


def export_target(clip: Path, destination: Path, default_name: str) -> Path:
    """Where an export of `clip` lands: inside `destination` if it is a folder (never
    clobbering), else `destination` itself, given the clip's extension when it has none."""
    if destination.is_dir():
        return unique_path(destination, default_name)
    if not destination.suffix:
        destination = destination.with_name(destination.name + clip.suffix)
    return destination


def export_clip(clip: Path, destination: Path, default_name: str,
                sidecar: dict[str, object] | None = None) -> Path:
    """Copy `clip` and its sidecar to `destination` (a folder or a file path); the copy's
    sidecar names the copy. `sidecar` stands in when the clip has none beside it."""
    require_clip(clip)
    target = export_target(clip, destination, default_name)
    if target.exists() and os.path.samefile(target, clip):
        raise ClipActionError(ClipMsg.CLIP_EXPORT_SELF, name=target.name)
    data = read_sidecar(clip) or sidecar
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_atomic(clip, target)
        if data is not None:
            write_sidecar(target, _renamed(data, target.name))
    except OSError as exc:
        raise ClipActionError(ClipMsg.CLIP_EXPORT_FAILED, path=target, reason=reason(exc)) from exc
    return target


def _renamed(data: dict[str, object], name: str) -> dict[str, object]:
    clip = data.get("clip")
    clip = dict(clip) if isinstance(clip, dict) else {}
    clip["file"] = name
    return {**data, "clip": clip}


def check_new_name(clip: Path, text: str) -> Path:
    """The path `clip` would have under the typed name (its extension added when left out)."""
    name = text.strip()
    if not name:
        raise InvalidName(ClipMsg.CLIP_NAME_EMPTY)
    if "/" in name or "\\" in name or (os.altsep and os.altsep in name):
        raise InvalidName(ClipMsg.CLIP_NAME_SEPARATOR)
    bad = sorted({c for c in name if c in _FORBIDDEN_CHARS or ord(c) < 32})
    if bad:
        shown = " ".join(c if c.isprintable() else repr(c) for c in bad)
        raise InvalidName(ClipMsg.CLIP_NAME_CHARS, chars=shown)
    if name.lower().endswith(clip.suffix.lower()):
        name = name[: -len(clip.suffix)]
    name = name.rstrip(". ")
    if not name:
        raise InvalidName(ClipMsg.CLIP_NAME_EMPTY)
    full = name + clip.suffix
    if len(full.encode("utf-8")) > MAX_NAME_BYTES:
        raise InvalidName(ClipMsg.CLIP_NAME_TOO_LONG, limit=MAX_NAME_BYTES)
    target = clip.with_name(full)
    if _taken(target, clip) or _taken(sidecar_path(target), sidecar_path(clip)):
        raise NameTaken(ClipMsg.CLIP_NAME_TAKEN, name=full, folder=clip.parent)
    return target


def _taken(path: Path, own: Path) -> bool:
    # A case-only rename on a case-insensitive disk finds the clip itself: that is allowed.
    return path.exists() and not (own.exists() and os.path.samefile(path, own))


def rename_clip(clip: Path, text: str) -> Path:
    """Rename `clip` and its sidecar (whose clip.file follows, and title becomes the new name).
    On failure both are as before."""
    require_clip(clip)
    target = check_new_name(clip, text)
    if target == clip:
        return clip
    old_side, new_side = sidecar_path(clip), sidecar_path(target)
    data = read_sidecar(clip) if old_side.exists() else None
    try:
        # A hard link claims the new name only if it is still free (rename would silently
        # replace a file made since check_new_name looked); then the old name goes.
        _move_to_free_name(clip, target)
    except FileExistsError as exc:
        raise NameTaken(ClipMsg.CLIP_NAME_TAKEN, name=target.name, folder=clip.parent) from exc
    except OSError as exc:
        raise ClipActionError(
            ClipMsg.CLIP_RENAME_FAILED, name=clip.name, reason=reason(exc)
        ) from exc
    try:
        if data is not None:  # the new name is the clip's title (see TaskRecord.title)
            write_sidecar(target, {**_renamed(data, target.name), "title": target.stem})
            old_side.unlink()
        elif old_side.exists():  # unreadable: moved as it is, it is still the user's file
            os.rename(old_side, new_side)
    except OSError as exc:
        undo_rename(clip, target, sidecar_moved=False)
        raise ClipActionError(ClipMsg.CLIP_RENAME_SIDECAR_FAILED, name=clip.name,
                              reason=reason(exc)) from exc
    return target


def undo_rename(clip: Path, renamed: Path, *, sidecar_moved: bool = True,
                title: str | None = None) -> None:
    """Put a renamed clip (and its sidecar, with the `title` it had) back: used when a later
    step fails."""
    try:
        os.rename(renamed, clip)
        old_side, new_side = sidecar_path(clip), sidecar_path(renamed)
        if sidecar_moved and new_side.exists():
            data = read_sidecar(renamed)
            if data is not None:
                write_sidecar(clip, {**_renamed(data, clip.name), "title": title})
                new_side.unlink()
            elif not old_side.exists():
                os.rename(new_side, old_side)
        elif not sidecar_moved and new_side.exists() and old_side.exists():
            new_side.unlink()  # a half-written copy; the original is still in place
    except OSError:
        log.exception("could not undo the rename of %s to %s", clip.name, renamed.name)


def trash_clip(clip: Path) -> list[Path]:
    """Send the clip, then its sidecar, to the system trash; returns what was trashed."""
    require_clip(clip)
    try:
        send2trash(clip)
    except OSError as exc:
        raise ClipActionError(
            ClipMsg.CLIP_TRASH_FAILED, name=clip.name, reason=reason(exc)
        ) from exc
    trashed = [clip]
    side = sidecar_path(clip)
    if side.exists():
        try:
            send2trash(side)
        except OSError as exc:
            raise ClipActionError(ClipMsg.CLIP_TRASH_SIDECAR_FAILED, name=clip.name,
                                  reason=reason(exc)) from exc
        trashed.append(side)
    return trashed
