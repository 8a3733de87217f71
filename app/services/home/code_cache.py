"""The compiled code of the dataclasses' generated methods, kept between runs.

`@dataclass` writes the source of `__init__`, `__repr__`, `__eq__`, `__hash__` (and, frozen,
`__setattr__` and `__delattr__`) and compiles it with `exec` each time a class is made: Python
caches a module's bytecode, never this code. On Python 3.11 that is ~3.5 M instructions a
frozen class, and the start-up makes ~45 of them before the window is ready (~9 % of it).

While installed, the cache stands in for `exec` inside the `dataclasses` module only: the same
source text gives the code compiled from it before, kept in a file like a `.pyc` (the key is the
whole text, the file is for this Python's bytecode only). Nothing else changes: the stdlib still
writes the source and makes the functions; a missing, stale or damaged file means compiling,
as without the cache.
"""

from __future__ import annotations

import builtins
import dataclasses
import importlib.util
import logging
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import Any, Final

from app.services.home import paths
from app.services.home.atomic_file import write_atomic

log = logging.getLogger(__name__)

# The bytecode's own version mark (as in a .pyc header): another Python's file is not read.
MAGIC: Final = importlib.util.MAGIC_NUMBER
FILE_NAME: Final = f"dataclass-code.{sys.implementation.cache_tag}.marshal"


class DataclassCodeCache:
    """Install it before the classes are made, `finish()` once they are: that saves what was
    used (when anything was compiled) and puts `exec` back."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._saved = self._read(path)
        self._used: dict[str, CodeType] = {}
        self.hits = self.misses = 0
        self._installed = False

    @staticmethod
    def _read(path: Path) -> dict[str, CodeType]:
        try:
            data = path.read_bytes()
        except OSError:
            return {}
        if not data.startswith(MAGIC):
            return {}
        try:
            loaded = marshal.loads(data[len(MAGIC):])
        except (EOFError, ValueError, TypeError):
            return {}
        if not isinstance(loaded, dict):
            return {}
        return {k: v for k, v in loaded.items()
                if isinstance(k, str) and isinstance(v, CodeType)}

    def code_for(self, source: str) -> CodeType:
        """The code of `source`, compiled as `exec` compiles it in the dataclasses module (no
        `__future__` flags inherited from here)."""
        code = self._used.get(source) or self._saved.get(source)
        if code is None:
            self.misses += 1
            code = compile(source, "<string>", "exec", dont_inherit=True)
        else:
            self.hits += 1
        self._used[source] = code
        return code

    def _exec(self, source: Any, globals: dict[str, Any] | None = None,
              locals: dict[str, Any] | None = None) -> None:
        if isinstance(source, str):
            source = self.code_for(source)
        builtins.exec(source, globals, locals)

    def install(self) -> None:
        dataclasses.exec = self._exec  # type: ignore[attr-defined]  # shadows the builtin there
        self._installed = True

    def uninstall(self) -> None:
        if self._installed and vars(dataclasses).get("exec") == self._exec:
            del dataclasses.exec  # type: ignore[attr-defined]
        self._installed = False

    def finish(self) -> bool:
        """Put `exec` back and save the code used, when any of it was compiled this run (the
        file then holds what this start needed: what the code no longer makes drops out).
        True when written; a file that cannot be written is only logged."""
        self.uninstall()
        if not self.misses:
            return False
        try:
            write_atomic(self.path, MAGIC + marshal.dumps(self._used))
        except (OSError, ValueError) as exc:
            log.info("the dataclass code cache was not saved (%s): %s", self.path, exc)
            return False
        return True


_active: DataclassCodeCache | None = None  # the process's, between start() and finish()


def start(folder: Path | None = None) -> DataclassCodeCache | None:
    """The process's cache on the file in `folder` (the app's cache folder by default),
    installed; None when the folder cannot be made (then nothing changes)."""
    global _active
    if _active is not None:
        _active.uninstall()
    try:
        folder = folder or paths.cache_dir()
    except OSError as exc:
        log.info("no dataclass code cache: %s", exc)
        _active = None
        return None
    _active = DataclassCodeCache(folder / FILE_NAME)
    _active.install()
    return _active


def active() -> DataclassCodeCache | None:
    return _active


def finish() -> bool:
    """Finish the process's cache, if one was started (see DataclassCodeCache.finish)."""
    global _active
    cache, _active = _active, None
    return cache.finish() if cache is not None else False
