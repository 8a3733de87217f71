"""The bundle's entry point: `--self-test` runs the self-test, anything else is app.__main__.

Kept in packaging/ (run by path, never imported as a package) so the bundle does not depend on
how app/__main__.py spells its flags; it is the same `main()` the `seedance-studio` script runs.
"""

import sys


def run() -> int:
    args = sys.argv[1:]
    if args == ["--self-test"]:
        from app.selftest import run_self_test

        return run_self_test()
    from app.__main__ import main

    return main(args)


if __name__ == "__main__":
    sys.exit(run())
