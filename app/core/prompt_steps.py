"""Stepping through earlier prompts in the editor (Ctrl+Up older, Ctrl+Down newer), as a shell
steps through its history: what was being typed is kept and comes back at the newest end."""

from __future__ import annotations

from collections.abc import Sequence


class PromptSteps:
    """A position in `history` (newest first); -1 is the text being typed."""

    def __init__(self, history: Sequence[str] = ()) -> None:
        self._history = list(history)
        self._pos = -1
        self._typed = ""

    def reset(self, history: Sequence[str]) -> None:
        """New history (a prompt was sent): back at the text being typed."""
        self._history, self._pos = list(history), -1

    @property
    def position(self) -> int:
        return self._pos

    def older(self, current: str) -> str | None:
        """The next older prompt, or None at the oldest (the editor keeps its text)."""
        if self._pos + 1 >= len(self._history):
            return None
        if self._pos == -1:
            self._typed = current
        self._pos += 1
        return self._history[self._pos]

    def newer(self) -> str | None:
        """The next newer prompt, then what was being typed; None when already there."""
        if self._pos == -1:
            return None
        self._pos -= 1
        return self._typed if self._pos == -1 else self._history[self._pos]
