"""The error for an answer that is not the documented shape, without the pydantic models.

`app.core.models` re-exports it; modules that only raise or catch it import it from here, so
they load before pydantic does (the composer paints without it)."""

from __future__ import annotations


class MalformedResponse(ValueError):
    """The server answered something that is not the documented shape."""
