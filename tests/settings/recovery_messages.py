"""The sentences of app/services/tasks/recovery.py, each provoked for real against the simulator."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.core.models import GenerationRequest
from app.core.states import TaskState
from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.api.errors import ApiError, SubmissionOutcomeUnknown
from app.services.tasks import generation, recovery
from app.services.tasks.store import TaskStore
from app.simulator import Simulator

KEY = "sk-test-LEAKMARK-messages-0123456789ab"
REQUEST = GenerationRequest(model="seedance-2.0-fast-text-to-video", prompt="a quiet harbour",
                            duration=4, quality="480p")


def lost(store: TaskStore) -> str:
    """A submission that never reached the server, whose outcome the studio cannot know."""
    rec = store.begin_submission(REQUEST, source="cli", sent=True)
    return store.record_outcome_unknown(rec.local_id, "lost").local_id


async def recovery_messages(sim: Simulator, home: Path) -> AsyncIterator[str]:
    store = TaskStore(home / "recovery.sqlite3")
    async with EvolinkClient(KEY, resolve_endpoints(sim.base_url), attempts=1) as client:
        with contextlib.closing(store):
            with pytest.raises(ValueError, match="outcome is unknown") as refused:
                await recovery.resend_same_key(client, store, store.begin_submission(
                    REQUEST, source="cli").local_id)
            yield refused.value.args[0]
            sim.faults.drop_connection(n=1, only="create")
            with pytest.raises(SubmissionOutcomeUnknown):
                await generation.submit(client, store, REQUEST, source="cli")
            [rec] = store.list(states=[TaskState.OUTCOME_UNKNOWN])
            with pytest.raises(ValueError, match="not among") as not_one:
                await recovery.find_unknown(client, store, rec.local_id, choose="task-x")
            yield not_one.value.args[0]
            twin = await client.create(REQUEST, idempotency_key="key-messages-twin-01")
            [first] = [t for t in sim.tasks.values() if t.id != twin.id]
            sim.tasks[twin.id].created = first.created
            search = await recovery.find_unknown(client, store, rec.local_id)
            assert len(search.choices) == 2
            yield store.get(rec.local_id).note  # type: ignore[union-attr]
            yield (await recovery.resend_same_key(client, store, rec.local_id)).message
            yield (await recovery.resend_same_key(client, store, lost(store))).message
            sim.faults.rate_limit(n=1, only="create")
            refused_id = lost(store)
            with pytest.raises(ApiError):
                await recovery.resend_same_key(client, store, refused_id)
            yield store.get(refused_id).note  # type: ignore[union-attr]
