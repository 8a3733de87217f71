"""Code that Python compiles from source at every start, compiled once and kept between runs.

Python caches a module's bytecode (`.pyc`), never code compiled at run time. Three kinds of it
weigh on the start-up (Python 3.11, CPU instructions to the ready paint):

- `@dataclass` writes the source of `__init__`, `__repr__`, `__eq__` and, frozen, `__hash__`,
  `__setattr__` and `__delattr__`, and compiles it with `exec` for every class: ~3.5 M
  instructions a frozen class, ~45 of them before the window is ready (~8 % of it).
- PySide6 keeps its signature support (`shibokensupport`) as sources inside its library and
  compiles them with `compile()` at each import: ~120 M instructions (~8 %), which a bare
  PySide6 window pays as well.
- `re.compile` parses each pattern in Python at every start: ~45 patterns, ~7 % of the time to
  ready (PySide6's signature parser alone has three long verbose ones).

While installed, the cache stands in for `exec` inside the `dataclasses` module, for
`compile()` while PySide6 is imported (`compiling()`) and for the regular expression compiler:
the same source gives the code compiled from it before, read from a file like a `.pyc` (the key
is the whole source, the file is for this Python's bytecode, regular expression engine and
optimisation level only). Nothing else changes: the stdlib and PySide still write and run their
sources, `re` still makes its patterns from the same parts; a missing, stale or damaged file
means compiling, as without the cache. As with a `.pyc` and its `SyntaxWarning`, a warning `re`
gives while parsing a pattern (a nested set's `FutureWarning`) comes when it is compiled only.
"""

from __future__ import annotations
import __future__

import builtins
import contextlib
import dataclasses
import importlib.util
import logging
import marshal
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import CodeType
from typing import Any, Final

from app.services.home import paths
from app.services.home.atomic_file import write_atomic

log = logging.getLogger(__name__)

# The bytecode's own version mark (as in a .pyc header): another Python's file is not read. A
# CRC of the rest follows it: marshal trusts its input, and a damaged file must not be read.
MAGIC: Final = importlib.util.MAGIC_NUMBER
_OPT: Final = f".opt-{sys.flags.optimize}" if sys.flags.optimize else ""
_HEADER: Final = len(MAGIC) + 4
FILE_NAME: Final = f"compiled-code.{sys.implementation.cache_tag}{_OPT}.marshal"
# What `compile()` would inherit from its caller's `from __future__ import …`.
_FUTURE_FLAGS: Final = sum(getattr(__future__, name).compiler_flag
                           for name in __future__.all_feature_names)
_compile = builtins.compile
# A dataclass's source; for compile(): (file name, source is bytes, source, `__future__` flags)
# (text and bytes apart, as `re` keeps its own cache: "a" and b"a" hash alike)
Key = str | tuple[str, bool, str | bytes, int]
# The regular expression compiler's internals (the same from Python 3.11 to 3.13): a pattern is
# parsed and turned into code in Python, then made by _sre.compile from these parts. A Python
# where they differ is found out at install (`_patterns_supported`): its patterns are not kept.
_re_compiler: Any = importlib.import_module("re._compiler")
_re_parser: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("_sre")
_re_compile = _re_compiler.compile
# (pattern is bytes, pattern, flags) → (flags, code, groups - 1, group index, index group):
# _sre.compile's arguments
PatternKey = tuple[bool, str | bytes, int]
PatternParts = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
SRE_MAGIC: Final = int(getattr(_re_compiler, "MAGIC", 0))


def pattern_parts(pattern: str | bytes, flags: int) -> PatternParts:
    """What re._compiler.compile hands to _sre.compile for `pattern` (as it computes them)."""
    parsed = _re_parser.parse(pattern, flags)
    code = [int(op) for op in _re_compiler._code(parsed, flags)]  # opcodes: named ints
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


