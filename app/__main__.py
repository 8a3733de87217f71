"""Entry point: `seedance-studio` opens the desktop app; with a command it runs the CLI."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence

GUI_FLAGS = {"--demo"}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # We use no pydantic plugin; without this its first model scans every installed package's
    # entry points for one, on the way to the window's first ready paint.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if args == ["--self-test"]:
        from app.selftest import run_self_test

        return run_self_test()
    if all(a in GUI_FLAGS for a in args):
        # Start-up makes only long-lived objects (modules, classes, widgets): collecting cycles
        # among them is wasted work (~2 % of it). The studio's own collector takes over and
        # freezes them (app/services/main_thread_gc.py).
        gc.disable()
        # Before the first class is made and PySide6 is imported: the start-up's dataclasses,
        # regular expressions and PySide6's signature support then reuse what the last run
        # compiled for them (app/services/home/code_cache.py; finished once the window is
        # ready, in launch).
        from app.services.home import code_cache

        code_cache.start()
        with code_cache.compiling():
            import PySide6.QtWidgets  # noqa: F401
        from app.ui.pyside_imports import skip_source_scan

        skip_source_scan()  # before the next import: every module after PySide6 is asked about
        from app.ui.shell import run_gui

        return run_gui(demo="--demo" in args)
    from app.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
