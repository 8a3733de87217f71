"""Imports after PySide6 cost less: its feature hook reads each module's file, not its lines.

PySide6 looks at every module imported after it for the text "PySide6" (`__feature__`
switching, which this app does not use) through `inspect.getsource`: linecache, the encoding
cookie and all lines of about 400 modules before the window is ready, 5–10 % of start-up. The
same question is answered from the file's bytes; anything else (no .py file, a PySide6 whose
hook is not where it was) goes to PySide6's own answer.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE_MODULE = "shibokensupport.feature"
_HOOK = "_mod_uses_pyside"


def skip_source_scan() -> bool:
    """Install the faster check once (after PySide6 was imported); False when not possible."""
    feature = sys.modules.get(_FEATURE_MODULE)
    upstream: Callable[[ModuleType], bool] | None = getattr(feature, _HOOK, None)
    if feature is None or upstream is None:
        return False
    if getattr(upstream, "reads_bytes", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return upstream(module)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    setattr(feature, _HOOK, uses_pyside)
    return True
