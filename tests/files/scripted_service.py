"""A stand-in file service on 127.0.0.1 that answers from a script: for envelopes the simulator
does not speak (an error under HTTP 200, no msg) and for a first upload that fails."""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Answer:
    status: int
    body: Any  # JSON-able, or bytes sent as they are

    def response(self) -> web.Response:
        if isinstance(self.body, bytes):
            return web.Response(status=self.status, body=self.body)
        return web.Response(status=self.status, text=json.dumps(self.body),
                            content_type="application/json")


@dataclass
class ScriptedFileService:
    """`script` answers requests in order; when it is empty, `fallback` answers."""

    script: deque[Answer] = field(default_factory=deque)
    fallback: Answer | None = None
    seen: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    base_url: str = ""
    _runner: web.AppRunner | None = None

    def then(self, status: int, body: Any) -> ScriptedFileService:
        self.script.append(Answer(status, body))
        return self

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        await request.read()  # the whole upload arrives before the answer
        self.seen.append((request.method, request.path, dict(request.headers)))
        answer = self.script.popleft() if self.script else self.fallback
        if answer is None:
            return web.Response(status=500, text="no scripted answer")
        return answer.response()

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self.base_url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


def uploaded(file_id: str = "file_abc", url: str = "https://cdn.example/x.png") -> dict[str, Any]:
    """A successful upload answer as the file service words it [doc + seen]."""
    return {"success": True, "code": 200, "msg": "upload successful", "data": {
        "file_id": file_id, "file_name": "x.png", "original_name": "x.png", "upload_path": "",
        "file_size": 10, "mime_type": "image/png", "file_url": url,
        "download_url": url + "?download=1", "upload_time": "2026-12-02T18:00:00+08:00",
        "expires_at": "2026-12-05T18:00:00+08:00"}}
