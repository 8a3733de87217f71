"""A scripted Evolink stand-in on 127.0.0.1 for the CLI's fault tests: it creates tasks that
complete at once with the result links the test chose, serves broken downloads, and can answer
every API call with a random body (the fuzz test). Runs on its own loop in a thread."""

from __future__ import annotations

import asyncio
import itertools
import json
import random
import threading
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

TASK_ID = "task-unified-1764700000-in14fault"
Body = Callable[[web.Request], web.StreamResponse]


class FaultServer:
    """`results(base)` gives the result links of the next completed task; `fuzz` (a seeded
    Random) replaces every API answer by a random one. `creates` counts the POSTs."""

    def __init__(self) -> None:
        self.results: Callable[[str], list[str]] = lambda base: [f"{base}/clip/notmp4.mp4"]
        self.fuzz: random.Random | None = None
        self.creates = 0
        self.create_keys: list[str | None] = []  # the Idempotency-Key of every POST
        self._ids = itertools.count(1)
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()
        self._runner: web.AppRunner | None = None
        self.base_url: str = self._call(self._start())

    def _call(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=30)

    async def _start(self) -> str:
        app = web.Application()
        app.router.add_post("/v1/videos/generations", self._create)
        app.router.add_get("/v1/tasks/{task_id}", self._get)
        app.router.add_get("/v1/credits", self._credits)
        app.router.add_get("/clip/notmp4.mp4", self._not_mp4)
        app.router.add_get("/clip/loop.mp4", self._loop)
        app.router.add_get("/clip/huge.mp4", self._huge)
        app.router.add_get("/clip/to-ftp.mp4", self._to_ftp)
        app.router.add_get("/clip/to-other-host.mp4", self._to_other_host)
        app.router.add_route("*", "/{tail:.*}", self._other)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        if self._runner is not None:
            self._call(self._runner.cleanup())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)

    # --- the API -----------------------------------------------------------------------------

    def _task(self, task_id: str, status: str) -> dict[str, Any]:
        done = status == "completed"
        return {"created": int(time.time()), "id": task_id,
                "model": "seedance-2.0-text-to-video", "object": "video.generation.task",
                "progress": 100 if done else 0, "status": status, "type": "video",
                "task_info": {"can_cancel": not done, "estimated_time": 0,
                              "video_duration": 5},
                "usage": {"billing_rule": "per_second", "credits_reserved": 10.0},
                **({"results": self.results(self.base_url)} if done else {})}

    async def _create(self, request: web.Request) -> web.StreamResponse:
        self.creates += 1
        self.create_keys.append(request.headers.get("Idempotency-Key"))
        await request.read()
        if self.fuzz is not None:
            return self._random(self.fuzz)
        return web.json_response(self._task(f"{TASK_ID}{next(self._ids)}", "pending"))

    async def _get(self, request: web.Request) -> web.StreamResponse:
        if self.fuzz is not None:
            return self._random(self.fuzz)
        return web.json_response(self._task(request.match_info["task_id"], "completed"))

    async def _credits(self, request: web.Request) -> web.StreamResponse:
        if self.fuzz is not None:
            return self._random(self.fuzz)
        return web.json_response({"success": True, "data": {
            "user": {"remaining_credits": 900.0}, "token": {"unlimited_credits": True}}})

    async def _other(self, request: web.Request) -> web.StreamResponse:
        if self.fuzz is not None:
            return self._random(self.fuzz)
        return web.json_response({"error": {"code": 404, "message": "not here"}}, status=404)

    # --- broken downloads --------------------------------------------------------------------

    async def _not_mp4(self, request: web.Request) -> web.StreamResponse:
        return web.Response(body=b"<html>Access denied\x1b[31m</html>" * 50,
                            content_type="text/html")

    async def _huge(self, request: web.Request) -> web.StreamResponse:
        """80 MB: more than a small disk holds."""
        response = web.StreamResponse(headers={"Content-Type": "video/mp4",
                                               "Content-Length": str(80 << 20)})
        await response.prepare(request)
        chunk = b"\0" * (1 << 20)
        try:
            for _ in range(80):
                await response.write(chunk)
            await response.write_eof()
        except ConnectionError:  # the client gave up (its disk is full): expected
            pass
        return response

    async def _loop(self, request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound(f"{self.base_url}/clip/loop.mp4")

    async def _to_ftp(self, request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound("ftp://127.0.0.1/clip.mp4")

    async def _to_other_host(self, request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound("https://cdn.example.invalid/clip.mp4")

    # --- fuzz ----------------------------------------------------------------------------------

    @staticmethod
    def _random(rnd: random.Random) -> web.Response:
        status = rnd.choice([200, 200, 200, 201, 400, 401, 402, 403, 404, 409, 429, 500, 502,
                             503])
        shapes: list[Callable[[], bytes]] = [
            lambda: bytes(rnd.randrange(256) for _ in range(rnd.randrange(64))),
            lambda: json.dumps(_random_json(rnd, 3)).encode(),
            lambda: json.dumps({"id": rnd.choice([TASK_ID, "", None, 7, "task-\x1b[2J"]),
                                "status": _random_json(rnd, 1),
                                "progress": _random_json(rnd, 1),
                                "results": _random_json(rnd, 2),
                                "error": _random_json(rnd, 2)}).encode(),
            lambda: json.dumps({"error": {"code": _random_json(rnd, 1),
                                          "message": _random_json(rnd, 1)}}).encode(),
            lambda: b"",
        ]
        # Short waits only (Retry-After is honoured up to 30 s, and a bare 503 waits 30 s):
        # the run stays bounded; garbled values still come.
        headers = {"Retry-After": rnd.choice(["0", "-5", "abc", "0.1"])} if status == 429 \
            else {"Retry-After": rnd.choice(["0", "-5"])} if status == 503 else {}
        return web.Response(status=status, body=rnd.choice(shapes)(), headers=headers,
                            content_type="application/json")


def _random_json(rnd: random.Random, depth: int) -> Any:
    leaves: list[Any] = [None, True, 0, -1, 2**70, 1.5, float("1e308"), "", "x" * 300,
                         "\x1b]0;t\x07", "completed", "failed", "pending", "processing",
                         "https://127.0.0.1:1/x.mp4"]
    if depth <= 0 or rnd.random() < 0.4:
        return rnd.choice(leaves)
    if rnd.random() < 0.5:
        return [_random_json(rnd, depth - 1) for _ in range(rnd.randrange(4))]
    keys = ["id", "status", "progress", "results", "error", "code", "message", "data", "usage",
            "task_info", "success", "created"]
    return {rnd.choice(keys): _random_json(rnd, depth - 1) for _ in range(rnd.randrange(5))}
