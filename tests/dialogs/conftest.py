"""Dialog tests: a private keychain entry per test and a simulator that knows the test key."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest

from app.services.api.config import Endpoints, resolve_endpoints
from app.simulator import Simulator
from tests import waiting
from tests.settings.keyring_fixtures import private_service, real_keychain, restore_keyring

__all__ = ["private_service", "real_keychain", "restore_keyring"]

KEY = "sk-test-LEAKMARK-dialogs-0123abcd"
WRONG = "sk-test-LEAKMARK-wrong-99999zzzz"


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    simulator = Simulator(api_keys={KEY}, generation_seconds=0.3, initial_credits=1234.5)
    await simulator.start()
    yield simulator
    await simulator.stop()


@pytest.fixture
def endpoints(sim: Simulator) -> Endpoints:
    assert sim.base_url is not None
    return resolve_endpoints(sim.base_url)


async def until(condition: Callable[[], object], timeout_s: float = 10.0) -> None:
    """`tests.waiting.until`: the qasync loop runs meanwhile (a nested Qt loop would stall
    asyncio)."""
    await waiting.until(condition, timeout_s)
