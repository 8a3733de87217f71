"""Queue rows in Chinese: the services' fixed sentences, fresh or read back from the store."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.core.catalog import ApiMsg, QueueMsg, RecoveryMsg
from app.core.messages import Message
from app.core.states import TaskState
from app.services.api.client import describe
from app.services.api.errors import InsufficientCredits, plain_message
from app.services.home.i18n import install_translators, remove_translators
from app.services.tasks.recovery import not_found
from app.services.tasks.store import TaskStore
from app.services.tasks.task_queue import Live
from app.ui.queue.presentation import row_text
from tests.queue.conftest import request


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, "zh_CN")
    assert installed
    yield
    remove_translators(qapp, installed)


def test_a_stored_refusal_and_a_live_problem_are_shown_in_chinese(
        chinese: None, store: TaskStore) -> None:
    rec = store.begin_submission(request(), source="gui", sent=True)
    refused = InsufficientCredits(plain_message(402), status=402, code="insufficient_quota")
    rec = store.record_rejected(rec.local_id, "402", describe(refused))
    stored = store.get(rec.local_id)
    # The store keeps the English and the id with its parameters: the Message comes back.
    assert stored is not None and stored.error_message == str(refused)
    assert isinstance(stored.error_message, Message)
    note = row_text(stored, Live()).note
    assert note == ("积分不足（或此密钥的额度已用完） [insufficient_quota] (HTTP 402)"
                    "。未创建任务，也未扣费。")

    pending = store.begin_submission(request(), source="gui", sent=True)
    live = Live(problem=Message(QueueMsg.POLL_OFFLINE,
                                reason=Message(ApiMsg.NET_TIMED_OUT)))
    assert row_text(pending, live).note == "离线：服务器未及时响应；正在重试"


def _as_before_migration_9(path: Path) -> None:
    """The store file as a version without message ids left it: English text only."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE write_seq")  # without the write numbers of migration 11
    conn.execute("DROP INDEX tasks_set")  # and without the take sets of migration 10
    for column in ("set_id", "set_index", "take_label"):
        conn.execute(f"ALTER TABLE tasks DROP COLUMN {column}")
    conn.execute("ALTER TABLE tasks DROP COLUMN error_data")
    conn.execute("ALTER TABLE tasks DROP COLUMN note_data")
    conn.execute("PRAGMA user_version = 8")
    conn.commit()
    conn.close()


def test_rows_stored_before_ids_are_migrated_once_and_shown_in_chinese(
        chinese: None, studio_home: Path) -> None:
    path = studio_home / "old.sqlite3"
    old = TaskStore(path)
    ids = [old.begin_submission(request(), source="gui", sent=True).local_id
           for _ in range(4)]
    refused = InsufficientCredits(plain_message(402), status=402, code="insufficient_quota")
    old.record_rejected(ids[0], "402", str(refused))  # plain str: what was stored then
    old.record_outcome_unknown(ids[1], str(not_found(1, "seedance-2.0-text-to-video")))
    old.record_rejected(ids[2], "400", "prompt contains forbidden words")
    old.note(ids[3], "Download interrupted (the connection broke (reset)); retrying")
    old.close()
    _as_before_migration_9(path)

    store = TaskStore(path)
    try:
        rejected, lost, server, interrupted = (store.get(i) for i in ids)
        assert rejected is not None and isinstance(rejected.error_message, Message)
        assert rejected.error_message.id is ApiMsg.API_ERROR_DETAIL
        assert row_text(rejected, Live()).note == (
            "积分不足（或此密钥的额度已用完） [insufficient_quota] (HTTP 402)"
            "。未创建任务，也未扣费。")
        assert lost is not None and isinstance(lost.note, Message)
        assert lost.note.id is RecoveryMsg.RECOVERY_NOT_FOUND and lost.note.params["n"] == 1
        assert server is not None and type(server.error_message) is str  # the server's words
        assert interrupted is not None and isinstance(interrupted.note, Message)
        assert interrupted.note.params["reason"] == "the connection broke (reset)"
    finally:
        store.close()


def test_server_texts_stay_as_the_server_wrote_them(chinese: None, store: TaskStore) -> None:
    rec = store.begin_submission(request(), source="gui", sent=True)
    rec = store.record_rejected(rec.local_id, "400", "prompt contains forbidden words (HTTP 400)")
    assert row_text(rec, Live()).note.startswith("prompt contains forbidden words (HTTP 400)。")


def test_a_saved_clip_moved_to_the_trash_says_where_it_went(store: TaskStore,
                                                            tmp_path: Path) -> None:
    sent = store.begin_submission(request(), source="gui", sent=True)
    saved = dataclasses.replace(sent, state=TaskState.SAVED, file_path=str(tmp_path / "boat.mp4"))
    assert row_text(saved, Live()).note == "Saved as boat.mp4"
    trashed = dataclasses.replace(saved, trashed_at=1.0)
    assert row_text(trashed, Live()).note == "boat.mp4 was moved to the trash"


def test_a_stored_message_follows_its_sentence_when_it_is_reworded(
        store: TaskStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """The store keeps the id and the parameters, not the English: a reworded template is
    what an old row shows (and translates) from then on."""
    rec = store.begin_submission(request(), source="gui", sent=True)
    store.note(rec.local_id, Message(RecoveryMsg.RECOVERY_SEVERAL, n=2))
    monkeypatch.setattr(RecoveryMsg.RECOVERY_SEVERAL, "forms", ("{n} tasks could be this one",))
    got = store.get(rec.local_id)
    assert got is not None and isinstance(got.note, Message)
    assert got.note == "2 tasks could be this one" and got.note.id is RecoveryMsg.RECOVERY_SEVERAL
