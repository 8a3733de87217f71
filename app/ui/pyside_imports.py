"""Imports after PySide6 cost less: its feature hook is answered from the module's globals.

PySide6 asks of every module imported after it whether it uses PySide6 (for `__feature__`
switching, which this app does not use), through `inspect.getsource` and a search for the text
"PySide6": linecache, the encoding cookie and all lines of about 400 modules before the window
is ready, 5–10 % of start-up; reading each file's bytes instead still made seven system calls a
module. A module uses PySide6 when its globals hold a PySide6 (or shiboken6) module or object:
a module that names PySide6 only in a comment or for type checking never calls it. Anything
else (a PySide6 whose hook is not where it was) keeps PySide6's own answer.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import BuiltinFunctionType, FunctionType, ModuleType

_FEATURE_MODULE = "shibokensupport.feature"
_HOOK = "_mod_uses_pyside"
_PYSIDE = ("PySide6", "shiboken6")


def skip_source_scan() -> bool:
    """Install the faster check once (after PySide6 was imported); False when not possible."""
    feature = sys.modules.get(_FEATURE_MODULE)
    upstream: Callable[[ModuleType], bool] | None = getattr(feature, _HOOK, None)
    if feature is None or upstream is None:
        return False
    if getattr(upstream, "reads_bytes", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        for value in list(vars(module).values()):
            if isinstance(value, ModuleType):
                name: object = value.__name__
            elif isinstance(value, (type, FunctionType, BuiltinFunctionType)):
                name = value.__module__
            else:
                name = type(value).__module__
            if isinstance(name, str) and name.startswith(_PYSIDE):
                return True
        return False

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    setattr(feature, _HOOK, uses_pyside)
    return True
