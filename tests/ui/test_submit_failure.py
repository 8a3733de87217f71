"""A failure nobody planned for in a submission (the store cannot write) is said on the composer
and Generate works again: the window never stays on "Submitting…"."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.services.tasks.store import TaskStore
from tests.ui.conftest import running_studio
from tests.waiting import until


class FullDiskStore(TaskStore):
    """A real store whose next write-ahead of a submission fails as a full disk does."""

    def begin_submission(self, *args: Any, **kwargs: Any) -> Any:
        raise sqlite3.OperationalError("database or disk is full")


@pytest.mark.logs_errors(r"^session: background task 'submit' failed$")
async def test_a_store_failure_in_a_submission_is_said_and_generate_comes_back(
        qtbot: QtBot, studio_home: Path) -> None:
    async with running_studio(FullDiskStore(studio_home / "studio.sqlite3")) as (studio, _run):
        composer = studio.composer
        composer.prompt.set_text("a paper lantern drifting over a lake")
        assert composer.generate.isEnabled()
        composer.generate.click()
        await until(composer.generate.isEnabled, what="Generate enabled again")
        assert composer.generate.isEnabled() and composer.generate.text() == "Generate"
        said = composer.reason.text()
        assert "The submission failed" in said and "disk is full" in said
        assert studio.queue.records() == []
