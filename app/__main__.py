"""Entry point: `seedance-studio` opens the desktop app; with a command it runs the CLI."""

from __future__ import annotations

import sys
from collections.abc import Sequence

GUI_FLAGS = {"--demo"}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--self-test"]:
        from app.selftest import run_self_test

        return run_self_test()
    if all(a in GUI_FLAGS for a in args):
        from app.ui.shell import run_gui

        return run_gui(demo="--demo" in args)
    from app.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
