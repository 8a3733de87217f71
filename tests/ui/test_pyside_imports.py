"""PySide6's import hook gets the same answers, from the files' bytes."""

from __future__ import annotations

import sys

import PySide6.QtCore

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


def test_the_faster_check_never_raises_nor_loads_a_lazy_module() -> None:
    """PySide6 fails an import whose check raises (and every later one): odd values answer no."""
    import importlib.util
    import types

    feature = sys.modules["shibokensupport.feature"]
    upstream = feature._mod_uses_pyside
    assert skip_source_scan()
    check = feature._mod_uses_pyside
    try:
        odd = types.ModuleType("odd")
        exec("Y = type('Y', (), {})\ny = Y()", {"__builtins__": __builtins__}, vars(odd))
        # a class made where no __name__ was set: it has no __module__ at all

        class Lazy:
            @property
            def __class__(self) -> type:  # type: ignore[override]
                raise RuntimeError("a proxy that runs code when looked at")

        vars(odd)["proxy"] = Lazy()
        spec = importlib.util.find_spec("colorsys")
        assert spec is not None and spec.loader is not None
        lazy = importlib.util.module_from_spec(spec)
        importlib.util.LazyLoader(spec.loader).exec_module(lazy)
        vars(odd)["colours"] = lazy
        assert check(odd) is False
        assert "hls_to_rgb" not in object.__getattribute__(lazy, "__dict__")  # still not loaded
        vars(odd)["qt"] = PySide6.QtCore
        assert check(odd) is True
    finally:
        feature._mod_uses_pyside = upstream
