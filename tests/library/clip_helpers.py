"""Real clips with a known last frame, a store holding them, and a private system trash."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from app.services.clips.sidecar import sidecar_for, write_sidecar
from app.services.tasks.store import TaskStore
from app.services.tasks.store_schema import TaskRecord
from tests.library.conftest import fill_store, make_record
from tests.library.conftest import write_frames as write_frames

RED = (220, 20, 20)
GREEN = (20, 200, 40)
BLUE = (20, 40, 230)


def close_to(actual: tuple[int, int, int], expected: tuple[int, int, int],
             tolerance: int = 24) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=True))


def saved_clip(store_path: Path, clips: Path, index: int, *, sidecar: bool = True,
               colours: list[tuple[int, int, int]] | None = None,
               **changes: Any) -> TaskRecord:
    """A saved record in the store whose clip (and sidecar) exist on disk."""
    clips.mkdir(parents=True, exist_ok=True)
    record = replace(make_record(index, clips), **changes)
    clip = Path(str(record.file_path))
    write_frames(clip, colours or [RED, RED, GREEN, BLUE])
    if sidecar:
        write_sidecar(clip, sidecar_for(record, clip))
    fill_store(store_path, [record])
    return record


@pytest.fixture
def store(tmp_path: Path) -> Any:
    s = TaskStore(tmp_path / "actions.sqlite3")
    yield s
    s.close()


@pytest.fixture
def trash_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A freedesktop trash of this test's own: XDG_DATA_HOME (and HOME, on the clips' disk)
    point into tmp_path. send2trash reads XDG_DATA_HOME when first imported, so its derived
    paths are pointed there too."""
    from send2trash import plat_other

    data_home = tmp_path / "xdg-data"
    data_home.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(plat_other, "XDG_DATA_HOME", bytes(data_home))
    monkeypatch.setattr(plat_other, "HOMETRASH_B", bytes(data_home / "Trash"))
    monkeypatch.setattr(plat_other, "HOMETRASH", str(data_home / "Trash"))
    return data_home / "Trash"
