"""The Sequence dock in the running window: composer → shots → generated → exported; kept."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.models import GenerationRequest
from app.core.sequence import LinkKind, Sequence, Shot
from app.services.sequences.sequence_files import load_sequence, save_sequence
from app.services.tasks.store import TaskStore
from app.ui.studio import Outcome, Studio
from tests.queue.conftest import until
from tests.sequence.media import make_clip
from tests.ui.conftest import running_studio, studio_for

REQ = GenerationRequest(model="seedance-2.0-fast-text-to-video", prompt="a harbour")


async def test_composer_shots_generated_in_order_and_exported(qtbot: QtBot,
                                                              studio_home: Path) -> None:
    store = TaskStore(studio_home / "studio.sqlite3")
    async with running_studio(store) as (studio, run):
        views = studio.sequence
        studio.composer.prompt.edit.setPlainText("a lighthouse at dusk")
        studio.actions["add_to_sequence"].trigger()
        studio.composer.prompt.edit.setPlainText("the lamp turns on")
        views.panel.add_button.click()
        project = views.project
        assert len(project.sequence.shots) == 2
        second = project.sequence.shots[1]
        assert second.link is not None and second.link.kind is LinkKind.LAST_FRAME
        assert views.dock.isVisible()  # the tab came to the front
        assert "2 missing" in views.panel.cost.text() or "credits" in views.panel.cost.text()

        views.panel.generate_button.click()
        await until(lambda: not project.running and not project.sequence.missing(), 60)
        assert [s.clip is not None for s in project.sequence.shots] == [True, True]
        assert views.panel.export_button.isEnabled()
        assert "Every shot" in views.panel.cost.text()

        # Dropping a clip adds a shot; I/O in the viewer trims it.
        extra = make_clip(studio_home / "extra.mp4", 160, 90, 1.0, 24, audio=False)
        views.panel.filesDropped.emit([extra], 3)
        await until(lambda: len(project.sequence.shots) == 3, 20)
        views.open_shot(project.sequence.shots[2].id)
        assert views.marks.shot_id == project.sequence.shots[2].id
        views.marks.inMarked.emit(project.sequence.shots[2].id, 0.25)
        assert project.sequence.shots[2].in_s == 0.25
        # Another take for the first shot: the second, made from its last frame, says so.
        await views.replace_clip(project.sequence.shots[0].id, extra)
        assert project.sequence.changed_links() == [1]
        assert "start frame changed" in views.panel.strip.item(1).text()

        dialog = views.open_export()
        dialog.target.setText(str(studio_home / "film.mp4"))
        dialog.export_button.click()
        await until(lambda: dialog.running, 5)
        await dialog.wait_idle()
        assert (studio_home / "film.mp4").is_file(), dialog.time_left.text()
        saved_path = project.path
        studio.window.close()
        assert await asyncio.wait_for(run, 10) is Outcome.QUIT
    store.close()

    # The next start opens the sequence it ended with (autosaved).
    store = TaskStore(studio_home / "studio.sqlite3")
    async with running_studio(store) as (studio, _run):
        project = studio.sequence.project
        await until(lambda: project.path == saved_path, 10)
        assert len(project.sequence.shots) == 3 and not project.sequence.missing()
        assert studio.sequence.panel.strip.count() == 3
    store.close()


async def test_a_new_window_on_the_session_shows_the_same_sequence(studio_home: Path) -> None:
    store = TaskStore(studio_home / "studio.sqlite3")
    async with running_studio(store) as (studio, run):
        studio.composer.prompt.edit.setPlainText("a lighthouse")
        studio.sequence.add_from_composer()
        session = studio.session
        studio._finish(Outcome.WINDOW)
        assert await asyncio.wait_for(run, 10) is Outcome.WINDOW
        again: Studio = studio_for(session)
        again.build_flows()  # as its run() does first
        assert again.sequence.panel.strip.count() == 1
        # A sequence file dropped on the strip is opened (the one open stays saved).
        first = again.sequence.project.path
        other = save_sequence(Sequence(name="other", shots=(Shot(request=REQ),) * 2),
                              studio_home / "other.sequence.json")
        again.sequence.panel.filesDropped.emit([other], 0)
        await until(lambda: again.sequence.project.path == other, 10)
        assert again.sequence.panel.strip.count() == 2
        assert first is not None and load_sequence(first).shots[0].request is not None
        assert again.sequence.project.recent()[:2] == [other, first]
        rerun = asyncio.ensure_future(again.run())
        await asyncio.sleep(0.2)
        again.window.close()
        await asyncio.wait_for(rerun, 10)
    store.close()


async def test_past_the_daily_budget_the_sequence_asks_first(studio_home: Path) -> None:
    from app.services.home.settings import DAILY_BUDGET, Settings

    Settings.open_default().set(DAILY_BUDGET, 1)
    store = TaskStore(studio_home / "studio.sqlite3")
    async with running_studio(store) as (studio, _run):
        views = studio.sequence
        views.project.set(Sequence(shots=(Shot(request=REQ),)))
        views.panel.generate_button.click()
        await until(lambda: views.budget.question is not None, 10)
        box = views.budget.question
        assert box is not None and "Send anyway?" in box.text()
        box.reject()  # "Don't send"
        await until(lambda: views.panel.generate_button.isEnabled(), 10)
        assert store.list() == [] and views.project.sequence.missing()
    store.close()


async def test_the_composer_adds_its_request_as_a_draft_shot(qtbot: QtBot,
                                                             studio_home: Path) -> None:
    store = TaskStore(studio_home / "studio.sqlite3")
    async with running_studio(store) as (studio, _run):
        composer, project = studio.composer, studio.sequence.project
        button = composer.bar.add_to_sequence
        assert button.isVisible() and button.accessibleName() == button.text()
        assert button.text() == "Add to sequence"
        assert "Ctrl+Shift+A" in button.toolTip()  # the registry's key for the same action
        composer.prompt.set_text("a lighthouse at dusk")
        composer.output.duration.setValue(6)
        first = composer.request()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert [s.request for s in project.sequence.shots] == [first]
        assert project.sequence.shots[0].link is None and project.sequence.shots[0].is_draft
        assert studio.sequence.panel.strip.count() == 1
        composer.prompt.set_text("the lamp turns on")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        shots = project.sequence.shots
        assert [s.request.prompt for s in shots if s.request] == [
            "a lighthouse at dusk", "the lamp turns on"]
        assert shots[1].link is not None and shots[1].link.kind is LinkKind.LAST_FRAME
        assert store.list() == []  # a draft: nothing was sent
        project.flush()
        assert project.path is not None
        assert [s.request for s in load_sequence(project.path).shots] == [
            s.request for s in shots]
    store.close()
