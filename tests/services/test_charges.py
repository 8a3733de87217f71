"""Charges as the gateway settles them: stored (migration 7), in the sidecar, in the details."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.models import GenerationRequest, parse_task
from app.services.clips.sidecar import sidecar_for
from app.services.tasks.store import TaskStore
from app.services.tasks.store_schema import migrate
from app.ui.player.details import ClipDetails

CHARGES_MIGRATION = 7

REQ = GenerationRequest(model="seedance-2.0-mini-text-to-video", prompt="a fox", duration=4,
                        quality="480p")


def _task(status: str, **billing: object) -> object:
    return {"id": "task-unified-1700000000-abc", "status": status,
            "usage": {"credits_reserved": 10.23}, "billing": billing}


def test_a_refund_is_stored_and_kept_in_the_sidecar(tmp_path: Path) -> None:
    store = TaskStore(tmp_path / "tasks.db")
    rec = store.begin_submission(REQ, source="cli", input_video_seconds=3.5)
    rec = store.record_created(rec.local_id, parse_task(_task(
        "pending", charge_status="reserved", reserved_credits=10.23, charged_credits=0)))
    rec = store.apply_poll(rec.local_id, parse_task(_task(
        "failed", charge_status="refunded", refund_status="refunded", reserved_credits=10.23,
        charged_credits=0, refunded_credits=10.23, refunded_at="2026-12-02T10:00:00+00:00")))
    again = store.get(rec.local_id)
    assert again is not None
    assert (again.credits_charged, again.credits_refunded) == (0, 10.23)
    assert (again.refund_status, again.refunded_at) == ("refunded", "2026-12-02T10:00:00+00:00")
    assert again.input_video_seconds == 3.5
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"not really a clip")
    side = sidecar_for(again, clip)
    assert side["billing"]["refunded_credits"] == 10.23
    assert side["billing"]["reserved_credits"] == 10.23
    assert store.charges(REQ.model, REQ.quality) == []  # a refunded task taught no rate
    store.close()


def test_the_charge_migration_keeps_older_stores(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, upto=CHARGES_MIGRATION - 1)  # the store before the charges columns
    conn.close()
    store = TaskStore(path)
    rec = store.begin_submission(REQ, source="gui")
    assert rec.credits_charged is None and rec.input_video_seconds is None
    store.close()


def test_details_show_reserved_then_refunded(qtbot: QtBot) -> None:
    details = ClipDetails()
    qtbot.addWidget(details)
    details.show_sidecar({"request": REQ.model_dump(mode="json"), "credits_reserved": 10.23,
                          "credits_used": 0, "billing": {"charged_credits": 0,
                                                         "refunded_credits": 10.23}})
    assert details.values["credits"].text() == "10.2 reserved → 10.2 refunded"
    details.show_sidecar({"request": REQ.model_dump(mode="json"), "credits_reserved": 10.23,
                          "credits_used": 10.23})
    assert details.values["credits"].text() == "10.2 reserved → 10.2 charged"
