"""The library knows take sets: a "Take 2/4" badge, "Show this set" and its clearing, and
"Compare takes" on a set or on a selection of 2–9 clips (real clips, a real store)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.services.clips.clip_actions import ClipActions
from app.services.clips.library import ClipLibrary
from app.services.tasks.store import TaskStore
from app.services.tasks.store_schema import TaskRecord
from app.ui.library.model import LibraryModel
from app.ui.library.panel import LibraryPanel
from tests.library.clip_helpers import saved_clip, store, trash_home
from tests.library.test_panel_actions import actions, enabled, library, make_panel, select

__all__ = ["actions", "library", "store", "trash_home"]  # fixtures
SET = "f" * 32


@pytest.fixture
def records(store: TaskStore, tmp_path: Path) -> list[TaskRecord]:
    """Two clips of no set, then four takes of one set (take 3 never saved: three listed)."""
    clips = tmp_path / "clips"
    made = [saved_clip(store.path, clips, i) for i in range(2)]
    for take in (0, 1, 3):
        made.append(saved_clip(store.path, clips, 2 + take, set_id=SET, set_index=take,
                               take_label=f"take {take}"))
    # The unsaved member still counts in the set's size.
    sql = store._conn()
    sql.execute("INSERT INTO tasks (local_id, task_id, state, request_json, idempotency_key, "
                "source, created_at, updated_at, set_id, set_index) VALUES "
                "('e0', NULL, 'draft', ?, 'ss-eeeeeeeeeeeeeeee', 'gui', 1, 1, ?, 2)",
                (made[-1].request.model_dump_json(), SET))
    return made


@pytest.fixture
def panel(qtbot: Any, library: ClipLibrary, tmp_path: Path, actions: ClipActions,
          records: list[TaskRecord]) -> LibraryPanel:
    return make_panel(qtbot, library, tmp_path, actions)


def badges(panel: LibraryPanel) -> list[str]:
    model = panel.model
    return [model.index(r).data(LibraryModel.BadgeRole) for r in range(model.rowCount())]


def test_clips_of_a_set_wear_their_take_badge(panel: LibraryPanel, qtbot: Any) -> None:
    # Newest first: takes 4, 2, 1 of the set, then the two clips of no set.
    assert badges(panel) == ["Take 4/4", "Take 2/4", "Take 1/4", "", ""]
    assert "Take 2/4" in panel.model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    panel.show()
    qtbot.waitExposed(panel)
    image: QImage = panel.view.viewport().grab().toImage()
    assert not image.isNull()  # the delegate paints the badge without complaint


def test_show_this_set_filters_and_is_cleared(panel: LibraryPanel) -> None:
    select(panel, 4)  # a clip of no set: no set to show
    assert "show_set" not in enabled(panel)
    select(panel, 1)
    assert {"show_set", "compare_takes", "remake"} <= enabled(panel)
    assert not panel.set_button.isVisibleTo(panel)
    panel.commands.actions["show_set"].trigger()
    assert panel.model.total == 3 and panel.set_button.isVisibleTo(panel)
    assert panel.current_query().set_id == SET
    panel.set_button.click()
    assert panel.model.total == 5 and not panel.set_button.isVisibleTo(panel)
    panel.show_set(SET)
    panel.clear_filters()  # "Clear search and filters" clears the set too
    assert panel.model.total == 5 and panel.current_query().set_id is None


def test_compare_takes_opens_the_set_or_the_selection(panel: LibraryPanel, qtbot: Any,
                                                      records: list[TaskRecord]) -> None:
    seen: list[list[Path]] = []
    panel.compareTakesRequested.connect(seen.append)
    select(panel, 0)  # one clip of the set: the whole set, in take order
    panel.commands.actions["compare_takes"].trigger()
    assert seen[-1] == [Path(str(r.file_path)) for r in records[2:]]
    select(panel, 3, 4)  # two clips of no set
    panel.commands.actions["compare_takes"].trigger()
    assert seen[-1] == [Path(str(records[1].file_path)), Path(str(records[0].file_path))]
    select(panel, 4)
    assert "compare_takes" not in enabled(panel)


def test_make_again_asks_for_the_selected_clip(panel: LibraryPanel,
                                               records: list[TaskRecord]) -> None:
    asked: list[TaskRecord] = []
    panel.remakeRequested.connect(asked.append)
    select(panel, 2)
    panel.commands.actions["remake"].trigger()
    assert [r.local_id for r in asked] == [records[2].local_id]


def test_the_library_finds_a_record_by_its_file(library: ClipLibrary,
                                                records: list[TaskRecord]) -> None:
    found = library.record_of_file(Path(str(records[3].file_path)))
    assert found is not None and found.set_id == SET and found.set_index == 1
    assert library.record_of_file(Path("/nowhere.mp4")) is None


def test_the_grid_pick_is_starred_and_rejected_takes_go_to_the_trash(
        qtbot: Any, library: ClipLibrary, actions: ClipActions, store: TaskStore,
        records: list[TaskRecord], trash_home: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from app.ui.takes.take_flow import TakeFlow

    window = QWidget()
    qtbot.addWidget(window)
    said: list[str] = []
    flow = TakeFlow(library=library, clip_actions=actions, send=_no_send, price=lambda _r: None,
                    window=window, say=said.append)
    changed: list[bool] = []
    flow.libraryChanged.connect(lambda: changed.append(True))
    takes = [Path(str(r.file_path)) for r in records[2:]]
    assert flow.compare(takes[:1]) is None and "2 to 9" in said[-1]
    grid_window = flow.compare(takes)
    assert grid_window is not None
    qtbot.waitUntil(grid_window.grid.group.is_ready, timeout=15_000)
    grid_window.grid.set_current(1)
    grid_window.grid.pick_current()
    picked = store.get(records[3].local_id)
    assert picked is not None and picked.favourite and changed
    grid_window.trashRequested.emit([takes[0], takes[2]])
    gone = [store.get(r.local_id) for r in (records[2], records[4])]
    assert all(r is not None and r.trashed_at is not None for r in gone)
    assert not takes[0].exists() and takes[1].exists()
    assert "Moved 2 take(s) to the trash" in said[-1]
    grid_window.close()


def _no_send(*_args: Any) -> Any:
    raise AssertionError("nothing is sent here")


def test_the_viewer_opens_the_set_of_its_clip(qtbot: Any, library: ClipLibrary,
                                               actions: ClipActions,
                                               records: list[TaskRecord]) -> None:
    from PySide6.QtWidgets import QWidget

    from app.ui.takes.take_flow import TakeFlow

    window = QWidget()
    qtbot.addWidget(window)
    said: list[str] = []
    flow = TakeFlow(library=library, clip_actions=actions, send=_no_send, price=lambda _r: None,
                    window=window, say=said.append)
    alone = Path(str(records[0].file_path))
    assert flow.compare_set_of(alone) is None and "is not one of a take set" in said[-1]
    flow.remake_file(Path("/nowhere/clip.mp4"))
    assert "is not a clip of this library" in said[-1]
    grid_window = flow.compare_set_of(Path(str(records[3].file_path)))
    assert grid_window is not None
    assert [t.path for t in grid_window.grid.tiles] == [Path(str(r.file_path))
                                                        for r in records[2:]]
    grid_window.close()
