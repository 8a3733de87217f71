"""In the window: Takes and Vary in the composer, one question with the list, the total and the
daily budget, then the set in the queue as one row."""

from __future__ import annotations

from pathlib import Path

from app.core.capabilities import Tier
from app.core.states import TaskState
from app.services.home.settings import DAILY_BUDGET
from app.services.tasks.store import TaskStore
from app.simulator import Simulator
from app.ui.queue.model import QueueModel
from tests.takes.test_set_send import until
from tests.ui.conftest import running_studio


class Answers:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str, str]] = []

    async def __call__(self, title: str, text: str, accept: str) -> bool:
        self.asked.append((title, text, accept))
        return self.answer


async def test_a_set_from_the_composer_is_asked_once_and_queued_as_one_row(
        store: TaskStore, studio_home: Path) -> None:
    sim = Simulator(generation_seconds=0.3)
    async with running_studio(store, sim=sim) as (studio, _run):
        composer = studio.composer
        composer.model_picker.tier.button(Tier.FAST).click()
        composer.prompt.set_text("a paper kite over {rain|snow}")
        composer.takes.count.setValue(2)
        no = Answers(False)
        studio.take_set_flow._ask = no
        composer.generate.click()
        await until(lambda: bool(no.asked) and composer.generate.isEnabled())
        assert sim.tasks == {} and store.list() == []  # "Don't send": nothing written or sent
        yes = Answers(True)
        studio.take_set_flow._ask = yes
        composer.generate.click()
        await until(lambda: len(sim.tasks) == 4 and composer.generate.isEnabled())
        [(title, text, accept)] = yes.asked
        assert title == "Send the take set (4)?" and accept == "&Send"
        assert "1. rain" in text and "4. snow" in text and "Total: ≈ " in text
        panel = studio.queue_panel
        await until(lambda: panel.finished_proxy.rowCount() == 1)
        assert panel.active_proxy.rowCount() == 0
        row = panel.finished_proxy.index(0, 0).data(QueueModel.TextRole)
        assert row.title.startswith("4 takes") and "4 saved" in row.status
        assert {r.state for r in store.list()} == {TaskState.SAVED}


async def test_over_the_daily_budget_the_same_question_says_so(
        store: TaskStore, studio_home: Path) -> None:
    sim = Simulator(generation_seconds=0.3)
    async with running_studio(store, sim=sim) as (studio, _run):
        studio.session.settings.set(DAILY_BUDGET, 1)
        composer = studio.composer
        composer.prompt.set_text("a paper kite over {rain|snow}")
        no = Answers(False)
        studio.take_set_flow._ask = no
        composer.generate.click()
        await until(lambda: bool(no.asked) and composer.generate.isEnabled())
        [(_title, text, accept)] = no.asked
        assert "Over your daily budget" in text and accept == "&Send anyway"
        assert sim.tasks == {}
