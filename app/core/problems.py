"""A problem found before a request is sent: which field, which item, and a plain sentence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    field: str
    message: str  # English; from the core a messages.Message, whose id the UI translates
    code: str = "invalid"
    index: int | None = None  # the item of a list field (a media slot), when it is one item

    def __str__(self) -> str:
        where = self.field if self.index is None else f"{self.field}[{self.index}]"
        return f"{where}: {self.message}"
