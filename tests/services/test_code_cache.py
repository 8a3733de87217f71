"""Code compiled at run time, kept between runs: same classes and modules, no compiling twice."""

from __future__ import annotations

import builtins
import dataclasses
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.services.home import code_cache
from app.services.home.code_cache import FILE_NAME, MAGIC, CodeCache


def make_classes() -> tuple[type, type]:
    """Classes of the shapes the app uses: frozen with defaults and a factory, ordered with a
    keyword-only field and slots."""

    @dataclass(frozen=True)
    class Quote:
        credits: float
        expires_at: float | None = None
        tags: tuple[str, ...] = ()
        extra: dict[str, int] = field(default_factory=dict, compare=False)

    @dataclass(order=True, slots=True)
    class Row:
        rank: int
        name: str = "x"
        note: str = field(default="", kw_only=True)

    return Quote, Row


def behaviour(quote: type, row: type) -> list[object]:
    a, b = quote(1.5, tags=("a",)), quote(1.5, tags=("a",), extra={"k": 1})
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.credits = 2  # type: ignore[misc]
    r1, r2 = row(1, "b", note="n"), row(2)
    return [repr(a), a == b, hash(a) == hash(b), a.extra, b.extra is not a.extra,
            repr(r1), r1 < r2, sorted([r2, r1]) == [r1, r2], r1.note, hasattr(r1, "__dict__"),
            # compiled here with `from __future__ import annotations` inherited, this would be
            # the string of the return type's name, not None
            quote.__init__.__annotations__.get("return", "missing"),
            [f.name for f in dataclasses.fields(row)]]


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    code_cache.finish()  # never leave the stdlib patched for the next test
    assert "exec" not in vars(dataclasses)
    assert re._compiler.compile is code_cache._re_compile  # type: ignore[attr-defined]


def test_classes_made_from_kept_code_behave_as_compiled_ones(folder: Path) -> None:
    expected = behaviour(*make_classes())
    first = code_cache.start(folder)
    assert first is not None
    made_first = behaviour(*make_classes())
    assert first.misses > 0 and first.finish()
    assert "exec" not in vars(dataclasses)

    second = code_cache.start(folder)
    assert second is not None
    made_again = behaviour(*make_classes())
    assert (second.hits, second.misses) == (first.misses, 0)
    assert not second.finish()  # nothing new: the file is left as it is
    assert made_first == made_again == expected
    assert expected[10] is None


def test_a_damaged_or_foreign_file_is_compiled_over(folder: Path,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    path = folder / FILE_NAME
    for content in (MAGIC + b"\x00garbage", b"\x00\x00\x00\x00" + MAGIC, MAGIC, b""):
        path.write_bytes(content)
        cache = code_cache.start(folder)
        assert cache is not None
        assert behaviour(*make_classes()) == behaviour(*make_classes())
        assert cache.hits > 0 and cache.misses > 0  # the second round reused the first's
        assert cache.finish()
        codes, _patterns = CodeCache._read(path)
        assert codes  # a good file again
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_folder_that_cannot_be_written_changes_nothing(folder: Path) -> None:
    blocked = folder / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    cache = code_cache.start(blocked)  # the cache file would be inside a plain file
    assert cache is not None
    assert behaviour(*make_classes())[10] is None
    assert not cache.finish()
    assert "exec" not in vars(dataclasses)


MODULE = b"""
import sys
def f(x: int) -> int:
    return x + 1
VALUE = f(41)
"""


def run_module_source(source: bytes, name: str, *, inherit: bool = False) -> dict[str, object]:
    """What PySide6's support loader does with each of its modules: compile(), then exec (its
    loader has no `__future__` import; this test module has one, not inherited unless asked)."""
    namespace: dict[str, object] = {}
    exec(compile(source, name, "exec", dont_inherit=not inherit), namespace)
    return namespace


def test_compiled_modules_are_kept_only_while_compiling(folder: Path) -> None:
    first = code_cache.start(folder)
    assert first is not None
    with code_cache.compiling():
        made = run_module_source(MODULE, "support/module.py")
        eval(compile("1 + 1", "<expr>", "eval"))  # not a module: compiled, not kept
        inherited = run_module_source(MODULE, "support/module.py", inherit=True)
    assert builtins.compile is code_cache._compile  # put back
    assert made["VALUE"] == 42
    assert made["f"].__annotations__ == {"x": int, "return": int}  # type: ignore[attr-defined]
    # compiled with this module's `from __future__ import annotations`: kept apart
    assert inherited["f"].__annotations__ == {"x": "int", "return": "int"}  # type: ignore[attr-defined]
    assert first.misses == 2 and first.finish()

    second = code_cache.start(folder)
    assert second is not None
    with code_cache.compiling():
        again = run_module_source(MODULE, "support/module.py")
        inherited = run_module_source(MODULE, "support/module.py", inherit=True)
        other = run_module_source(MODULE.replace(b"41", b"1"), "support/module.py")
    assert (second.hits, second.misses) == (2, 1)  # an edited source is compiled anew
    assert again["VALUE"] == 42 and other["VALUE"] == 2
    assert again["f"].__annotations__ == {"x": int, "return": int}  # type: ignore[attr-defined]
    assert inherited["f"].__annotations__ == {"x": "int", "return": "int"}  # type: ignore[attr-defined]
    assert again["f"].__code__.co_filename == "support/module.py"  # type: ignore[attr-defined]
    run_module_source(MODULE, "outside.py")  # after the import: the cache is not asked
    assert (second.hits, second.misses) == (2, 1)


PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<message>.+?) (?P<detail>(?:\[[^\]]*\] ?)?(?:\(HTTP \d+\))?)$", 0),
    (r"""
        \b                      # edge of a word
        (?P<name> [A-Za-z_]\w* ) \s* = \s* (?P<value> "(?:[^"\\]|\\.)*" | \d+ )
     """, re.VERBOSE),
    (r"sk-[a-z0-9]{4,}", re.IGNORECASE | re.ASCII),
    (rb"\x00(?:mdat|moov)", 0),
    (r"^\s*(#.*)?$", re.MULTILINE),
]


