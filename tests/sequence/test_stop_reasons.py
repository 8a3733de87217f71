"""Why a sequence run stopped, or a clip was not found, is told by its message id (the
sentence is the catalog's, translated where it is shown)."""

from __future__ import annotations

from pathlib import Path

from app.core.catalog import SequenceMsg
from app.core.messages import Message
from tests.sequence.stop_reasons import every


async def test_each_stop_reason_is_told_by_its_id(tmp_path: Path) -> None:
    failed, previous, unreadable, moved = await every(tmp_path)
    assert failed.id is SequenceMsg.SEQUENCE_SHOT_FAILED and failed.params["shot"] == 1
    assert failed.params["reason"]  # the server's own words
    assert previous.id is SequenceMsg.SEQUENCE_NEEDS_PREVIOUS and previous.params == {"shot": 3}
    assert unreadable.id is SequenceMsg.SEQUENCE_CLIP_UNREADABLE and unreadable.params["shot"] == 2
    assert isinstance(unreadable.params["reason"], Message)  # the clip's own refusal, by id
    assert moved.id is SequenceMsg.SEQUENCE_NOT_FOUND and moved.params == {"n": 1}
