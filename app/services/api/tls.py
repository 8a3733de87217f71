"""One TLS context for every HTTPS client of the app: loading the CA bundle costs ~20 ms each."""

from __future__ import annotations

import functools
import ssl

import certifi


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The verifying context httpx would build, built once and shared (it is read-only)."""
    return ssl.create_default_context(cafile=certifi.where())
