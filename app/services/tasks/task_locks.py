"""Which process follows a task: one lock file per task, freed by the OS-level death check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


class TaskLocks:
    """Per-task lock files, so the GUI and the CLI never poll or download the same task at once.

    QLockFile records the pid and host; a lock whose process is gone (even after kill -9) is
    stale and taken over at once. The stale time is 0 (never by age): a long download keeps
    its lock however long it takes.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._held: dict[str, QLockFile] = {}

    @classmethod
    def beside(cls, store_path: Path) -> TaskLocks:
        return cls(Path(store_path).parent / "locks")

    def _path(self, local_id: str) -> str:
        if not local_id.isalnum():
            raise ValueError(f"not a local task id: {local_id!r}")
        return str(self.folder / f"{local_id}.lock")

    def holds(self, local_id: str) -> bool:
        return local_id in self._held

    def acquire(self, local_id: str) -> bool:
        """True when this process now follows the task (or already did)."""
        if local_id in self._held:
            return True
        lock = QLockFile(self._path(local_id))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            return False
        self._held[local_id] = lock
        return True

    def release(self, local_id: str) -> None:
        lock = self._held.pop(local_id, None)
        if lock is not None:
            lock.unlock()

    def release_all(self) -> None:
        for local_id in list(self._held):
            self.release(local_id)
