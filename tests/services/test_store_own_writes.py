"""Whose commits the store holds: every write transaction is numbered, and a store knows the
numbers it wrote (from any of its threads) from another store's or process's."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from app.core.models import GenerationRequest
from app.core.states import IllegalTransition
from app.services.tasks import write_seq
from app.services.tasks.store import TaskStore
from app.services.tasks.store_schema import MIGRATIONS, migrate

NUMBERED = 11  # the migration that added the write numbers (its user_version)


def req(prompt: str = "a heron in the reeds") -> GenerationRequest:
    return GenerationRequest(model="seedance-2.0-fast-text-to-video", prompt=prompt)


@pytest.fixture
def store(tmp_path: Path) -> TaskStore:
    s = TaskStore(tmp_path / "s.sqlite3")
    yield s  # type: ignore[misc]
    s.close()


async def test_every_write_is_numbered_and_known_as_this_stores_own(store: TaskStore) -> None:
    version, start = store.write_mark()
    rec = store.begin_submission(req(), source="gui")  # this thread's connection
    await asyncio.to_thread(store.set_hidden, rec.local_id)  # a worker thread's
    store.add_set([(req("a"), "A"), (req("b"), "B")], source="gui")  # one transaction
    store.apply_polls([])  # a batch of none is still one numbered write
    moved, upto = store.write_mark()
    assert upto == start + 4 and moved != version  # the worker's commit moved data_version
    assert store.only_own_writes(start, upto)
    assert store.only_own_writes(start + 2, upto)
    assert not store.only_own_writes(upto, upto)  # nothing numbered: not known to be ours


def test_a_failed_write_takes_no_number(store: TaskStore) -> None:
    rec = store.begin_submission(req(), source="gui")
    _v, before = store.write_mark()
    with pytest.raises(IllegalTransition):
        store.begin_draft(rec.local_id)  # not a draft: refused, rolled back
    assert store.write_mark()[1] == before
    store.note(rec.local_id, "kept")
    assert store.write_mark()[1] == before + 1 and store.only_own_writes(before, before + 1)


def test_another_stores_writes_are_not_ours_even_between_ours(store: TaskStore) -> None:
    _v, start = store.write_mark()
    mine = store.begin_submission(req("mine"), source="gui")
    with TaskStore(store.path) as other:  # another process, as far as numbering goes
        theirs = other.begin_submission(req("theirs"), source="cli")
        _v, after_theirs = store.write_mark()
        assert not store.only_own_writes(start, after_theirs)
        assert other.only_own_writes(start + 1, after_theirs)
        assert not other.only_own_writes(start, after_theirs)
        store.note(mine.local_id, "again")
        _v, upto = store.write_mark()
        assert not store.only_own_writes(start, upto)
        assert store.only_own_writes(after_theirs, upto)
        other.note(theirs.local_id, "seen")


def test_a_writer_that_does_not_number_its_writes_is_not_taken_for_ours(
        store: TaskStore) -> None:
    """An older studio, or any other writer: data_version moves, the number does not."""
    rec = store.begin_submission(req(), source="gui")
    version, seq = store.write_mark()
    conn = sqlite3.connect(store.path, isolation_level=None)
    conn.execute("UPDATE tasks SET note = 'by hand' WHERE local_id = ?", (rec.local_id,))
    conn.close()
    moved, same = store.write_mark()
    assert moved != version and same == seq and not store.only_own_writes(seq, same)


def test_own_numbers_are_remembered_up_to_a_bound() -> None:
    own = write_seq.OwnWrites()
    for seq in range(1, write_seq.KEEP * 2):
        own.add(seq)
    last = write_seq.KEEP * 2 - 1
    assert own.only_ours(last - 10, last)
    assert not own.only_ours(0, last)  # the oldest forgotten: a needless re-read at worst
    own.discard(last)
    assert not own.only_ours(last - 1, last)
    assert not own.only_ours(last, last - 5)  # gone back: another file


def test_an_older_store_gains_the_numbering(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert MIGRATIONS[NUMBERED - 1] == write_seq.MIGRATION
    migrate(conn, upto=NUMBERED - 1)
    conn.execute("INSERT INTO tasks (local_id, state, request_json, idempotency_key, source, "
                 "created_at, updated_at) VALUES ('a1', 'saved', ?, 'restored-a1', 'gui', 1, 1)",
                 (req().model_dump_json(),))
    conn.close()
    with TaskStore(path) as store:
        assert store.write_mark()[1] == 0
        store.note("a1", "numbered")
        assert store.write_mark()[1] == 1 and store.only_own_writes(0, 1)
        assert store.get("a1") is not None
