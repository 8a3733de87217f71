"""Queue rows in Chinese: the services' fixed sentences, fresh or read back from the store."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.core.messages import Message, MessageId
from app.core.states import TaskState
from app.services.errors import InsufficientCredits, plain_message
from app.services.i18n import install_translators, remove_translators
from app.services.store import TaskStore
from app.services.task_queue import Live
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
    rec = store.mark_sent(store.begin_submission(request(), source="gui").local_id)
    refused = InsufficientCredits(plain_message(402), status=402, code="insufficient_quota")
    rec = store.record_rejected(rec.local_id, "402", str(refused))
    stored = store.get(rec.local_id)
    assert stored is not None and type(stored.error_message) is str  # plain text in SQLite
    note = row_text(stored, Live()).note
    assert note == ("积分不足（或此密钥的额度已用完） [insufficient_quota] (HTTP 402)"
                    "。未创建任务，也未扣费。")

    pending = store.mark_sent(store.begin_submission(request(), source="gui").local_id)
    live = Live(problem=Message(MessageId.POLL_OFFLINE, "Offline: {reason}; retrying",
                                reason=Message(MessageId.NET_TIMED_OUT,
                                               "The server did not answer in time")))
    assert row_text(pending, live).note == "离线：服务器未及时响应；正在重试"


def test_server_texts_stay_as_the_server_wrote_them(chinese: None, store: TaskStore) -> None:
    rec = store.mark_sent(store.begin_submission(request(), source="gui").local_id)
    rec = store.record_rejected(rec.local_id, "400", "prompt contains forbidden words (HTTP 400)")
    assert row_text(rec, Live()).note.startswith("prompt contains forbidden words (HTTP 400)。")


def test_a_saved_clip_moved_to_the_trash_says_where_it_went(store: TaskStore,
                                                            tmp_path: Path) -> None:
    sent = store.mark_sent(store.begin_submission(request(), source="gui").local_id)
    saved = dataclasses.replace(sent, state=TaskState.SAVED, file_path=str(tmp_path / "boat.mp4"))
    assert row_text(saved, Live()).note == "Saved as boat.mp4"
    trashed = dataclasses.replace(saved, trashed_at=1.0)
    assert row_text(trashed, Live()).note == "boat.mp4 was moved to the trash"
