"""app.core is pure Python: importing all of it pulls in no GUI, network, keychain, media or
database module (they belong to app/services and app/ui)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import app.core

FORBIDDEN = ("PySide6", "shiboken6", "qasync", "httpx", "keyring", "aiohttp", "av", "sqlite3")

SCRIPT = """
import importlib, pkgutil, sys
import app.core
names = sorted(m.name for m in pkgutil.iter_modules(app.core.__path__, "app.core."))
for name in names:
    importlib.import_module(name)
forbidden = {forbidden!r}
bad = sorted(m for m in sys.modules if m.split(".")[0] in forbidden)
print(len(names), ",".join(bad))
"""


def core_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(app.core.__path__, "app.core."))


@pytest.mark.slow
def test_core_imports_nothing_forbidden() -> None:
    root = Path(app.core.__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", SCRIPT.format(forbidden=FORBIDDEN)],
                         cwd=root, capture_output=True, text=True, timeout=60, check=True)
    count, _, bad = out.stdout.strip().partition(" ")
    assert int(count) == len(core_modules()) >= 9
    assert bad == "", f"app.core pulled in: {bad}"


def test_core_modules_are_all_imported() -> None:
    # The subprocess walks app.core itself; make sure that walk sees the documented modules.
    names = set(core_modules())
    for mod in ("api_facts", "capabilities", "models", "rules", "media_limits", "states",
                "pricing", "timing"):
        assert f"app.core.{mod}" in names
