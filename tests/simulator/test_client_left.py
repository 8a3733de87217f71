"""A client that hangs up while aiohttp drains a refused request's body is no simulator error."""

from __future__ import annotations

import logging
import sys

import pytest

from app.simulator import Simulator
from app.simulator.server import make_app


def _record(exc: BaseException) -> logging.LogRecord:
    try:
        raise exc
    except BaseException:
        info = sys.exc_info()
    return logging.getLogger("aiohttp.server").makeRecord(
        "aiohttp.server", logging.ERROR, __file__, 1, "Unhandled exception", (), info)


@pytest.mark.logs_errors("^Unhandled exception$")  # the ValueError's, made on purpose
def test_a_connection_reset_is_said_at_info_other_errors_stay(
        caplog: pytest.LogCaptureFixture) -> None:
    context = Simulator()._context
    make_app(context)
    make_app(context)  # the filter is installed once
    server_log = logging.getLogger("aiohttp.server")
    assert len(server_log.filters) == 1
    with caplog.at_level(logging.INFO, logger="aiohttp.server"):
        server_log.handle(_record(ConnectionResetError("Connection lost")))
        server_log.handle(_record(ValueError("a real fault")))
    levels = [(r.levelname, type(r.exc_info[1]).__name__) for r in caplog.records
              if r.exc_info]
    assert levels == [("INFO", "ConnectionResetError"), ("ERROR", "ValueError")]
