"""The batch task read [seen]: POST /v1/tasks/batch {"task_ids": [...]} -> {"data": [task, ...]}.

Switchable off (the simulator's `batch_endpoint=False`, or the refuse_batch fault): it then
answers 404 (or 405) like a gateway without it.
"""

from __future__ import annotations

import time

from aiohttp import web

from app.core import api_facts
from app.simulator.api_routes import _unauthorized
from app.simulator.context import api_error, base_url, ctx, error_for_group
from app.simulator.engine import TASK_ID_RE


def _refusal(request: web.Request) -> web.Response | None:
    c = ctx(request)
    status = c.faults.batch_refusal or (None if c.batch_endpoint else 404)
    if status is None:
        return None
    if status == 405:
        return error_for_group("batch", 405, "Method Not Allowed", {"Allow": "GET"})
    return error_for_group("batch", 404, "Not Found")


async def batch_tasks(request: web.Request) -> web.StreamResponse:
    if (refused := _refusal(request)) is not None:
        return refused
    if (denied := _unauthorized(request)) is not None:
        return denied
    try:
        data = await request.json()
    except ValueError:
        return api_error(400, "invalid_request", "The request body is not valid JSON")
    ids = data.get("task_ids") if isinstance(data, dict) else None
    limit = api_facts.TASK_BATCH_MAX_IDS
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids) or \
            not 1 <= len(ids) <= limit:
        return api_error(400, "invalid_parameters",
                         f"task_ids must be a list of 1 to {limit} task ids", param="task_ids")
    engine = ctx(request).engine
    engine.tick()
    now, base = time.monotonic(), base_url(request)
    # Ids that are malformed or not this account's are left out, as they are from the list.
    tasks = [engine.tasks[i] for i in dict.fromkeys(ids) if TASK_ID_RE.match(i)
             and i in engine.tasks]
    return web.json_response({"data": [t.view(now, base, result_ttl_s=engine.result_ttl_s)
                                       for t in tasks]})


def add_routes(app: web.Application) -> None:
    app.router.add_post(api_facts.TASK_BATCH_PATH, batch_tasks, name="batch")
