"""A renamed clip's name is its title (store migration 8): stored, shown instead of the prompt,
searched with it, through the index the search already read."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.services.clips.library import ClipLibrary, LibraryQuery
from app.services.clips.sidecar import read_sidecar, sidecar_for
from app.services.clips.thumbnails import ThumbnailCache
from app.services.media.media_worker import SyncExecutor
from app.services.tasks.store import TaskStore
from app.services.tasks.store_schema import MIGRATIONS, SCHEMA_VERSION
from app.ui.library.model import LibraryModel
from app.ui.player.details import ClipDetails
from tests.library.conftest import fill_store, make_record
from tests.library.test_library_schema import plan, v4_database


def test_migration_8_adds_the_title_to_the_search_index(tmp_path: Path) -> None:
    path = tmp_path / "v4.sqlite3"
    v4_database(path)
    assert SCHEMA_VERSION == len(MIGRATIONS) >= 8
    TaskStore(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM tasks WHERE title IS NULL").fetchone()[0] == 40
    columns = [row[2] for row in conn.execute("PRAGMA index_info(tasks_state_library)")]
    assert columns[-2:] == ["prompt", "title"]
    # A count and a search that matches nothing read the index alone, as before the title.
    assert "COVERING INDEX tasks_state_library" in plan(conn, LibraryQuery(text="x"), "count(*)")
    assert "SCAN tasks " not in plan(conn, LibraryQuery(text="fox"))
    conn.close()


def test_search_matches_the_title_or_the_prompt_and_the_tile_shows_the_title(
        qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "studio.sqlite3"
    TaskStore(path).close()
    plain, renamed = make_record(1, tmp_path), make_record(2, tmp_path)
    renamed = dataclasses.replace(renamed, title="Harbour opening_v2")
    fill_store(path, [plain, renamed])
    lib = ClipLibrary(path)
    try:
        assert [r.title for r in lib.rows(LibraryQuery(text="harbour OPENING"))] == [
            "Harbour opening_v2"]
        assert lib.count(LibraryQuery(text="opening_")) == 1  # "_" is a character, not a wildcard
        assert lib.count(LibraryQuery(text="Shot 2:")) == 1  # its prompt still finds it
        assert lib.count(LibraryQuery(text="Shot ")) == 2
        model = LibraryModel(lib, ThumbnailCache(tmp_path / "thumbs", SyncExecutor()))
        model.set_query(LibraryQuery())
        shown = {model.clip_at(r).local_id: model.index(r) for r in range(model.rowCount())}
        tile = shown[renamed.local_id]
        assert tile.data(Qt.ItemDataRole.DisplayRole) == "Harbour opening_v2"
        assert tile.data(Qt.ItemDataRole.AccessibleTextRole) == "Harbour opening_v2"
        tip = tile.data(Qt.ItemDataRole.ToolTipRole).splitlines()
        assert tip[:2] == ["Harbour opening_v2", renamed.request.prompt]
        assert shown[plain.local_id].data(Qt.ItemDataRole.DisplayRole).startswith("Shot 1:")
    finally:
        lib.close()


def test_the_player_details_show_the_name_above_the_prompt(qtbot: Any, tmp_path: Path) -> None:
    record = dataclasses.replace(make_record(3, tmp_path), title="Final cut")
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"not really a video, only hashed")
    details = ClipDetails()
    qtbot.addWidget(details)
    details.show()
    data = sidecar_for(record, clip)
    assert data["title"] == "Final cut"
    details.show_sidecar(data)
    assert details.name.isVisible() and details.name.text() == "Final cut"
    assert details.prompt.text() == record.request.prompt
    details.show_sidecar({**data, "title": None})  # never renamed: no name line
    assert not details.name.isVisible()
    details.show_sidecar(read_sidecar(tmp_path / "missing.mp4"))
    assert not details.name.isVisible()
