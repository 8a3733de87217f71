"""Issue 14 item 3: the disk fills between the POST and its answer. The task id is logged the
moment it arrives, kept in memory, written again; the error said is the real one."""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

import pytest

from app.core.states import TaskState
from app.services.tasks import generation
from app.services.tasks.store import TaskRecord, TaskStore
from app.simulator import Simulator
from tests.faults.dl_support import fill_store_page, lift_store_cap
from tests.queue.conftest import request

S = TaskState


@pytest.fixture(autouse=True)
def dl_quick_store_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generation, "STORE_RETRY_S", (0.05, 0.05))
    # Ids kept by an earlier test's full disk belong to its own (gone) store.
    monkeypatch.setattr(generation, "KEPT", {})


def test_a_full_disk_is_reported_as_such_not_as_a_failed_rollback(
        store: TaskStore) -> None:
    rec = store.begin_submission(request(), source="cli")
    fill_store_page(store, rec.local_id)
    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        store.note(rec.local_id, "x" * 200)
    assert store.get(rec.local_id) is not None  # the store still reads


async def test_the_task_id_is_logged_kept_and_the_real_error_said(
        sim: Simulator, client: Any, store: TaskStore,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="app.services.tasks.generation")

    def full(rec: TaskRecord) -> None:
        fill_store_page(store, rec.local_id)

    with pytest.raises(generation.TaskIdNotStored) as raised:
        await generation.submit(client, store, request("paid, then a full disk"),
                                source="cli", on_stored=full)
    [task_id] = list(sim.tasks)
    said = str(raised.value)
    assert task_id in said and "disk is full" in said and "rollback" not in said
    logged = [r.getMessage() for r in caplog.records
              if r.name == generation.__name__ and task_id in r.getMessage()]
    assert logged and "created for submission" in logged[0]  # before any write was tried
    assert "sk-" not in caplog.text.replace("task-", "")
    [rec] = store.list()
    assert rec.task_id is None and any(t.id == task_id for t in generation.KEPT.values())
    # Room again: the next start of the queue writes the kept id.
    lift_store_cap(store)
    generation.recover_interrupted(store)
    assert store.get(rec.local_id).task_id == task_id  # type: ignore[union-attr]
    assert not generation.KEPT
    assert sum(1 for r in sim.requests if r.group == "create") == 1


async def test_room_made_while_retrying_keeps_the_submission_whole(
        sim: Simulator, client: Any, store: TaskStore) -> None:
    class RoomAfterFirstFailure(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if "trying again" in record.getMessage():
                lift_store_cap(store)

    def full(rec: TaskRecord) -> None:
        fill_store_page(store, rec.local_id)

    hook = RoomAfterFirstFailure()
    logging.getLogger("app.services.tasks.generation").addHandler(hook)
    try:
        rec = await generation.submit(client, store, request("a full disk, briefly"),
                                      source="cli", on_stored=full)
    finally:
        logging.getLogger("app.services.tasks.generation").removeHandler(hook)
    assert rec.state is S.PENDING and rec.task_id in sim.tasks
    assert sum(1 for r in sim.requests if r.group == "create") == 1
    assert not generation.KEPT
