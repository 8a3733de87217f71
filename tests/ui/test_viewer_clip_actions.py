"""The viewer's clip actions as buttons (issue 19 item 2): named for a screen reader, enabled
for a clip of the library, and doing what the gallery's menu does."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.tasks.store import TaskStore
from app.ui.actions import VIEWER_SPECS
from app.ui.labels import plain_label
from app.ui.studio import Outcome, Studio
from tests.library.conftest import fill_store, make_record, write_clip
from tests.ui.conftest import running_studio, studio_on_simulator

Running = tuple[Studio, "asyncio.Task[Outcome]"]


@pytest.fixture
async def running(qtbot: QtBot, studio_home: Path) -> AsyncIterator[Running]:
    folder = studio_home / "clips"
    folder.mkdir(exist_ok=True)
    records = [make_record(i, folder) for i in range(2)]
    for i, rec in enumerate(records):
        write_clip(Path(rec.file_path or ""), i + 1, width=128, height=72)
    path = studio_home / "studio.sqlite3"
    TaskStore(path).close()
    fill_store(path, records)
    async with running_studio(TaskStore(path)) as studio_and_run:
        yield studio_and_run
        # The gallery's thumbnails are made before the session closes under them.
        thumbnails = studio_and_run[0].thumbnails
        for _ in range(200):
            if thumbnails.pending_count() == 0:
                break
            await asyncio.sleep(0.1)


async def _open(studio: Studio, qtbot: QtBot, clip: Path) -> None:
    with qtbot.waitSignal(studio.player.mediaLoaded, timeout=10_000):
        studio.player_panel.open_clip(clip)


async def test_the_viewer_has_the_clip_actions_as_buttons(running: Running, qtbot: QtBot,
                                                          studio_home: Path) -> None:
    studio, _ = running
    bar, actions = studio.clip_bar, studio.actions
    assert [b.defaultAction() for b in bar.buttons] == [actions[s.id] for s in VIEWER_SPECS]
    for button in bar.buttons:
        words = plain_label(button.defaultAction().text()).rstrip("…")
        assert button.accessibleName() == words and not button.icon().isNull()
        assert not button.isEnabled()  # no clip on show
    first, second = sorted((studio_home / "clips").glob("*.mp4"))
    await _open(studio, qtbot, first)
    assert bar.isVisible()
    assert actions["clip_reuse"].isEnabled() and actions["clip_trash"].isEnabled()
    assert not actions["clip_compare"].isEnabled()  # nothing viewed before it
    await _open(studio, qtbot, second)
    assert actions["clip_compare"].isEnabled() and studio.viewer_clip.previous == first

    # Reuse settings: the composer takes the viewer's clip's prompt.
    actions["clip_reuse"].trigger()
    record = studio.viewer_clip.record
    assert record is not None
    qtbot.waitUntil(lambda: studio.composer.prompt.text() == record.request.prompt)

    # Compare: the clip viewed before and this one, side by side.
    with qtbot.waitSignal(studio.viewer_clip.compareRequested) as compared:
        actions["clip_compare"].trigger()
    assert compared.args == [first, second]
    for window in studio.clip_flow._compares:
        window.close()


async def test_the_clip_actions_wait_for_a_clip_from_the_first_paint(qtbot: QtBot,
                                                                     studio_home: Path) -> None:
    """The studio paints before its clip actions are wired (Studio.build_flows): until a clip
    is on show, none of them may look or read as usable."""
    async with studio_on_simulator(TaskStore(studio_home / "studio.sqlite3")) as studio:
        qtbot.addWidget(studio.window)
        assert not hasattr(studio, "viewer_clip")  # not wired yet: this is that moment
        bar = studio.actions.viewer_actions()
        assert len(bar) == len(VIEWER_SPECS)
        assert [a.isEnabled() for a in bar] == [False] * len(bar)
        studio.build_flows()
        assert [a.isEnabled() for a in bar] == [False] * len(bar)  # still no clip
