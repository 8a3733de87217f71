"""Waiting in tests on a condition or a signal, never for a fixed time.

`until` checks its condition on every turn of the loop (a condition with no signal of its
own: a file, a store row); `signal_once` waits for one emission. The time limit only guards
against a hang: a test that passes never waits for it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QWidget)
CHECK_EVERY_S = 0.01


async def until(predicate: Callable[[], object], timeout_s: float = 10.0, *,
                what: str = "the condition") -> None:
    """Return as soon as `predicate()` is true; AssertionError after `timeout_s` seconds."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout_s
    while not predicate():
        if loop.time() > end:
            raise AssertionError(f"{what} was not met within {timeout_s:g} s")
        await asyncio.sleep(CHECK_EVERY_S)


async def signal_once(signal: SignalInstance, timeout_s: float = 10.0) -> tuple[Any, ...]:
    """The arguments of the next emission of `signal`."""
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def got(*args: Any) -> None:
        if not future.done():
            future.set_result(args)

    signal.connect(got)
    try:
        return await asyncio.wait_for(future, timeout_s)
    finally:
        with contextlib.suppress(RuntimeError):  # its sender may be gone already
            signal.disconnect(got)


def shown(kind: type[W], *, besides: QWidget | None = None) -> W | None:
    """A visible top-level window of `kind` (other than `besides`), if one is open."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget is not besides and widget.isVisible():
            return widget
    return None


async def window_of(kind: type[W], timeout_s: float = 10.0, *,
                    besides: QWidget | None = None) -> W:
    """Wait for a visible top-level window of `kind` (other than `besides`) and return it."""
    await until(lambda: shown(kind, besides=besides) is not None, timeout_s,
                what=f"a visible {kind.__name__}")
    found = shown(kind, besides=besides)
    assert found is not None
    return found