def test_patterns_made_from_kept_parts_equal_those_re_makes(folder: Path) -> None:
    expected = [re._compiler.compile(p, f) for p, f in PATTERNS]  # type: ignore[attr-defined]
    first = code_cache.start(folder)
    assert first is not None
    made = [re._compiler.compile(p, f) for p, f in PATTERNS]  # type: ignore[attr-defined]
    assert first.misses == len(PATTERNS) and first.finish()
    assert re._compiler.compile is code_cache._re_compile  # type: ignore[attr-defined]
    second = code_cache.start(folder)
    assert second is not None
    again = [re._compiler.compile(p, f) for p, f in PATTERNS]  # type: ignore[attr-defined]
    assert (second.hits, second.misses) == (len(PATTERNS), 0)
    # A pattern's equality compares its text, flags and compiled code
    assert made == again == expected
    assert [p.groupindex for p in again] == [p.groupindex for p in expected]
    match = again[0].match("no answer [gateway] (HTTP 502)")
    assert match is not None and match["detail"] == "[gateway] (HTTP 502)"
    assert again[1].search('x  = "a\\"b"')["value"] == '"a\\"b"'  # type: ignore[index]


def test_a_python_whose_pattern_internals_differ_keeps_no_pattern(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def different(pattern: str | bytes, flags: int) -> object:
        raise TypeError("_code() takes 3 arguments")  # as a future re might

    monkeypatch.setattr(code_cache, "pattern_parts", different)
    cache = code_cache.start(folder)
    assert cache is not None
    assert re._compiler.compile is code_cache._re_compile  # type: ignore[attr-defined]
    assert re._compiler.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])  # type: ignore[attr-defined]
    assert cache.misses == cache.hits == 0


def test_a_bit_flipped_in_a_kept_file_means_compiling_again(folder: Path) -> None:
    """marshal trusts its input (a damaged file could crash Python): the file's CRC is checked
    first; parts _sre refuses, in a file that passes it, are compiled anew."""
    cache = code_cache.start(folder)
    assert cache is not None
    expected = [re._compiler.compile(p, f) for p, f in PATTERNS]  # type: ignore[attr-defined]
    behaviour(*make_classes())
    assert cache.finish()
    path = folder / FILE_NAME
    good = path.read_bytes()
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0x10
    path.write_bytes(bytes(flipped))
    assert CodeCache._read(path) == ({}, {})

    path.write_bytes(good)  # now parts that _sre refuses, in a file whose CRC is right
    kept = CodeCache(path)
    kept._used, kept._used_patterns = kept._saved, {
        key: (parts[0], [9999, *parts[1]], *parts[2:])
        for key, parts in kept._saved_patterns.items()}
    kept.misses = 1
    assert kept.finish()
    again = code_cache.start(folder)
    assert again is not None
    assert [re._compiler.compile(p, f) for p, f in PATTERNS] == expected  # type: ignore[attr-defined]
    assert again.misses == len(PATTERNS)
