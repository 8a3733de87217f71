"""The simulator's price routes: the public pricing rules, the account quote and the models
each key may use (api-notes "Prices and models from the gateway itself"); prices: sim_prices.py.
"""

from __future__ import annotations

import time
from typing import Any

from aiohttp import web

from app.core import api_facts
from app.core.capabilities import MODELS
from app.simulator.context import api_error, auth_problem, bearer, ctx
from app.simulator.sim_prices import amounts, iso


def _etag(body: dict[str, Any]) -> str:
    model = body["model"]
    return f'"{body["meta"]["pricing_version"]}-{model["model_id"]}-{len(model["components"])}"'


async def pricing_rules(request: web.Request) -> web.StreamResponse:
    """Public: no key needed."""
    body = ctx(request).prices.rules(request.match_info["model"])
    etag = _etag(body)
    if request.headers.get("If-None-Match") == etag:
        return web.Response(status=304, headers={"ETag": etag})
    return web.json_response(body, headers={"ETag": etag})


async def agent_estimate(request: web.Request) -> web.StreamResponse:
    if (problem := auth_problem(request)) is not None:
        return api_error(401, "unauthorized", problem, type_="authentication_error")
    try:
        data = await request.json()
    except ValueError:
        data = None
    if not isinstance(data, dict) or not isinstance(data.get("model_id"), str):
        return api_error(400, "invalid_parameters", "send {model_id, operation, parameters}")
    model, params = data["model_id"], data.get("parameters")
    credits = ctx(request).prices.quote(model, params if isinstance(params, dict) else {})
    if credits is None:
        return api_error(422, "pricing_unavailable", f"No published price for {model} with "
                         "these parameters", param="parameters")
    money = amounts(credits)
    return web.json_response({
        "estimate_id": f"est_{int(time.time() * 1000)}", "pricing_version":
        ctx(request).prices.version, "model_id": model, "operation": data.get("operation"),
        "settlement_basis": "request_then_actual", "currency": "USD", "amount": money["usd"],
        "amounts": money, "components": [], "assumptions": [],
        "expires_at": iso(time.time() + 300)})


async def list_models(request: web.Request) -> web.StreamResponse:
    if (problem := auth_problem(request)) is not None:
        return api_error(401, "unauthorized", problem, type_="authentication_error")
    denied = ctx(request).denied_models.get(bearer(request) or "", frozenset())
    return web.json_response({"object": "list", "data": [
        {"id": m, "object": "model", "owned_by": "evolink"}
        for m in MODELS if m not in denied]})


def add_routes(app: web.Application) -> None:
    app.router.add_get(api_facts.PRICING_RULES_PATH, pricing_rules, name="rules",
                       allow_head=False)
    app.router.add_post(api_facts.QUOTE_PATH, agent_estimate, name="quote")
    app.router.add_get(api_facts.MODELS_PATH, list_models, name="models", allow_head=False)

