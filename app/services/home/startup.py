"""The start-up decision: welcome on the first run, then the stored key, else the demo."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.services.account.keychain import KeyProvider, KeySource
from app.services.home.window_state import WindowState


class StartMode(StrEnum):
    WELCOME = "welcome"  # first run: ask "Enter API key" or "Try the demo"
    REAL = "real"  # a key was found: the real API
    DEMO = "demo"  # the built-in simulator, with the permanent badge


@dataclass(frozen=True)
class StartPlan:
    mode: StartMode
    source: KeySource | None = None
    # Why the keychain could not be read, to show beside the welcome or the demo badge.
    keychain_problem: str | None = None


def plan_start(provider: KeyProvider, state: WindowState, *, demo: bool = False) -> StartPlan:
    """`demo` is `--demo` on the command line: the simulator whatever else is set."""
    if demo:
        return StartPlan(StartMode.DEMO)
    source = provider.resolve()
    problem = str(provider.keychain_error) if provider.keychain_error else None
    if source is not None:
        return StartPlan(StartMode.REAL, source)
    if not state.flag("welcome_done"):
        return StartPlan(StartMode.WELCOME, keychain_problem=problem)
    return StartPlan(StartMode.DEMO, keychain_problem=problem)


def record_choice(state: WindowState, *, demo: bool) -> None:
    """The welcome was answered; later runs skip it."""
    state.set_flag("welcome_done", True)
    state.set_flag("chose_demo", demo)
