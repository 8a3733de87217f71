"""Issue 16's acceptance, in the running studio on the simulator: a set of 4 takes (two tiers ×
two prompt alternatives) → 4 clips → the grid → pick one → "Make again at Standard 720p" → a
fifth clip with the same prompt and media."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from app.core.capabilities import Tier
from app.core.media_limits import MediaKind
from app.core.models import GenerationRequest
from app.core.states import TaskState
from app.services.media import inputs
from app.services.tasks import submission as sub
from app.services.tasks.store import TaskStore
from app.services.tasks.store_schema import TaskRecord
from app.ui.studio import Studio
from tests.ui.conftest import running_studio

PROMPTS = ("a paper kite over the harbour in rain", "a paper kite over the harbour in snow")
TIERS = ("seedance-2.0-mini-image-to-video", "seedance-2.0-fast-image-to-video")


async def until(check: Callable[[], bool], seconds: float = 30.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("timed out")


def saved(store: TaskStore) -> list[TaskRecord]:
    return [r for r in store.list(limit=100) if r.state is TaskState.SAVED]


def as_one_set(store: TaskStore, records: list[TaskRecord]) -> None:
    """The four clips become one take set, as the composer's Takes would have written them."""
    conn = sqlite3.connect(store.path, isolation_level=None)
    for i, rec in enumerate(records):
        conn.execute("UPDATE tasks SET set_id = 'acceptance', set_index = ?, take_label = ? "
                     "WHERE local_id = ?", (i, f"take {i + 1}", rec.local_id))
    conn.close()


async def test_four_takes_a_pick_and_the_keeper_made_again(qtbot: QtBot, studio_home: Path,
                                                           tmp_path: Path) -> None:
    store = TaskStore(studio_home / "studio.sqlite3")
    picture = tmp_path / "harbour.png"
    image = QImage(320, 180, QImage.Format.Format_RGB32)
    image.fill(QColor(40, 90, 160))
    assert image.save(str(picture))
    async with running_studio(store) as (studio, _run):
        await run_the_flow(qtbot, studio, store, picture)
    store.close()


async def run_the_flow(qtbot: QtBot, studio: Studio, store: TaskStore, picture: Path) -> None:
    items, problems = await asyncio.to_thread(inputs.preflight, MediaKind.IMAGE,
                                              [str(picture)])
    assert not problems
    # The set: two tiers × two prompt alternatives, sent through the session.
    for model in TIERS:
        for prompt in PROMPTS:
            request = GenerationRequest(model=model, prompt=prompt, duration=4,
                                        quality="480p", aspect_ratio="16:9")
            result = await studio.session.send(request, {MediaKind.IMAGE: items})
            assert isinstance(result, sub.Submitted), result
    await until(lambda: len(saved(store)) == 4)
    takes = sorted(saved(store), key=lambda r: r.created_at)
    as_one_set(store, takes)

    # The library shows the set; "Compare takes" on one take opens the grid with all four.
    panel = studio.library_panel
    panel.refresh()
    assert panel.model.rowCount() == 4
    assert {panel.model.index(r).data(panel.model.BadgeRole) for r in range(4)} == {
        "Take 1/4", "Take 2/4", "Take 3/4", "Take 4/4"}
    panel.view.setCurrentIndex(panel.model.index(0))
    panel.commands.actions["compare_takes"].trigger()
    assert len(studio.take_flow.grids) == 1
    grid = studio.take_flow.grids[0].grid
    await until(lambda: grid.group.is_ready())
    assert [t.path for t in grid.tiles] == [Path(str(r.file_path)) for r in takes]
    captions = [t.caption.full_text() for t in grid.tiles]
    assert captions[0] == "Image to video · Mini · rain" and captions[3].endswith("snow")

    # Pick take 3 (Fast, rain): starred in the library, kept in the store.
    grid.set_current(2)
    grid.pick_current()
    keeper = store.get(takes[2].local_id)
    assert keeper is not None and keeper.favourite

    # "Make again at Standard 720p": the dialog shows the ladder with costs; the choice is sent.
    studio.take_flow.remake(keeper)
    await until(lambda: studio.take_flow.dialog is not None
                and studio.take_flow.dialog.isVisible())
    dialog = studio.take_flow.dialog
    assert dialog is not None
    assert dialog.select(Tier.STANDARD, "720p")
    await until(lambda: "credits" in dialog.cost.text())
    assert all("credits" in t or "not known" in t for t in dialog.choice_texts())
    sent: list[sub.SubmitResult] = []
    studio.take_flow.sent.connect(sent.append)
    dialog.accept()
    await until(lambda: len(saved(store)) == 5)
    fifth = max(saved(store), key=lambda r: r.created_at)
    assert fifth.request.prompt == keeper.request.prompt
    assert (fifth.request.model, fifth.request.quality) == ("seedance-2.0-image-to-video",
                                                           "720p")
    assert fifth.request.duration == keeper.request.duration
    assert list(fifth.media_sources.values()) == [str(picture.absolute())]
    assert len(fifth.request.image_urls) == 1
    assert len(sent) == 1 and isinstance(sent[0], sub.Submitted)
    assert sent[0].record.local_id == fifth.local_id
    studio.take_flow.grids[0].close()
