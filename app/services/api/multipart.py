"""A multipart/form-data body with one file part, streamed from disk with a known length."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Final

CHUNK_BYTES: Final = 256 * 1024  # small enough for smooth progress, big enough to be cheap


def _quoted(name: str) -> str:
    """A filename for Content-Disposition, escaped as browsers (and httpx) do."""
    name = "".join(ch for ch in name if ch not in "\r\n")
    return name.replace("\\", "\\\\").replace('"', "%22")


class FileBody:
    """The body of one upload: `chunks()` yields it, calling `on_progress(sent, size)` as
    each piece of the file has been taken by the transport (so, sent)."""

    def __init__(self, path: Path, mime: str, size: int,
                 on_progress: Callable[[int, int], None] | None = None,
                 field: str = "file") -> None:
        self.path, self.size, self._on_progress = path, size, on_progress
        self.boundary = secrets.token_hex(16)
        self._head = (f"--{self.boundary}\r\nContent-Disposition: form-data; "
                      f'name="{field}"; filename="{_quoted(path.name)}"\r\n'
                      f"Content-Type: {mime}\r\n\r\n").encode()
        self._tail = f"\r\n--{self.boundary}--\r\n".encode()

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    @property
    def length(self) -> int:
        return len(self._head) + self.size + len(self._tail)

    def _report(self, sent: int) -> None:
        if self._on_progress is not None:
            self._on_progress(sent, self.size)

    async def chunks(self) -> AsyncIterator[bytes]:
        self._report(0)
        yield self._head
        fh = await asyncio.to_thread(self.path.open, "rb")
        try:
            sent = 0
            while sent < self.size:
                chunk = await asyncio.to_thread(fh.read, min(CHUNK_BYTES, self.size - sent))
                if not chunk:  # the file shrank since it was measured: the length would lie
                    raise OSError(f"{self.path.name} changed while it was being uploaded")
                yield chunk
                sent += len(chunk)  # the code after a yield runs once the transport took it
                self._report(sent)
        finally:
            await asyncio.to_thread(fh.close)
        yield self._tail
