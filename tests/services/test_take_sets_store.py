"""A take set in the store: written whole before anything is sent; each member moves from
draft to submitting once, so a crash halfway leaves it sent once or certainly not sent."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.models import GenerationRequest
from app.core.states import IllegalTransition, TaskState
from app.services.tasks.store import TaskStore
from app.services.tasks.store_schema import MIGRATIONS, migrate

S = TaskState
SETS = 10  # the migration that added the take sets' columns (its user_version)


def req(prompt: str, model: str = "seedance-2.0-mini-text-to-video") -> GenerationRequest:
    return GenerationRequest(model=model, prompt=prompt)


@pytest.fixture
def store(tmp_path: Path) -> TaskStore:
    s = TaskStore(tmp_path / "s.sqlite3")
    yield s  # type: ignore[misc]
    s.close()


def test_a_set_is_written_whole_as_drafts(store: TaskStore) -> None:
    members = store.add_set([(req("a kite in rain"), "Mini · rain"),
                             (req("a kite in snow"), "Mini · snow"),
                             (req("a kite in rain"), "")], source="gui")
    assert len({m.set_id for m in members}) == 1 and members[0].set_id
    assert len({m.idempotency_key for m in members}) == 3  # three tasks, never one replayed
    again = store.set_members(members[0].set_id or "")
    assert [(m.state, m.set_index, m.take_label, m.request.prompt) for m in again] == [
        (S.DRAFT, 0, "Mini · rain", "a kite in rain"),
        (S.DRAFT, 1, "Mini · snow", "a kite in snow"), (S.DRAFT, 2, None, "a kite in rain")]
    assert store.unfinished() == []  # a restart never sends a draft by itself


def test_the_shared_uploads_are_written_with_the_set(store: TaskStore) -> None:
    """Where the uploaded URLs came from and the input video's length: in the same commit
    as the members, so no member is ever stored without them."""
    sources = {"https://files.example/a.mp4": "/clips/a.mp4"}
    members = store.add_set([(req("a"), ""), (req("b"), "")], source="gui",
                            media_sources=sources, input_video_seconds=4.5)
    again = store.set_members(members[0].set_id or "")
    assert [(m.media_sources, m.input_video_seconds) for m in again] == [(sources, 4.5)] * 2
    assert again[0].media_sources is not again[1].media_sources


def test_a_member_is_begun_once(store: TaskStore) -> None:
    first, second = store.add_set([(req("a"), ""), (req("b"), "")], source="cli")
    begun = store.begin_draft(first.local_id)
    assert begun.state is S.SUBMITTING and begun.submitted_at is not None  # one commit
    with pytest.raises(IllegalTransition):
        store.begin_draft(first.local_id)  # a second sender is refused, not sent twice
    assert store.discard_draft(second.local_id).state is S.CANCELLED
    with pytest.raises(IllegalTransition):
        store.begin_draft(second.local_id)
    with pytest.raises(IllegalTransition):
        store.discard_draft(first.local_id)  # sent: it cannot be called unsent any more


def test_a_set_that_cannot_be_written_leaves_nothing(store: TaskStore, tmp_path: Path) -> None:
    """The second member's write fails (a trigger stands in for a full disk): no member is
    stored, so nothing of the set can be sent or shown half-planned."""
    store.list()  # opened and migrated
    other = sqlite3.connect(tmp_path / "s.sqlite3")
    other.execute("CREATE TRIGGER full BEFORE INSERT ON tasks WHEN NEW.set_index = 1 "
                  "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    other.commit()
    other.close()
    with pytest.raises(sqlite3.IntegrityError, match="disk is full"):
        store.add_set([(req("one"), ""), (req("two"), "")], source="gui")
    assert store.list() == []


def test_an_older_store_gains_the_set_columns(tmp_path: Path) -> None:
    assert "set_id" in str(MIGRATIONS[SETS - 1])
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, upto=SETS - 1)
    conn.close()
    store = TaskStore(path)
    rec = store.begin_submission(req("single"), source="gui")
    assert rec.set_id is None and store.get(rec.local_id) == rec
    store.close()
