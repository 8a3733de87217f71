"""Each account refusal in the window: its own sentence beside Generate, "nothing was created
or charged", and an "Open account page" button that opens the gateway's link."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from app.core.gateway_errors import next_daily_reset
from app.core.states import TaskState
from app.services.tasks.store import TaskStore
from app.simulator import Simulator
from tests.ui.conftest import running_studio
from tests.ui.test_studio import named
from tests.waiting import until

PAGE = "https://evolink.ai/dashboard/keys"


class UrlCatcher(QObject):
    """Takes the https links QDesktopServices would hand to the browser."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def _daily() -> str:
    reset = next_daily_reset("Asia/Shanghai", datetime.now(UTC))
    assert reset is not None
    return ("This API key has used up its daily limit; it resets at 00:00 Asia/Shanghai "
            f"({reset.astimezone().strftime('%H:%M')} your time)")


@pytest.mark.parametrize(("code", "details", "sentence"), [
    ("insufficient_quota", {"estimated_credits": 40.5, "account_balance_credits": 3.25},
     "Your account's credit balance is too low: this request needs about 40.5 credits and "
     "3.25 remain"),
    ("key_quota_exhausted", {"limit_scope": "key"}, "This API key has used up its own credit "
     "limit (the account may still have credits): raise the key's limit or use another key"),
    ("key_daily_quota_exhausted", {"reset_timezone": "Asia/Shanghai"}, None),
    ("key_disabled", {}, "This API key is disabled: enable it on your Evolink account or use "
     "another key"),
    ("key_expired", {}, "This API key has expired: extend it on your Evolink account or use "
     "another key"),
    ("key_model_not_allowed", {}, "This API key may not use this model: choose another model "
     "or allow it for the key on your Evolink account"),
])
async def test_each_refusal_has_its_sentence_and_the_account_page(
        qtbot: QtBot, studio_home: Path, code: str, details: dict[str, Any],
        sentence: str | None) -> None:
    sim = Simulator(generation_seconds=0.3)
    store = TaskStore(studio_home / "studio.sqlite3")
    async with running_studio(store, sim=sim) as (studio, _run):
        sim.faults.account_refusal(code, action_url=PAGE, **details)
        qtbot.keyClicks(named(studio.composer, "Prompt"), "a kite over the dunes")
        qtbot.mouseClick(studio.composer.generate, Qt.MouseButton.LeftButton)
        await until(studio.composer.account.isVisible, what="the account notice")
        expected = (f"Not sent: {sentence or _daily()}. No task was created and nothing was "
                    "charged")
        message = named(studio.window, expected)
        assert message.isVisible()
        button = named(studio.composer, "Open account page")
        assert button.isVisible()
        catcher = UrlCatcher()
        QDesktopServices.setUrlHandler("https", catcher, "open")
        try:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        finally:
            QDesktopServices.unsetUrlHandler("https")
        assert catcher.opened == [PAGE]
        [rec] = studio.queue.records()
        assert rec.state is TaskState.REJECTED  # "not sent", never outcome-unknown
        assert sim.tasks == {}
        assert studio.composer.generate.isEnabled()

        # The next Generate clears the notice; without a link there is no button.
        sim.faults.account_refusal("key_expired")
        qtbot.mouseClick(studio.composer.generate, Qt.MouseButton.LeftButton)
        await until(lambda: len(studio.queue.records()) == 2
                    and studio.composer.account.isVisible(), what="the second refusal")
        assert studio.composer.account.text.text().startswith("Not sent: This API key has "
                                                              "expired")
        assert not button.isVisible()
