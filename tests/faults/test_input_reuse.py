"""Issue 14 item 10: "Reuse settings" says what it had to change (3 → 4 s, 16 → 15 s,
1080p on Fast → 720p) instead of clamping silently."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.models import GenerationRequest
from app.core.reuse_changes import reuse_changes
from app.services.tasks.store import TaskStore
from app.ui.studio import Studio
from tests.ui.conftest import running_studio

FAST = "seedance-2.0-fast-text-to-video"


def test_each_change_is_one_sentence_and_none_when_nothing_changed() -> None:
    asked = GenerationRequest(model=FAST, prompt="x", duration=3, quality="1080p")
    applied = asked.model_copy(update={"duration": 4, "quality": "720p"})
    said = [str(m) for m in reuse_changes(asked, applied)]
    assert said == ["Duration 3 s became 4 s (clips are 4–15 s).",
                    "Quality 1080p became 720p: Text to video · Fast does not offer 1080p."]
    assert reuse_changes(asked, asked) == []
    assert reuse_changes(asked, None) == []


@pytest.fixture
async def studio(qtbot: QtBot, studio_home: Path) -> AsyncIterator[Studio]:
    async with running_studio(TaskStore(studio_home / "studio.sqlite3")) as (studio, _run):
        yield studio


@pytest.mark.parametrize(("duration", "quality", "said"), [
    (3, "720p", ["Duration 3 s became 4 s"]),
    (16, "720p", ["Duration 16 s became 15 s"]),
    (5, "1080p", ["Quality 1080p became 720p"]),
])
async def test_reuse_says_what_it_changed(studio: Studio, duration: int, quality: str,
                                          said: list[str]) -> None:
    request = GenerationRequest(model=FAST, prompt="a heron in rain", duration=duration,
                                quality=quality)
    studio.clip_flow._fill(request, "Settings of old.mp4 are in the composer")
    shown = studio.window.statusBar().currentMessage()
    assert shown.startswith("Settings of old.mp4 are in the composer.")
    for part in said:
        assert part in shown


async def test_reuse_that_fits_says_nothing_more(studio: Studio) -> None:
    request = GenerationRequest(model=FAST, prompt="a heron in rain", duration=6)
    studio.clip_flow._fill(request, "Settings of old.mp4 are in the composer")
    assert studio.window.statusBar().currentMessage() == \
        "Settings of old.mp4 are in the composer"
