"""One TLS context for every HTTPS client of the app: loading the CA bundle costs ~20 ms each.

The clients themselves are made with their first request (after the window painted); their
connection pools (httpcore's import and this context: ~90 ms) when a request goes out.
"""

from __future__ import annotations

import functools
import importlib.util
import ssl
import sys
from collections.abc import Callable
from typing import Any

import certifi
import httpx
from httpx._config import DEFAULT_LIMITS  # httpx is pinned to 0.28


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The verifying context httpx would build, built once and shared (it is read-only)."""
    return ssl.create_default_context(cafile=certifi.where())


def _remember_no_sniffio() -> None:
    """httpcore imports the optional sniffio for every lock of every request, and a failed
    import searches sys.path each time (~0.1 ms, 4 a request): when it is not installed,
    the import fails at once instead (`None` in sys.modules), as it would after the search."""
    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


class _LazyTransport(httpx.AsyncBaseTransport):
    """A transport made by `make` when the first request goes out."""

    def __init__(self, make: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._make: Callable[[], httpx.AsyncBaseTransport] | None = make
        self._real: httpx.AsyncBaseTransport | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._real is None:
            assert self._make is not None, "the transport was closed"
            _remember_no_sniffio()
            self._real = self._make()
        return await self._real.handle_async_request(request)

    async def aclose(self) -> None:
        self._make = None
        if self._real is not None:
            await self._real.aclose()


class AsyncClient(httpx.AsyncClient):
    """httpx's client verifying with `tls_context()`, its pool made on the first request.

    Only the default transport is deferred: proxies from the environment are mounted as httpx
    mounts them (verifying with the same CA bundle, certifi's)."""

    def __init__(self, **options: Any) -> None:
        super().__init__(verify=True, **options)

    def _init_transport(self, verify: ssl.SSLContext | str | bool = True,
                        cert: Any = None, trust_env: bool = True, http1: bool = True,
                        http2: bool = False, limits: httpx.Limits = DEFAULT_LIMITS,
                        transport: httpx.AsyncBaseTransport | None = None,
                        ) -> httpx.AsyncBaseTransport:
        if transport is not None:
            return transport

        def make() -> httpx.AsyncBaseTransport:
            return super(AsyncClient, self)._init_transport(
                verify=tls_context(), cert=cert, trust_env=trust_env, http1=http1,
                http2=http2, limits=limits)

        return _LazyTransport(make)
