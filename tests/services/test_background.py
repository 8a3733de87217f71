"""TaskGroup: every background task named, kept, and its failure said, never swallowed."""

from __future__ import annotations

import asyncio

import pytest

from app.services.background import TaskGroup


async def test_a_task_is_named_and_kept_until_it_ends() -> None:
    group = TaskGroup("test")
    gate = asyncio.Event()
    task = group.start(gate.wait(), "waiting")
    assert task.get_name() == "waiting" and group.running("waiting") == [task] and len(group) == 1
    gate.set()
    await task
    await asyncio.sleep(0)
    assert len(group) == 0 and group.running("waiting") == []


async def test_latest_wins_cancels_the_older_run_of_the_same_name() -> None:
    group = TaskGroup("test")
    first = group.start(asyncio.sleep(10), "preview", latest_wins=True)
    other = group.start(asyncio.sleep(10), "other", latest_wins=True)
    second = group.start(asyncio.sleep(10), "preview", latest_wins=True)
    await asyncio.sleep(0)
    assert first.cancelled() and not second.done() and not other.done()
    await group.aclose()
    assert second.cancelled() and other.cancelled() and len(group) == 0


@pytest.mark.logs_errors(r"^test: background task 'boom' failed$")
async def test_a_failure_is_logged_and_reported_never_swallowed() -> None:
    said: list[tuple[str, str]] = []
    group = TaskGroup("test", on_failure=lambda name, exc: said.append((name, str(exc))))

    async def boom() -> None:
        raise OSError("disk full")

    group.start(boom(), "boom")
    for _ in range(20):
        await asyncio.sleep(0)
    assert said == [("boom", "disk full")]


async def test_wait_gives_a_run_its_time_but_no_more() -> None:
    group = TaskGroup("test")
    slow = group.start(asyncio.sleep(10), "submit")
    quick = group.start(asyncio.sleep(0.01), "submit")
    await group.wait("submit", 0.2)
    assert quick.done() and not slow.done()
    await group.aclose()
    assert slow.cancelled()