class CodeCache:
    """`install()` it before the classes are made, `finish()` once they are: that saves what
    was used (when anything was compiled) and puts back what it stood in for."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._saved, self._saved_patterns = self._read(path)
        self._used: dict[Key, CodeType] = {}
        self._used_patterns: dict[PatternKey, PatternParts] = {}
        self.hits = self.misses = 0
        self._installed = False

    @staticmethod
    def _read(path: Path) -> tuple[dict[Key, CodeType], dict[PatternKey, PatternParts]]:
        try:
            data = path.read_bytes()
        except OSError:
            return {}, {}
        head, crc, payload = data[:len(MAGIC)], data[len(MAGIC):_HEADER], data[_HEADER:]
        if head != MAGIC or int.from_bytes(crc, "little") != zlib.crc32(payload):
            return {}, {}
        try:
            loaded = marshal.loads(payload)
        except Exception:  # whatever marshal makes of a file it did not write: compile anew
            return {}, {}
        if not (isinstance(loaded, tuple) and len(loaded) == 4
                and loaded[:2] == (SRE_MAGIC, sys.hexversion)
                and isinstance(loaded[2], dict) and isinstance(loaded[3], dict)):
            return {}, {}
        codes = {k: v for k, v in loaded[2].items()
                 if isinstance(v, CodeType) and (isinstance(k, str) or (
                     isinstance(k, tuple) and len(k) == 4 and isinstance(k[0], str)
                     and k[1] is isinstance(k[2], bytes) and isinstance(k[2], (str, bytes))
                     and isinstance(k[3], int)))}
        patterns = {k: v for k, v in loaded[3].items()
                    if isinstance(k, tuple) and len(k) == 3 and k[0] is isinstance(k[1], bytes)
                    and isinstance(k[1], (str, bytes)) and isinstance(k[2], int)
                    and _parts_ok(v)}
        return codes, patterns

    @property
    def modules(self) -> list[str]:
        """The file names of the modules compiled through `compiling()` this run."""
        return [key[0] for key in self._used if isinstance(key, tuple)]

    def _code(self, key: Key, make: Any) -> CodeType:
        code = self._used.get(key) or self._saved.get(key)
        if code is None:
            self.misses += 1
            code = make()
        else:
            self.hits += 1
        self._used[key] = code
        return code

    def code_for(self, source: str) -> CodeType:
        """The code of a dataclass's `source`, as `exec` compiles it in the dataclasses module
        (no `__future__` flags inherited from here)."""
        return self._code(source, lambda: _compile(source, "<string>", "exec", dont_inherit=True))

    def _exec(self, source: Any, globals: dict[str, Any] | None = None,
              locals: dict[str, Any] | None = None) -> None:
        if isinstance(source, str):
            source = self.code_for(source)
        builtins.exec(source, globals, locals)

    def _compile_kept(self, source: Any, filename: Any, mode: str, flags: int = 0,
                      dont_inherit: bool = False, optimize: int = -1, **rest: Any) -> Any:
        """`compile()`, from the cache when the call is a plain one: a module's source, no
        flags but `__future__` ones (its caller's included), this interpreter's optimisation."""
        if not dont_inherit:
            flags |= sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
        if (flags & ~_FUTURE_FLAGS or optimize != -1 or mode != "exec" or rest
                or not isinstance(filename, str) or not isinstance(source, (str, bytes))):
            return _compile(source, filename, mode, flags, True, optimize, **rest)
        return self._code((filename, isinstance(source, bytes), source, flags),
                          lambda: _compile(source, filename, "exec", flags, True))

    def _compile_pattern(self, pattern: Any, flags: int = 0) -> Any:
        """re._compiler.compile, from the cache for a pattern given as text or bytes."""
        if not isinstance(pattern, (str, bytes)) or flags & _re_compiler.SRE_FLAG_DEBUG:
            return _re_compile(pattern, flags)
        flags = int(flags)  # a RegexFlag is an int, but not one marshal can write
        key = (isinstance(pattern, bytes), pattern, flags)
        parts = self._used_patterns.get(key) or self._saved_patterns.get(key)
        if parts is not None:
            try:
                made = _sre.compile(pattern, *parts)
            except (RuntimeError, TypeError, ValueError):  # parts _sre refuses: compile anew
                self._saved_patterns.pop(key, None)
            else:
                self.hits += 1
                self._used_patterns[key] = parts
                return made
        self.misses += 1
        parts = self._used_patterns[key] = pattern_parts(pattern, flags)
        return _sre.compile(pattern, *parts)

    @contextlib.contextmanager
    def compiling(self) -> Iterator[None]:
        """`compile()` goes through the cache inside (on this thread's imports only: a start
        runs no other thread yet)."""
        builtins.compile = self._compile_kept
        try:
            yield
        finally:
            builtins.compile = _compile

    def install(self) -> None:
        dataclasses.exec = self._exec  # type: ignore[attr-defined]  # shadows the builtin there
        if _patterns_supported():
            _re_compiler.compile = self._compile_pattern
        self._installed = True

    def uninstall(self) -> None:
        if self._installed and vars(dataclasses).get("exec") == self._exec:
            del dataclasses.exec  # type: ignore[attr-defined]
        if self._installed and _re_compiler.compile == self._compile_pattern:
            _re_compiler.compile = _re_compile
        self._installed = False

    def finish(self) -> bool:
        """Put back what it stood in for and save the code and patterns used, when any of them
        was compiled this run (the file then holds what this start needed: what the code no
        longer makes drops out). True when written; a file that cannot be written is only
        logged."""
        self.uninstall()
        if not self.misses:
            return False
        try:
            payload = marshal.dumps((SRE_MAGIC, sys.hexversion, self._used,
                                     self._used_patterns))
            write_atomic(self.path, MAGIC + zlib.crc32(payload).to_bytes(4, "little") + payload)
        except (OSError, ValueError) as exc:
            log.info("the compiled code cache was not saved (%s): %s", self.path, exc)
            return False
        return True


def _patterns_supported() -> bool:
    """The parts of a probe pattern make the pattern `re` makes (this Python's internals are
    the ones `pattern_parts` follows)."""
    probe = r"(?P<word>\w+)\s*=\s*(\d+)|[^a-z]"
    try:
        ours, theirs = _sre.compile(probe, *pattern_parts(probe, 0)), _re_compile(probe, 0)
        # a pattern's == compares its text, flags and code; its groups are checked apart
        return bool(ours == theirs and ours.groups == theirs.groups
                    and ours.groupindex == theirs.groupindex)
    except Exception:  # other internals: patterns compiled as re does, none kept
        return False


def _parts_ok(parts: object) -> bool:
    return (isinstance(parts, tuple) and len(parts) == 5 and isinstance(parts[0], int)
            and isinstance(parts[1], list) and all(isinstance(c, int) for c in parts[1])
            and isinstance(parts[2], int) and isinstance(parts[3], dict)
            and isinstance(parts[4], tuple))


_active: CodeCache | None = None  # the process's, between start() and finish()


def start(folder: Path | None = None) -> CodeCache | None:
    """The process's cache on the file in `folder` (the app's cache folder by default),
    installed; None when the folder cannot be made (then nothing changes)."""
    global _active
    if _active is not None:
        _active.uninstall()
    try:
        folder = folder or paths.cache_dir()
    except OSError as exc:
        log.info("no compiled code cache: %s", exc)
        _active = None
        return None
    _active = CodeCache(folder / FILE_NAME)
    _active.install()
    return _active


def active() -> CodeCache | None:
    return _active


@contextlib.contextmanager
def compiling() -> Iterator[None]:
    """The process's cache's `compiling()`; nothing when none was started."""
    with _active.compiling() if _active is not None else contextlib.nullcontext():
        yield


def finish() -> bool:
    """Finish the process's cache, if one was started (see CodeCache.finish)."""
    global _active
    cache, _active = _active, None
    return cache.finish() if cache is not None else False
