"""A typed QT_TRANSLATE_NOOP: marks a string for lupdate and returns it (Qt's returns `object`).

Apart from app/ui/labels.py so that the window frame (app/ui/actions.py) can use it without
importing the core modules the labels need."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate finds
    return text
