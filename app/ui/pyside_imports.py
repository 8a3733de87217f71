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
_PLAIN = frozenset({str, int, float, bool, bytes, tuple, list, dict, set, frozenset, type(None),
                    FunctionType})  # a function defined in the module itself is not PySide's


def _origin(value: object) -> object:
    """The module a global value comes from, read from plain dictionaries and types."""
    kind = type(value)
    if issubclass(kind, ModuleType):
        return object.__getattribute__(value, "__dict__").get("__name__")
    if issubclass(kind, type):
        return type.__getattribute__(value, "__module__")
    if issubclass(kind, (FunctionType, BuiltinFunctionType)):
        return object.__getattribute__(value, "__module__")
    return type.__getattribute__(kind, "__module__")


def skip_source_scan() -> bool:
    """Install the faster check once (after PySide6 was imported); False when not possible."""
    feature = sys.modules.get(_FEATURE_MODULE)
    upstream: Callable[[ModuleType], bool] | None = getattr(feature, _HOOK, None)
    if feature is None or upstream is None:
        return False
    if getattr(upstream, "from_globals", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        # Never raises (PySide6 would fail the import, and every later one): it reads plain
        # dictionaries and types only, no attribute a lazy object could answer by running code.
        try:
            values = list(object.__getattribute__(module, "__dict__").values())
        except Exception:  # an odd module: no, as PySide6's own check says then
            return False
        for value in values:
            if type(value) in _PLAIN:  # most of a module's constants: not PySide's
                continue
            try:
                name = _origin(value)
            except Exception:  # an odd value (a class without __module__): not PySide's
                continue
            if isinstance(name, str) and name.startswith(_PYSIDE):
                return True
        return False

    uses_pyside.from_globals = True  # type: ignore[attr-defined]
    setattr(feature, _HOOK, uses_pyside)
    return True
