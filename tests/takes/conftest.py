"""Fixtures of the take-set tests: the store in the test's own data folder (tests/loopback.py), a
simulator on its own thread."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.cli.conftest import KEY, ThreadedSimulator
from tests.loopback import store

__all__ = ["store"]


@pytest.fixture
def threaded_sim(qapp: Any) -> Iterator[ThreadedSimulator]:
    """A simulator on its own thread, for the CLI run as a subprocess."""
    ts = ThreadedSimulator(api_keys={KEY}, generation_seconds=0.5, initial_credits=5000.0)
    yield ts
    ts.stop()
