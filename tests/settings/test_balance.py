"""The balance service against the simulator, and the one-prompt-per-401 gate."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from pytestqt.qtbot import QtBot

from app.core.models import Credits, GenerationRequest
from app.services.account.auth_gate import AuthGate
from app.services.account.balance import BalanceService
from app.services.account.key_check import KeyVerdict, check_key
from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.api.errors import ServerError, Unauthorized
from app.services.tasks import generation
from app.services.tasks.store import TaskStore
from app.simulator import Simulator

KEY = "sk-test-LEAKMARK-balance-0000wxyz"


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    simulator = Simulator(api_keys={KEY}, generation_seconds=0.2, initial_credits=500.0)
    await simulator.start()
    yield simulator
    await simulator.stop()


@pytest.fixture
async def client(sim: Simulator) -> AsyncIterator[EvolinkClient]:
    async with EvolinkClient(KEY, resolve_endpoints(sim.base_url), backoff_max_s=0.05) as c:
        yield c


def credit_calls(sim: Simulator) -> int:
    return sum(1 for r in sim.requests if r.group == "credits")


async def test_balance_is_read_and_falls_after_a_submission(
        qtbot: QtBot, sim: Simulator, client: EvolinkClient, studio_home: object) -> None:
    service = BalanceService(client.credits)
    seen: list[Credits] = []
    service.updated.connect(seen.append)
    service.refresh()
    await service.wait_idle()
    assert seen[-1].user_remaining == 500.0
    assert seen[-1].token_unlimited is False
    store = TaskStore.open_default()
    await generation.submit(client, store, GenerationRequest(
        model="seedance-2.0-fast-text-to-video", prompt="a kite", duration=4), source="gui")
    service.refresh()  # what the window does after each submission and finish
    await service.wait_idle()
    assert seen[-1].user_remaining is not None and seen[-1].user_remaining < 500.0
    assert service.last == seen[-1]


async def test_refreshes_asked_during_a_fetch_coalesce_into_one_more(
        sim: Simulator, client: EvolinkClient) -> None:
    service = BalanceService(client.credits)
    sim.faults.delay(0.2, only="credits")
    service.refresh()
    await asyncio.sleep(0.05)
    for _ in range(5):
        service.refresh()
    await service.wait_idle()
    assert credit_calls(sim) == 2


async def test_a_refused_key_is_reported_as_unauthorized(qtbot: QtBot, sim: Simulator) -> None:
    async with EvolinkClient("sk-test-LEAKMARK-wrong-0000", resolve_endpoints(sim.base_url)) as bad:
        service = BalanceService(bad.credits)
        gate = AuthGate()
        service.unauthorized.connect(gate.report_unauthorized)
        with qtbot.waitSignal(gate.key_rejected) as rejected:
            service.refresh()
            await service.wait_idle()
    assert rejected.args[0]
    assert gate.blocked


async def test_a_server_error_is_a_failure_not_a_crash(sim: Simulator,
                                                       client: EvolinkClient) -> None:
    sim.faults.server_error(n=10, status=500, only="credits")
    service = BalanceService(client.credits)
    failures: list[str] = []
    service.failed.connect(failures.append)
    service.refresh()
    await service.wait_idle()
    assert failures and service.last is None


async def test_no_source_means_no_request(sim: Simulator) -> None:
    service = BalanceService(None)
    service.refresh()
    await service.wait_idle()
    assert credit_calls(sim) == 0


def test_many_401s_open_one_prompt_until_a_new_key(qtbot: QtBot) -> None:
    gate = AuthGate()
    reasons: list[str] = []
    gate.key_rejected.connect(reasons.append)
    assert gate.report(Unauthorized("Invalid API key", status=401))
    for _ in range(5):
        gate.report(Unauthorized("Invalid API key", status=401))
    assert not gate.report(ServerError("boom", status=500))
    assert reasons == ["Invalid API key"]
    with qtbot.waitSignal(gate.cleared):
        gate.key_replaced()
    assert not gate.blocked
    gate.report(Unauthorized("Expired key", status=401))
    assert reasons == ["Invalid API key", "Expired key"]


async def test_check_key_verdicts(sim: Simulator) -> None:
    endpoints = resolve_endpoints(sim.base_url)
    good = await check_key(KEY, endpoints)
    assert good.verdict is KeyVerdict.VALID and good.credits is not None
    assert good.credits.user_remaining == 500.0
    bad = await check_key("sk-test-LEAKMARK-nope-1111", endpoints)
    assert bad.verdict is KeyVerdict.INVALID
    assert (await check_key("  ", endpoints)).verdict is KeyVerdict.INVALID
    sim.faults.server_error(n=1, status=500, only="credits")
    assert (await check_key(KEY, endpoints)).verdict is KeyVerdict.ERROR
