"""A running simulator and a client pointed at it, with waits recorded instead of slept long."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest

from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.simulator import Simulator

# Every test key carries LEAKMARK so that CI can scan all output and files for any leak.
KEY = "sk-test-LEAKMARK-client-0123456789abcd"


@dataclass
class SleepRecorder:
    """Records every backoff the client asks for and sleeps only a token amount."""

    waits: list[float] = field(default_factory=list)

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        await asyncio.sleep(min(seconds, 0.01))


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    simulator = Simulator(api_keys={KEY}, generation_seconds=0.4, initial_credits=1000.0)
    await simulator.start()
    yield simulator
    await simulator.stop()


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
async def client(sim: Simulator, sleeps: SleepRecorder) -> AsyncIterator[EvolinkClient]:
    async with EvolinkClient(KEY, resolve_endpoints(sim.base_url), timeout_s=5.0,
                             sleep=sleeps) as c:
        yield c
