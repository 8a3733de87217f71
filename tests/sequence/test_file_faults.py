"""A refused sequence file or clip says which, by its id, in one translatable sentence."""

from __future__ import annotations

from pathlib import Path

from app.core.catalog import SequenceMsg
from tests.sequence import file_faults


def test_each_refusal_has_its_own_sentence(tmp_path: Path) -> None:
    said = file_faults.every(tmp_path)
    assert [m.id for m in said] == [
        SequenceMsg.SEQUENCE_FILE_NOT_SAVED, SequenceMsg.SEQUENCE_FILE_UNREADABLE,
        SequenceMsg.SEQUENCE_FILE_FOREIGN, SequenceMsg.SEQUENCE_FILE_NEWER,
        SequenceMsg.SEQUENCE_FILE_DAMAGED, SequenceMsg.SEQUENCE_CLIP_NO_VIDEO,
        SequenceMsg.SEQUENCE_CLIP_NOT_VIDEO, SequenceMsg.SEQUENCE_CLIP_NO_LENGTH]
    assert str(said[0]).startswith("The sequence could not be saved to taken.sequence.json: ")
    assert str(said[4]) == "damaged.sequence.json is damaged (1 problems)."
    assert not list(tmp_path.glob(".*.tmp"))  # the refused save left no temporary file
