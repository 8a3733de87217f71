"""A client that hangs up while aiohttp drains a refused request's body is no simulator error."""

from __future__ import annotations

import logging
import sys

from app.simulator import Simulator
from app.simulator.server import make_app


def _record(exc: BaseException) -> logging.LogRecord:
    try:
        raise exc
    except BaseException:
        info = sys.exc_info()
    return logging.getLogger("aiohttp.server").makeRecord(
        "aiohttp.server", logging.ERROR, __file__, 1, "Unhandled exception", (), info)


def test_a_connection_reset_is_said_at_info_other_errors_stay() -> None:
    context = Simulator()._context
    make_app(context)
    make_app(context)  # the filter is installed once
    server_log = logging.getLogger("aiohttp.server")
    assert len(server_log.filters) == 1
    # Through the logger's own filters (another test's logging set-up may have disabled the
    # logger itself, so nothing is emitted here).
    left, fault = _record(ConnectionResetError("Connection lost")), _record(ValueError("bug"))
    assert server_log.filter(left) and server_log.filter(fault)
    assert (left.levelname, left.levelno) == ("INFO", logging.INFO)
    assert (fault.levelname, fault.levelno) == ("ERROR", logging.ERROR)
