"""The CLI's last net: whatever no command caught ends in one line, its traceback in the log."""

from __future__ import annotations

import logging
import sys

from app.core.safe_text import one_line

log = logging.getLogger("app.cli")
EXIT_UNEXPECTED = 1


def unexpected(exc: BaseException) -> int:
    """One line on stderr for a fault nobody foresaw; the details go to the log file only
    (INFO: the terminal shows warnings and up unless --verbose)."""
    log.info("unexpected failure", exc_info=exc)
    detail = one_line(str(exc))[:300]
    print(f"Unexpected error ({type(exc).__name__}{': ' + detail if detail else ''}); "
          "every task id is kept: `seedance-studio resume` picks them up. Details are in the "
          "log file.", file=sys.stderr)
    return EXIT_UNEXPECTED
