"""`generate` and the daily budget: past it, one clear line and exit 2 unless --over-budget
(app/core/budget.py decides, as for the window)."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from app.core.budget import check_budget
from app.core.media_limits import MediaKind
from app.core.models import GenerationRequest
from app.core.price_rules import PriceQuery
from app.services.tasks.store import TaskStore

if TYPE_CHECKING:  # the command line loads httpx and the media probe only when it needs them
    from app.services.api.client import EvolinkClient
    from app.services.media.inputs import MediaInput

OVER_BUDGET_HELP = "send even if it takes today's spending past the daily budget"


def input_video_seconds(groups: Mapping[MediaKind, Sequence[MediaInput]]) -> float:
    """The probed length of the local input videos (what a reference-to-video price needs)."""
    return sum(m.facts.duration_s or 0.0 for m in groups.get(MediaKind.VIDEO, ())
               if m.facts is not None)


async def refusal(client: EvolinkClient, store: TaskStore,
                  request: GenerationRequest | Sequence[GenerationRequest],
                  video_seconds: float) -> str | None:
    """The line to stop with when this request (or take set, in all) would pass the daily
    budget, else None."""
    requests = [request] if isinstance(request, GenerationRequest) else list(request)
    # Imported here: only a budget needs the settings file (QSettings), the prices and the
    # ledger.
    from app.services.account.price_estimator import PriceEstimator
    from app.services.account.price_sources import (
        PriceSources,
        charges,
        control_base_for,
        make_public_client,
    )
    from app.services.account.spending import SpendingLedger
    from app.services.home.settings import DAILY_BUDGET, Settings

    budget = Settings.open_default()[DAILY_BUDGET]
    if budget <= 0:
        return None
    ledger = SpendingLedger(store.path)
    try:
        today = ledger.today()
    finally:
        ledger.close()
    async with make_public_client() as http:
        estimator = PriceEstimator(PriceSources(client, http, control_base_for(client)),
                                   charges=functools.partial(charges, store))
        figures = [await estimator.figure(PriceQuery.of(r, video_seconds)) for r in requests]
    known = [f.credits for f in figures]
    found = check_budget(budget, today, None if None in known else sum(c or 0.0 for c in known))
    if found is None:
        return None
    return (f"Not sent: over your daily budget. {found.figures()}. Add --over-budget to send "
            "anyway, or change the budget in Preferences → Account & advanced.")
