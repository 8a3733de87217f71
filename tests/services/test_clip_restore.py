"""The request behind a clip: from its sidecar, the sidecar itself, or the library by hash."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from app.core.models import GenerationRequest
from app.core.states import TaskState
from app.services.clips.clip_restore import NotRestorable, Source, Why, restore, with_local_sources
from app.services.clips.sidecar import sidecar_for, sidecar_path, write_sidecar
from app.services.tasks.store_schema import TaskRecord
from tests.library.conftest import write_frames

REQUEST = GenerationRequest(
    model="seedance-2.0-image-to-video", prompt="一只纸鹤展开成鸟 — a paper crane unfolding",
    image_urls=["https://files.example.com/a.png", "https://files.example.com/b.png"],
    duration=7, quality="1080p", aspect_ratio="9:16", generate_audio=False,
    content_filter=False, model_params={"seed": 42, "camera": {"fixed": True}},
    callback_url="https://hooks.example.com/done",
)


def write_clip(path: Path, shade: int) -> Path:
    """Two flat frames of one colour: distinct bytes per shade."""
    return write_frames(path, [(shade, 255 - shade, 90)] * 2, width=64, height=36)


def record_for(clip: Path, request: GenerationRequest = REQUEST) -> TaskRecord:
    return TaskRecord(
        local_id="0" * 32, task_id="task-1", state=TaskState.SAVED, request=request,
        idempotency_key="ss-1", source="gui", created_at=1.7e9, submitted_at=1.7e9,
        updated_at=1.7e9, progress=100, estimated_time=None, credits_reserved=None,
        error_code=None, error_message=None, result_urls=("https://cdn.example.com/x.mp4?s=1",),
        completed_at=1.7e9 + 30, file_path=str(clip), saved_at=1.7e9 + 40)


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, TaskRecord]:
    clip = write_clip(tmp_path / "crane.mp4", 40)
    record = record_for(clip)
    write_sidecar(clip, sidecar_for(record, clip))
    return clip, record


def test_a_clip_with_its_sidecar_gives_the_request_exactly(
        saved: tuple[Path, TaskRecord]) -> None:
    clip, _ = saved
    restored = restore(clip)
    assert restored.source is Source.SIDECAR
    assert restored.request == REQUEST
    assert restored.request.to_body() == REQUEST.to_body()


def test_the_sidecar_alone_gives_the_request(saved: tuple[Path, TaskRecord]) -> None:
    clip, _ = saved
    assert restore(sidecar_path(clip)).request == REQUEST


def test_a_copied_clip_without_sidecar_is_found_in_the_library_by_its_bytes(
        saved: tuple[Path, TaskRecord], tmp_path: Path) -> None:
    clip, record = saved
    elsewhere = tmp_path / "moved" / "renamed.mp4"
    elsewhere.parent.mkdir()
    shutil.copyfile(clip, elsewhere)
    other_clip = write_clip(tmp_path / "other.mp4", 200)
    other = record_for(other_clip, REQUEST.model_copy(update={"prompt": "another"}))
    restored = restore(elsewhere, [other, record])
    assert restored.source is Source.LIBRARY
    assert restored.request == REQUEST


def test_a_clip_of_the_same_size_but_other_bytes_is_not_a_match(tmp_path: Path) -> None:
    ours = write_clip(tmp_path / "ours.mp4", 10)
    stranger = tmp_path / "stranger.mp4"
    data = bytearray(ours.read_bytes())
    data[-1] ^= 0xFF  # same size, one byte different
    stranger.write_bytes(bytes(data))
    with pytest.raises(NotRestorable) as caught:
        restore(stranger, [record_for(ours)])
    assert caught.value.why is Why.UNKNOWN_CLIP
    assert "stranger.mp4" in str(caught.value)


@pytest.mark.parametrize(("name", "content", "why"), [
    ("notes.txt", "hello", Why.WRONG_KIND),
    ("other.json", json.dumps({"app": "Something Else", "request": {}}), Why.FOREIGN),
    ("broken.json", "{not json", Why.NOT_JSON),
    ("ours.json", json.dumps({"app": "Seedance Studio", "request": {"prompt": 3}}),
     Why.NO_REQUEST),
])
def test_files_without_settings_say_why(tmp_path: Path, name: str, content: str,
                                        why: Why) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(NotRestorable) as caught:
        restore(path)
    assert caught.value.why is why and caught.value.name == name


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(NotRestorable) as caught:
        restore(tmp_path / "gone.mp4")
    assert caught.value.why is Why.NOT_A_FILE


def test_uploaded_media_come_back_as_their_files_while_those_exist(tmp_path: Path) -> None:
    kept = tmp_path / "kept.png"
    kept.write_bytes(b"\x89PNG")
    sources = {REQUEST.image_urls[0]: str(kept), REQUEST.image_urls[1]: str(tmp_path / "gone.png")}
    clip = write_clip(tmp_path / "crane.mp4", 40)
    record = dataclasses.replace(record_for(clip), media_sources=sources)
    write_sidecar(clip, sidecar_for(record, clip))
    assert json.loads(sidecar_path(clip).read_text(encoding="utf-8"))["media_sources"] == sources
    expected = [str(kept), REQUEST.image_urls[1]]  # a deleted file keeps its (maybe live) URL
    for given in (clip, sidecar_path(clip)):
        restored = restore(given)
        assert restored.request.image_urls == expected
        assert restored.request.model_copy(update={"image_urls": REQUEST.image_urls}) == REQUEST

    elsewhere = tmp_path / "moved" / "renamed.mp4"  # no sidecar: matched in the library
    elsewhere.parent.mkdir()
    shutil.copyfile(clip, elsewhere)
    by_hash = restore(elsewhere, [record])
    assert by_hash.source is Source.LIBRARY and by_hash.request.image_urls == expected


def test_an_old_sidecar_without_sources_gives_its_urls(saved: tuple[Path, TaskRecord]) -> None:
    clip, _ = saved
    data = json.loads(sidecar_path(clip).read_text(encoding="utf-8"))
    del data["media_sources"]
    sidecar_path(clip).write_text(json.dumps(data), encoding="utf-8")
    assert restore(clip).request == REQUEST


def test_with_local_sources_leaves_other_urls_and_kinds_alone(tmp_path: Path) -> None:
    audio = tmp_path / "voice.wav"
    audio.write_bytes(b"RIFF")
    request = REQUEST.model_copy(update={"audio_urls": ["https://files.example.com/v.wav"]})
    got = with_local_sources(request, {"https://files.example.com/v.wav": str(audio)})
    assert got.audio_urls == [str(audio)] and got.image_urls == REQUEST.image_urls
    assert with_local_sources(request, {}) is request
