"""The simulator is reached only through services/backends.py: the window never imports it."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_only_the_backends_module_imports_the_simulator() -> None:
    importers = sorted(str(p.relative_to(APP)) for folder in ("ui", "services")
                       for p in (APP / folder).rglob("*.py")
                       if any(n == "app.simulator" or n.startswith("app.simulator.")
                              for n in _imports(p)))
    assert importers == ["services/backends.py"]
