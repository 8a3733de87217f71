"""Fixtures of the take-set tests: the store in the test's own data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.store import TaskStore


@pytest.fixture
def store(studio_home: Path) -> Iterator[TaskStore]:
    s = TaskStore(studio_home / "studio.sqlite3")
    yield s
    s.close()
