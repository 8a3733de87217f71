"""The daily budget in the window: a submission that would pass it asks first, with the
figures; declined, nothing reaches the simulator; accepted, the clip is sent."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.budget import credits_text
from app.services.home.settings import DAILY_BUDGET, Settings
from app.services.tasks.store import TaskStore
from app.simulator import Simulator
from app.ui.actions import ActionId
from app.ui.studio import Studio
from tests.spending.conftest import add_task, store_at
from tests.ui.conftest import running_studio
from tests.ui.test_studio import named
from tests.uploads.conftest import creates_seen
from tests.waiting import until


async def _generate_and_get_question(studio: Studio, qtbot: QtBot) -> QMessageBox:
    qtbot.keyClicks(named(studio.composer, "Prompt"), "a kite over the dunes")
    qtbot.mouseClick(studio.composer.generate, Qt.MouseButton.LeftButton)
    await until(lambda: studio.spending.prompt.question is not None)
    box = studio.spending.prompt.question
    assert box is not None and box.isVisible()
    return box


def _spent_today(home: Path, credits: float) -> TaskStore:
    """A task of today that cost `credits`; the studio gets a store of its own on that file."""
    seed, clock = store_at(home / "studio.sqlite3", time.time() - 60)
    add_task(seed, clock, clock.now, credits, outcome="expired")
    seed.close()
    return TaskStore(home / "studio.sqlite3")


def _figures(studio: Studio) -> tuple[str, str]:
    """The composer's estimate as the question shows it, and today's 40 plus it."""
    figure = studio.composer.cost.figure()
    assert figure is not None and figure.credits is not None
    return credits_text(figure.credits), credits_text(40 + figure.credits)


async def test_declined_nothing_is_sent(qtbot: QtBot, studio_home: Path) -> None:
    Settings.open_default().set(DAILY_BUDGET, 50)
    store = _spent_today(studio_home, 40)
    sim = Simulator(generation_seconds=0.3)
    async with running_studio(store, sim=sim) as (studio, _run):
        box = await _generate_and_get_question(studio, qtbot)
        estimate, after = _figures(studio)
        assert box.text() == (f"Today: 40 of 50 credits; this clip ≈ {estimate} → {after}. "
                              "Send anyway?")
        qtbot.mouseClick(named(box, "Don't send"), Qt.MouseButton.LeftButton)
        await asyncio.sleep(0.3)
        assert studio.spending.prompt.question is None
        assert creates_seen(sim) == 0
        assert studio.composer.generate.isEnabled()  # not busy: the user may change the clip
        assert len(store.list()) == 1  # no write-ahead record either
    store.close()


async def test_accepted_the_clip_is_sent(qtbot: QtBot, studio_home: Path) -> None:
    Settings.open_default().set(DAILY_BUDGET, 50)
    store = _spent_today(studio_home, 40)
    sim = Simulator(generation_seconds=0.3)
    async with running_studio(store, sim=sim) as (studio, _run):
        box = await _generate_and_get_question(studio, qtbot)
        qtbot.mouseClick(named(box, "Send anyway"), Qt.MouseButton.LeftButton)
        await until(lambda: creates_seen(sim) > 0)
        assert creates_seen(sim) == 1
    store.close()


async def test_within_the_budget_nothing_is_asked(qtbot: QtBot, studio_home: Path) -> None:
    Settings.open_default().set(DAILY_BUDGET, 5000)
    store = _spent_today(studio_home, 40)
    sim = Simulator(generation_seconds=0.3)
    async with running_studio(store, sim=sim) as (studio, _run):
        qtbot.keyClicks(named(studio.composer, "Prompt"), "a kite over the dunes")
        qtbot.mouseClick(studio.composer.generate, Qt.MouseButton.LeftButton)
        await until(lambda: creates_seen(sim) > 0)
        assert creates_seen(sim) == 1 and studio.spending.prompt.question is None
    store.close()


async def test_account_menu_opens_the_spending_view(qtbot: QtBot, studio_home: Path) -> None:
    store = _spent_today(studio_home, 40)
    async with running_studio(store) as (studio, _run):
        menu = next(a for a in studio.window.menuBar().actions() if a.text() == "&Account")
        assert "&Spending…" in [a.text() for a in menu.menu().actions()]  # type: ignore[union-attr]
        studio.actions[ActionId.SPENDING].trigger()
        dialog = studio.spending.dialog
        assert dialog is not None and dialog.isVisible()
        await until(lambda: dialog.summary() is not None)
        assert dialog.spent.text() == "Spent in the last 14 days: 40 credits"
        dialog.close()
    store.close()


async def test_closing_the_window_answers_an_open_question(qtbot: QtBot,
                                                           studio_home: Path) -> None:
    """The question and the send are one task, which closing waits for (up to 30 s): an
    open question is answered "Don't send" at once, so the window closes and nothing is sent."""
    Settings.open_default().set(DAILY_BUDGET, 50)
    store = _spent_today(studio_home, 40)
    sim = Simulator(generation_seconds=0.3)
    async with running_studio(store, sim=sim) as (studio, run):
        await _generate_and_get_question(studio, qtbot)
        studio.window.close()
        await asyncio.wait_for(run, 5)  # well inside the 30 s a send under way would get
        assert studio.spending.prompt.question is None
        assert creates_seen(sim) == 0
    store.close()
