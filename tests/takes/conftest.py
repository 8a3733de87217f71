"""Fixtures of the take-set tests: the store in the test's own data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.services.tasks.store import TaskStore
from tests.cli.conftest import KEY, ThreadedSimulator


@pytest.fixture
def threaded_sim(qapp: Any) -> Iterator[ThreadedSimulator]:
    """A simulator on its own thread, for the CLI run as a subprocess."""
    ts = ThreadedSimulator(api_keys={KEY}, generation_seconds=0.5, initial_credits=5000.0)
    yield ts
    ts.stop()


@pytest.fixture
def store(studio_home: Path) -> Iterator[TaskStore]:
    s = TaskStore(studio_home / "studio.sqlite3")
    yield s
    s.close()
