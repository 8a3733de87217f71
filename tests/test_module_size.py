"""Small modules with names that say what they hold: no module of `app/` over 400 lines, and
every package says in its docstring what it holds."""

from __future__ import annotations

import ast
from pathlib import Path

import app

ROOT = Path(app.__file__).resolve().parent
LIMIT = 400


def test_no_module_is_over_the_limit() -> None:
    sizes = {str(p.relative_to(ROOT.parent)): len(p.read_text(encoding="utf-8").splitlines())
             for p in ROOT.rglob("*.py")}
    assert len(sizes) > 100  # the walk found the package
    assert {path: n for path, n in sizes.items() if n > LIMIT} == {}


def test_every_package_says_what_it_holds() -> None:
    packages = sorted(ROOT.rglob("__init__.py"))
    assert len(packages) > 10
    silent = [str(p.relative_to(ROOT.parent)) for p in packages
              if not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))]
    assert silent == []
