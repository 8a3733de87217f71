"""The floors, read from the source of all of `app/`: core imports nothing of ours above it;
services, the simulator and the CLI never import the UI; the UI never imports the simulator or
the CLI (the demo backend is built in services); no floor below the UI imports QtWidgets."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import app

ROOT = Path(app.__file__).resolve().parent

# What each floor may import of ours ("app" is the package's own constants).
MAY_IMPORT = {
    "core": {"app", "core"},
    "services": {"app", "core", "services"},
    "simulator": {"app", "core", "services", "simulator"},
    "cli": {"app", "core", "services", "simulator", "cli"},
    "ui": {"app", "core", "services", "ui"},
    "entry": {"app", "core", "services", "simulator", "ui", "cli", "entry"},
}
NO_WIDGETS = {"core", "services", "simulator", "cli"}
# (importer, imported) pairs allowed on top of MAY_IMPORT, each with its reason.
EXCEPTIONS = {
    ("app.services.backends", "app.simulator"): "the demo backend is built in services",
}


def floor(module: str) -> str:
    parts = module.split(".")
    if module == "app":
        return "app"
    second = parts[1]
    if second in ("core", "services", "simulator", "ui"):
        return second
    if second == "cli" or second.startswith("cli_"):
        return "cli"
    return "entry"  # app.__main__, app.selftest: they start the whole app


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(source: str, package: str) -> Iterator[tuple[str, int]]:
    """Every module a file of `package` imports (relative imports resolved), with its line."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield base, node.lineno
            for alias in node.names:  # `from app import cli_budget` imports a module
                yield f"{base}.{alias.name}", node.lineno


def ours(name: str) -> str | None:
    """The floor of an imported name if it is one of our modules."""
    if name != "app" and not name.startswith("app."):
        return None
    parts = name.split(".")
    candidate = ROOT.parent.joinpath(*parts)
    while parts and not (candidate.with_suffix(".py").exists() or candidate.is_dir()):
        parts.pop()  # `from app.core import models` → the name may be a class, not a module
        candidate = ROOT.parent.joinpath(*parts)
    return floor(".".join(parts)) if parts else None


def violations_in(importer: str, source: str, is_package: bool, where: str) -> list[str]:
    found = []
    own = floor(importer)
    allowed = MAY_IMPORT.get(own, {"app"})
    package = importer if is_package else importer.rpartition(".")[0]
    for name, line in imports(source, package):
        target = ours(name)
        where_line = f"{where}:{line}"
        if target is not None and target not in allowed and not any(
                importer == a and (name == b or name.startswith(b + "."))
                for a, b in EXCEPTIONS):
            found.append(f"{where_line}: {own} imports {name} ({target})")
        if own in NO_WIDGETS and name.startswith("PySide6.QtWidgets"):
            found.append(f"{where_line}: {own} imports {name}")
        if own == "core" and name.split(".")[0] in ("PySide6", "shiboken6", "qasync"):
            found.append(f"{where_line}: core imports {name}")
    return found


def violations() -> list[str]:
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        found += violations_in(module_name(path), path.read_text(encoding="utf-8"),
                               path.name == "__init__.py", str(path.relative_to(ROOT.parent)))
    return found


def test_every_module_keeps_to_its_floor() -> None:
    assert violations() == []


def test_the_walk_sees_every_floor() -> None:
    """The check above is only as good as its walk: every floor has modules, and a planted
    upward import in a copy of the rules is caught."""
    floors = {floor(module_name(p)) for p in ROOT.rglob("*.py")}
    assert {"app", "core", "services", "simulator", "ui", "cli", "entry"} <= floors
    assert ours("app.ui.studio") == "ui" and ours("app.core.models.Task") == "core"
    assert ours("httpx") is None


def test_planted_upward_imports_are_caught() -> None:
    source = "from ..ui import studio\nfrom . import store\nimport PySide6.QtWidgets\n"
    names = {name for name, _ in imports(source, "app.services")}
    assert "app.ui.studio" in names and "app.services.store" in names
    found = violations_in("app.services.probe", source, False, "probe.py")
    assert [v.split(": ")[0] for v in found] == ["probe.py:1", "probe.py:1", "probe.py:3"]
    assert "services imports app.ui.studio" in found[1] and "QtWidgets" in found[2]
    assert violations_in("app.ui.probe", "from app.simulator import Simulator\n", False, "p")
    assert violations_in("app.core.probe", "from app.services import store\n", False, "p")
    assert violations_in("app.simulator.p", "from app.ui.studio import Studio\n", False, "p")
    assert not violations_in("app.cli_x", "from app.simulator import Simulator\n", False, "p")
