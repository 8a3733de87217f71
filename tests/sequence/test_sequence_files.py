"""Sequence files: atomic saves, loads with clear refusals, and clips found again by content."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.core.models import GenerationRequest
from app.core.sequence import Continuity, LinkKind, Sequence, Shot
from app.services.sequences.sequence_files import (
    SequenceFileError,
    clean_stale_saves,
    clip_ref,
    find_moved_clip,
    load_sequence,
    relink,
    save_sequence,
    sequences_dir,
)
from tests.sequence.media import shot_of

REQ = GenerationRequest(model="seedance-2.0-text-to-video", prompt="waves")


def test_clip_ref_measures_and_hashes(clips: dict[str, Path]) -> None:
    from app.services.clips.file_hash import file_sha256

    ref = clip_ref(clips["tall"])
    assert (ref.width, ref.height, ref.fps, ref.has_audio) == (90, 160, 30.0, False)
    assert ref.duration_s == pytest.approx(1.0, abs=1 / 30)
    assert ref.sha256 == file_sha256(clips["tall"])
    assert clip_ref(clips["wide"]).has_audio


def test_save_and_load_round_trip(clips: dict[str, Path]) -> None:
    seq = Sequence(name="Sea", shots=(shot_of(clips["wide"]), Shot(
        request=REQ, link=Continuity(kind=LinkKind.CHOSEN_FRAME, frame_time_s=1.25))))
    path = save_sequence(seq, sequences_dir() / "sea.sequence.json")
    assert load_sequence(path) == seq
    assert [p.name for p in path.parent.iterdir()] == ["sea.sequence.json"]  # no temp left
    again = save_sequence(seq.remove(1), path)  # autosave over the last one
    assert len(load_sequence(again).shots) == 1


def test_a_killed_save_leaves_the_last_file_and_a_temp_that_is_cleaned(
        clips: dict[str, Path]) -> None:
    path = save_sequence(Sequence(name="A"), sequences_dir() / "a.sequence.json")
    stale = path.with_name(f".{path.name}.123-456.tmp")
    stale.write_text('{"half": ')
    assert load_sequence(path).name == "A"
    assert clean_stale_saves(path.parent) == [stale]
    assert not stale.exists() and path.exists()


@pytest.mark.parametrize(("text", "says"), [
    ("not json", "not a sequence file"),
    ('{"x": 1}', "not a sequence file"),
    ('{"schema_version": 99, "shots": []}', "newer Seedance Studio"),
    ('{"schema_version": 1, "shots": [{"trim_in_s": -1}]}', "damaged"),
])
def test_bad_files_are_refused_in_one_sentence(tmp_path: Path, text: str, says: str) -> None:
    path = tmp_path / "bad.sequence.json"
    path.write_text(text)
    with pytest.raises(SequenceFileError, match=says):
        load_sequence(path)
    with pytest.raises(SequenceFileError, match="could not be read"):
        load_sequence(tmp_path / "absent.sequence.json")


def test_a_moved_clip_is_found_again_by_its_content(clips: dict[str, Path],
                                                    tmp_path: Path) -> None:
    original = shutil.copy(clips["wide"], tmp_path / "take.mp4")
    seq = Sequence(shots=(shot_of(Path(original)), shot_of(clips["tall"]), Shot(request=REQ)))
    renamed = Path(original).rename(tmp_path / "renamed in the library.mp4")
    candidates = [clips["wide25"], clips["tall"], renamed]
    ref = seq.shots[0].clip
    assert ref is not None
    assert find_moved_clip(ref, candidates) == renamed
    assert find_moved_clip(ref, [clips["wide25"], tmp_path / "nothing.mp4"]) is None
    fixed, lost = relink(seq, candidates)
    assert lost == []
    assert fixed.shots[0].clip is not None and fixed.shots[0].clip.path == str(renamed)
    assert fixed.shots[1:] == seq.shots[1:]
    _, still_lost = relink(seq, [clips["wide25"]])
    assert still_lost == [0]
    data = json.loads(fixed.model_dump_json())
    assert data["shots"][0]["clip"]["sha256"] == ref.sha256
