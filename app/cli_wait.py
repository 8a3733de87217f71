"""`generate --wait` to its end: the clip saved, or one line saying why not (a documented exit
code), and the `--out` folder checked before anything is sent."""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Final

from app.cli import EXIT_DISK, EXIT_DOWNLOAD, EXIT_INVALID, CliError
from app.core.catalog import DownloadMsg, QueueMsg
from app.core.messages import Message
from app.core.safe_text import one_line
from app.services.tasks.store import TaskRecord

if TYPE_CHECKING:
    from app.services.session import Session

CHECK_EVERY_S: Final = 0.25
NO_RESULT_WAIT_S: Final = 15.0  # a completed task whose link never comes: the server's fault
MIN_FREE_BYTES: Final = 64 * 1024 * 1024  # a 15 s 1080p clip is tens of MB: room for it
# A download that failed because of this machine (its disk, its folder), not the server.
_LOCAL: Final = frozenset(
    {DownloadMsg.DL_CANNOT_WRITE, DownloadMsg.DL_CANNOT_SAVE, DownloadMsg.DL_CANNOT_READ}
)


def check_out_folder(folder: Path, *, option: str = "--out") -> Path:
    """`folder`, made if missing, once it is a writable folder with room for a clip; a
    CliError (nothing sent) otherwise."""
    try:
        folder = folder.expanduser()
        str(folder.resolve()).encode("utf-8")  # the store and the sidecars keep it as text
        is_file = folder.exists() and not folder.is_dir()
    except (OSError, ValueError) as exc:  # a NUL byte, undecodable bytes, a name too long
        raise CliError(f"{option} is not a usable folder name ({one_line(str(exc))}): nothing "
                       "was sent.", EXIT_INVALID) from None
    if is_file:
        raise CliError(f"{option} {folder} is a file, not a folder: nothing was sent.",
                       EXIT_INVALID)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".seedance-write-check-"):
            pass
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        reason = exc.strerror or os.strerror(exc.errno or 0) or type(exc).__name__
        raise CliError(f"{option} {folder} is not a folder this program can write to "
                       f"({reason}): nothing was sent.", EXIT_INVALID) from None
    if free < MIN_FREE_BYTES:
        raise CliError(f"The disk holding {folder} is full ({free // (1024 * 1024)} MB free): "
                       "free some space; nothing was sent.", EXIT_INVALID)
    return folder


def _reason(problem: str | None, rec: TaskRecord) -> tuple[str, bool]:
    """The download's own reason without the window's "retrying" wrapper, and whether this
    machine (disk, folder) is at fault."""
    inner: object = problem
    if isinstance(problem, Message) and problem.id is QueueMsg.DOWNLOAD_INTERRUPTED:
        inner = problem.params.get("reason", problem)
    local = isinstance(inner, Message) and inner.id in _LOCAL
    return one_line(str(inner or rec.note or "unknown reason")), local


async def until_saved(session: Session, local_id: str) -> TaskRecord:
    """The task's settled record, or a CliError on its first failed download (the downloader
    has retried what a retry can mend by then): the window would keep trying, a command
    that waits must end."""
    from app.core.states import TaskState
    from app.services.headless import settled

    linkless_since: float | None = None
    while True:
        rec = session.store.get(local_id)
        if rec is None:
            raise CliError(f"{local_id}: the task left the local store while it was followed.",
                           EXIT_INVALID)
        if settled(rec):
            return rec
        if rec.state is TaskState.COMPLETED and not rec.result_urls:
            now = time.monotonic()
            linkless_since = linkless_since or now
            if now - linkless_since > NO_RESULT_WAIT_S:
                raise CliError(
                    f"{rec.display_id}: the server says the clip is finished but gives no "
                    "result link. The task id is kept: `seedance-studio resume` asks again "
                    "later.", EXIT_DOWNLOAD)
        live = session.queue.live(local_id)
        if live.download_failures:
            reason, local = _reason(live.problem, rec)
            where = ("this computer could not store it" if local
                     else "it could not be downloaded")
            raise CliError(
                f"{rec.display_id}: the clip is ready on the server, but {where}: {reason}. "
                "The task id is kept: `seedance-studio resume --out FOLDER` saves it later "
                "(nothing is charged again).", EXIT_DISK if local else EXIT_DOWNLOAD)
        await asyncio.sleep(CHECK_EVERY_S)
