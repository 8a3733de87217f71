"""PySide6's import hook gets the same answers, from the files' bytes."""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (the hook exists once PySide6 is imported)

import app.core.states
import app.ui.stage
from app.ui.pyside_imports import skip_source_scan


def test_the_faster_check_answers_as_pyside_does() -> None:
    feature = sys.modules["shibokensupport.feature"]
    upstream = feature._mod_uses_pyside
    answers = {m: upstream(m) for m in (app.ui.stage, app.core.states, sys)}
    assert skip_source_scan() and skip_source_scan()  # once; a second call keeps it
    faster = feature._mod_uses_pyside
    assert faster is not upstream
    try:
        assert {m: faster(m) for m in answers} == answers
        assert answers[app.ui.stage] and not answers[app.core.states] and not answers[sys]
    finally:
        feature._mod_uses_pyside = upstream
