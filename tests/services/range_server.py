"""Test-only HTTP server on 127.0.0.1 serving files with Range support and scripted faults."""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass, field

import av
from aiohttp import web


def make_test_mp4(frames: int = 24, size: int = 64, seed: int = 7) -> bytes:
    """A ~1 s H.264 MP4 of noise (noise so it is tens of KB, worth resuming)."""
    rng = random.Random(seed)
    buf = io.BytesIO()
    with av.open(buf, "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=24)
        stream.width = stream.height = size
        stream.pix_fmt = "yuv420p"
        for i in range(frames):
            frame = av.VideoFrame(size, size, "yuv420p")
            for plane in frame.planes:
                plane.update(rng.randbytes(plane.buffer_size))
            frame.pts = i
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return buf.getvalue()


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]


@dataclass
class RangeServer:
    files: dict[str, bytes] = field(default_factory=dict)
    status: dict[str, int] = field(default_factory=dict)  # path -> forced status
    cut_after: dict[str, int] = field(default_factory=dict)  # next GET of path dies after N bytes
    fail_first: dict[str, int] = field(default_factory=dict)  # path -> number of 503s first
    redirects: dict[str, str] = field(default_factory=dict)  # path -> Location
    ignore_range: bool = False
    seen: list[Seen] = field(default_factory=list)
    port: int = 0
    _runner: web.AppRunner | None = None

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def gets(self, path: str) -> list[Seen]:
        return [s for s in self.seen if s.method == "GET" and s.path == path]

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        self.seen.append(Seen(request.method, path, dict(request.headers)))
        if path in self.redirects:
            raise web.HTTPFound(self.redirects[path])
        if path in self.status:
            return web.Response(status=self.status[path], text="no")
        if self.fail_first.get(path, 0) > 0:
            self.fail_first[path] -= 1
            return web.Response(status=503, text="busy")
        if path not in self.files:
            return web.Response(status=404)
        body = self.files[path]
        headers = {"Content-Type": "video/mp4", "Accept-Ranges": "bytes"}
        status, start = 200, 0
        m = re.fullmatch(r"bytes=(\d+)-", request.headers.get("Range", ""))
        if m and not self.ignore_range:
            start = int(m.group(1))
            if start >= len(body):
                headers["Content-Range"] = f"bytes */{len(body)}"
                return web.Response(status=416, headers=headers)
            status = 206
            headers["Content-Range"] = f"bytes {start}-{len(body) - 1}/{len(body)}"
        payload = body[start:]
        if request.method == "HEAD":
            headers["Content-Length"] = str(len(payload))
            return web.Response(status=status, headers=headers)
        response = web.StreamResponse(status=status, headers=headers)
        response.content_length = len(payload)
        await response.prepare(request)
        cut = self.cut_after.pop(path, None)
        if cut is not None:
            await response.write(payload[:cut])
            assert request.transport is not None
            request.transport.close()  # the body stops short of its Content-Length
            return response
        await response.write(payload)
        await response.write_eof()
        return response
