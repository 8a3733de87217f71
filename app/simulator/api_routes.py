"""The API routes: create a generation, read a task, list tasks, read the credits."""

from __future__ import annotations

import hashlib
import json
import re
import time
from typing import Any, Final

from aiohttp import web
from pydantic import ValidationError

from app.core import api_facts
from app.core.models import GenerationRequest
from app.core.rules import check
from app.simulator.context import MAX_BODY_BYTES, api_error, auth_problem, base_url, ctx
from app.simulator.engine import TASK_ID_RE, IdempotencyConflict
from app.simulator.listing import list_page

IDEMPOTENCY_KEY_RE: Final = re.compile(api_facts.IDEMPOTENCY_KEY_PATTERN)


def _unauthorized(request: web.Request) -> web.Response | None:
    problem = auth_problem(request)
    if problem is None:
        return None
    return api_error(401, None, problem)  # [doc] the integer status as code


def _fingerprint(data: Any) -> str:
    canon = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def _validation_error(exc: ValidationError) -> web.Response:
    errors = exc.errors(include_url=False, include_input=False)
    details = [{"field": ".".join(str(p) for p in e["loc"]), "message": e["msg"],
                "code": e["type"]} for e in errors]
    first = details[0]
    return api_error(400, "invalid_parameters", f"{first['field']}: {first['message']}",
                     param=first["field"] or None, details=details)


async def create_generation(request: web.Request) -> web.StreamResponse:
    if (denied := _unauthorized(request)) is not None:
        return denied
    c = ctx(request)
    raw = await request.read()
    if len(raw) > MAX_BODY_BYTES:
        return api_error(413, "request_too_large", "The request body exceeds 64 MB")
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return api_error(400, "invalid_request", "The request body is not valid JSON")
    if not isinstance(data, dict):
        return api_error(400, "invalid_parameters", "The request body must be a JSON object")
    key = request.headers.get(api_facts.IDEMPOTENCY_HEADER)
    if key is not None and not IDEMPOTENCY_KEY_RE.fullmatch(key):
        return api_error(400, "invalid_parameters", "Idempotency-Key must be 16-96 characters "
                         "of letters, digits, '.', '_' or '-'",
                         param=api_facts.IDEMPOTENCY_HEADER)
    fingerprint = _fingerprint(data)
    if key is not None:
        try:
            earlier = c.engine.replay(key, fingerprint)
        except IdempotencyConflict:
            return api_error(409, "idempotency_conflict", "This Idempotency-Key was already "
                             "used with a different request body")
        if earlier is not None:
            return web.json_response(earlier.creation_view,
                                     headers={api_facts.IDEMPOTENCY_REPLAYED_HEADER: "true"})
    try:
        req = GenerationRequest.model_validate(data, strict=True)
    except ValidationError as exc:
        return _validation_error(exc)
    problems = check(req)
    if problems:
        details = [{"field": p.field, "message": p.message, "code": p.code, "index": p.index}
                   for p in problems]
        return api_error(400, "invalid_parameters", problems[0].message,
                         param=problems[0].field, details=details)
    cost = c.prices.charge(req)
    remaining = c.engine.remaining
    if cost > remaining:
        return api_error(402, "insufficient_quota", f"Insufficient credits: this generation "
                         f"needs {cost:.2f} credits and {remaining:.2f} remain",
                         estimated_credits=round(cost, 4),
                         account_balance_credits=round(remaining, 4))
    task = c.engine.create(req, cost, base_url=base_url(request), idempotency_key=key,
                           fingerprint=fingerprint)
    return web.json_response(task.creation_view)


async def get_task(request: web.Request) -> web.StreamResponse:
    if (denied := _unauthorized(request)) is not None:
        return denied
    task_id = request.match_info["task_id"]
    if not TASK_ID_RE.match(task_id):
        return api_error(400, "invalid_task_id", f"Malformed task id: {task_id[:80]!r}",
                         param="task_id")
    engine = ctx(request).engine
    task = engine.tasks.get(task_id)
    if task is None:
        return api_error(404, "task_not_found", f"No task {task_id} on this account")
    engine.tick()
    return web.json_response(task.view(time.monotonic(), base_url(request),
                                       result_ttl_s=engine.result_ttl_s))


def _int_param(request: web.Request, name: str, default: int, hi: int) -> int:
    text = request.query.get(name)
    if text is None:
        return default
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= hi:
        raise ValueError(f"{name} must be a whole number from 1 to {hi}")
    return value


async def list_tasks(request: web.Request) -> web.StreamResponse:
    """[seen] light items, newest first, filtered by type, model and status (listing.py)."""
    if (denied := _unauthorized(request)) is not None:
        return denied
    try:
        page = _int_param(request, "page", 1, 1_000_000)
        size = _int_param(request, "page_size", 20, api_facts.TASK_LIST_MAX_PAGE_SIZE)
    except ValueError as exc:
        return api_error(400, "invalid_parameters", str(exc))
    engine = ctx(request).engine
    engine.tick()
    return web.json_response(list_page(engine, request.query, time.monotonic(), page=page,
                                       page_size=size))


async def credits(request: web.Request) -> web.StreamResponse:
    if (denied := _unauthorized(request)) is not None:
        return denied
    engine = ctx(request).engine
    remaining = engine.remaining
    used = round(engine.used, 4)
    # One simulated account with one key of its own limit equal to the account's balance.
    return web.json_response({"success": True, "data": {
        "user": {"remaining_credits": remaining, "used_credits": used},
        "token": {"remaining_credits": remaining, "unlimited_credits": False,
                  "used_credits": used},
    }})


def add_routes(app: web.Application) -> None:
    app.router.add_post(api_facts.GENERATIONS_PATH, create_generation, name="create")
    app.router.add_get(api_facts.TASK_LIST_PATH, list_tasks, name="list", allow_head=False)
    app.router.add_get(api_facts.TASK_PATH, get_task, name="get", allow_head=False)
    app.router.add_get(api_facts.CREDITS_PATH, credits, name="credits", allow_head=False)
