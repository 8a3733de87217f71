"""The suite's guard: an ERROR log record, or a task exception nobody retrieved, fails a test."""

from __future__ import annotations

import logging

import pytest

pytest_plugins = ["pytester"]


def test_an_error_record_fails_the_test(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(_CONFTEST)
    pytester.makepyfile("""
        import logging
        def test_logs():
            logging.getLogger("app.x").error("the disk is full")
    """)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:asyncio")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*1 ERROR log record*", "*app.x: the disk is full*"])


def test_an_unretrieved_task_exception_fails_the_test(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(_CONFTEST)
    pytester.makepyfile("""
        import asyncio
        def test_swallowed():
            async def boom():
                raise RuntimeError("lost")
            async def main():
                asyncio.ensure_future(boom())
                await asyncio.sleep(0.01)
            asyncio.run(main())
    """)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:asyncio")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*Task exception was never retrieved*"])


@pytest.mark.logs_errors(r"^expected: \d+$")
def test_a_marked_test_may_log_what_it_names() -> None:
    logging.getLogger("app.y").error("expected: %d", 42)


_CONFTEST = """
import sys
sys.path.insert(0, {root!r})
from tests.conftest import no_error_logs  # noqa: F401  (the fixture under test)
""".format(root=str(__import__("pathlib").Path(__file__).resolve().parents[1]))
