"""The simulator's HTTP server: request recording, fault injection, and the loopback controls.

Control routes, loopback clients only, no key needed, never recorded or faulted:
- POST /_sim/faults     arm a fault; the JSON body names the kind and its parameters, e.g.
  {"kind": "rate_limit", "n": 3, "retry_after": 1, "only": "create"},
  {"kind": "server_error", "n": 2, "status": 503, "only": null, "after_work": false},
  {"kind": "delay", "seconds": 2.0, "n": 1, "only": "create"},
  {"kind": "drop_connection", "n": 1, "only": "create"},
  {"kind": "malformed_json", "n": 1, "only": "get"},
  {"kind": "reset_download", "after_bytes": 100000, "n": 1},
  {"kind": "account_refusal", "code": "key_daily_quota_exhausted", "status": 402,
   "details": {"reset_timezone": "Asia/Shanghai", "action_url": "https://…"}},
  {"kind": "refuse_batch", "status": 404} (the batch read answers 404 or 405 until cleared),
  or {"kind": "clear"}.
  Answers {"ok": true, "pending": <faults still to serve>}; 400 on a bad spec.
- DELETE /_sim/faults  clear every fault.
- POST /_sim/expire-results  make every existing result URL expired now.
- GET /_sim/state  {"tasks": [{"id", "status", "completed_at"}], "credits_remaining",
  "requests": [...]}; completed_at is the wall-clock time the task completed, or null.
See faults.py for what each kind does.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time
from collections.abc import Awaitable, Callable
from ipaddress import ip_address
from typing import Final

from aiohttp import web

from app.simulator import api_routes, batch_routes, file_routes, pricing_routes
from app.simulator.context import (
    CONTEXT,
    REQUEST_ID,
    RecordedRequest,
    SimContext,
    ctx,
    error_for_group,
    request_id,
)
from app.simulator.engine import SimTask
from app.simulator.faults import CURRENT, Fault
from app.simulator.refusals import refusal_response

log = logging.getLogger("app.simulator")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
REQUEST_ID_HEADER: Final = "x-request-id"
# Valid-looking JSON cut off mid-way: what a proxy that dropped the tail would hand over.
MALFORMED_BODY: Final = b'{"id": "task-unified-17'


def _group(request: web.Request) -> str | None:
    name = request.match_info.route.resource.name if request.match_info.route.resource else None
    return None if name is None else name.split("-")[0]


def _retry_after(fault: Fault) -> dict[str, str]:
    if fault.retry_after is None:
        return {}
    # Seconds; a fraction when set so (short waits keep tests quick), else an integer.
    return {"Retry-After": f"{fault.retry_after:g}"}


def _hang_up(request: web.Request) -> web.Response:
    if request.transport is not None:
        request.transport.abort()
    return web.Response(status=499)  # never sent: the connection is gone


async def _answer(request: web.Request, handler: Handler, group: str,
                  fault: Fault | None) -> web.StreamResponse:
    if fault is not None and (fault.kind == "rate_limit" or (
            fault.kind == "server_error" and not fault.after_work)):
        status = 429 if fault.kind == "rate_limit" else fault.status
        message = ("Too many requests: slow down" if status == 429
                   else "The service is temporarily unavailable (simulated)")
        return error_for_group(group, status, message, _retry_after(fault))
    if fault is not None and fault.kind == "account_refusal":
        return refusal_response(fault)
    if fault is not None and fault.kind == "answer" and not fault.after_work:
        return _scripted(group, fault)
    if group == "download" and fault is not None and fault.kind in ("delay", "drop_connection"):
        # A download's answer is its body, so the fault comes before any of it.
        if fault.kind == "drop_connection":
            return _hang_up(request)
        await request.app[CONTEXT].faults.sleep(fault.seconds)
        fault = None
    try:
        resp = await handler(request)
    except web.HTTPException as exc:
        if group == "other" and not request.path.startswith(("/v1/", "/api/")):
            return exc
        resp = error_for_group(group if group != "other" else "get", exc.status, exc.reason)
    if fault is None or resp.prepared:
        return resp
    if fault.kind == "delay":
        await request.app[CONTEXT].faults.sleep(fault.seconds)
    elif fault.kind == "drop_connection":
        return _hang_up(request)
    elif fault.kind == "malformed_json":
        return web.Response(status=200, body=MALFORMED_BODY, content_type="application/json")
    elif fault.kind == "server_error":
        return error_for_group(group, fault.status, "Upstream error after the work was done "
                               "(simulated)", _retry_after(fault))
    elif fault.kind == "answer":
        return _scripted(group, fault)
    elif fault.kind == "other_task" and isinstance(resp, web.Response) and resp.body:
        view = json.loads(bytes(resp.body))  # type: ignore[arg-type]
        if isinstance(view, dict):
            view["id"] = fault.body
            return web.json_response(view, status=resp.status)
    return resp


def _scripted(group: str, fault: Fault) -> web.Response:
    if group == "download" or not isinstance(fault.body, dict | list | None):
        return web.Response(status=fault.status, text=str(fault.body or ""))
    return web.json_response(fault.body, status=fault.status)


@web.middleware
async def record_and_fault(request: web.Request, handler: Handler) -> web.StreamResponse:
    group = _group(request)
    if group == "control":
        return await handler(request)
    group = group or "other"
    c = ctx(request)
    record = RecordedRequest(
        method=request.method, path=request.path, group=group,
        has_authorization="Authorization" in request.headers,
        idempotency_key=request.headers.get("Idempotency-Key"),
        user_agent=request.headers.get("User-Agent"), range=request.headers.get("Range"))
    c.requests.append(record)
    fault = c.faults.take(group) if group != "other" else None
    CURRENT.set(fault)  # always: keep-alive requests share one task, hence one context
    if fault is not None:
        log.info("fault %s on %s %s", fault.kind, request.method, request.path)
    rid = request_id()
    REQUEST_ID.set(rid)  # always, like CURRENT: the error bodies carry the header's id
    try:
        resp = await _answer(request, handler, group, fault)
    except ConnectionResetError:
        # The client went away mid-request (its window closed, its test ended): nothing to
        # answer and nothing wrong with the simulator.
        log.info("client left during %s %s", request.method, request.path)
        raise
    except Exception:
        log.exception("simulator error on %s %s", request.method, request.path)
        resp = error_for_group(group if group != "other" else "get", 500, "Internal error")
    if not resp.prepared:
        resp.headers[REQUEST_ID_HEADER] = rid
    record.status = resp.status
    log.debug("%s %s -> %s (%s)", request.method, request.path, resp.status, rid)
    return resp


def _loopback_only(request: web.Request) -> None:
    try:
        ip = ip_address((request.remote or "").split("%")[0])
        ok = ip.is_loopback or (ip.version == 6 and bool(ip.ipv4_mapped)
                                and ip.ipv4_mapped.is_loopback)  # type: ignore[union-attr]
    except ValueError:
        ok = False
    if not ok:
        raise web.HTTPForbidden(text="simulator controls answer loopback clients only")


async def arm_fault(request: web.Request) -> web.StreamResponse:
    _loopback_only(request)
    try:
        spec = await request.json()
        if not isinstance(spec, dict):
            raise ValueError("send a JSON object")
        ctx(request).faults.add_from_json(spec)
    except (ValueError, TypeError) as exc:
        return web.json_response({"ok": False, "error": str(exc)}, status=400)
    return web.json_response({"ok": True, "pending": ctx(request).faults.pending})


async def clear_faults(request: web.Request) -> web.StreamResponse:
    _loopback_only(request)
    ctx(request).faults.clear()
    return web.json_response({"ok": True, "pending": 0})


async def expire_results(request: web.Request) -> web.StreamResponse:
    _loopback_only(request)
    ctx(request).engine.expire_results()
    return web.json_response({"ok": True})


async def state(request: web.Request) -> web.StreamResponse:
    _loopback_only(request)
    c = ctx(request)
    now = time.monotonic()
    wall = time.time() - now  # converts this process's monotonic times to wall-clock ones

    def completed(t: SimTask) -> float | None:
        done = t.completed_at
        return None if done is None or t.status(now).value != "completed" else done + wall

    return web.json_response({
        "tasks": [{"id": t.id, "status": t.status(now).value, "completed_at": completed(t)}
                  for t in c.engine.tasks.values()],
        "credits_remaining": c.engine.remaining,
        "faults_pending": c.faults.pending,
        "requests": [dataclasses.asdict(r) for r in c.requests],
    })


def add_control_routes(app: web.Application) -> None:
    app.router.add_post("/_sim/faults", arm_fault, name="control-faults")
    app.router.add_delete("/_sim/faults", clear_faults, name="control-faults")
    app.router.add_post("/_sim/expire-results", expire_results, name="control-expire")
    app.router.add_get("/_sim/state", state, name="control-state", allow_head=False)


def _client_left(record: logging.LogRecord) -> bool:
    """aiohttp logs a client that hung up while the server drained a refused request's body
    (its lingering close) as an "Unhandled exception": it is the client's choice, said at INFO."""
    exc = record.exc_info[1] if record.exc_info else None
    if isinstance(exc, ConnectionResetError) and record.levelno >= logging.ERROR:
        record.levelno, record.levelname = logging.INFO, "INFO"
    return True


def make_app(context: SimContext) -> web.Application:
    server_log = logging.getLogger("aiohttp.server")
    if _client_left not in server_log.filters:
        server_log.addFilter(_client_left)
    app = web.Application(middlewares=[record_and_fault], client_max_size=100 * 1024 * 1024)
    app[CONTEXT] = context
    api_routes.add_routes(app)
    file_routes.add_routes(app)
    batch_routes.add_routes(app)
    pricing_routes.add_routes(app)
    add_control_routes(app)
    return app
