"""In a child `python -m app` of a test or benchmark: run code at the start-up's marks.

The shell's `report_mark` is wrapped once the start imports the shell: importing the shell first
would import PySide6 before the start does (app/__main__.py readies the code cache before it).
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import sys
from collections.abc import Callable, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType


class _ShellHook(importlib.abc.MetaPathFinder):
    def __init__(self, on_mark: Callable[[str], None]) -> None:
        self._on_mark = on_mark

    def find_spec(self, name: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if name != "app.ui.shell":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.loader is not None
        run, on_mark = spec.loader.exec_module, self._on_mark

        def exec_module(module: ModuleType) -> None:
            run(module)
            shown = module.report_mark

            def report(mark: str) -> None:
                shown(mark)
                on_mark(mark)

            module.report_mark = report

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def on_marks(on_mark: Callable[[str], None]) -> None:
    """Call `on_mark(mark)` after the app reports each mark (first-paint, ready)."""
    sys.meta_path.insert(0, _ShellHook(on_mark))


def run_app(*args: str) -> None:
    from app.__main__ import main

    sys.argv = ["app", *args]
    main(list(args))
