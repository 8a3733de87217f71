"""Clip actions on real files: export, rename, trash, favourite and the last frame."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from app.core.catalog import ALL_IDS, BY_KEY, ClipMsg
from app.services.clips import clip_files
from app.services.clips.clip_actions import ClipActions, default_name
from app.services.clips.clip_files import ClipActionError, InvalidName, NameTaken
from app.services.clips.last_frame import decode_last_frame, extract_last_frame
from app.services.clips.library import ClipLibrary, LibraryQuery
from app.services.clips.sidecar import read_sidecar, sidecar_path
from app.services.media.media_worker import SyncExecutor
from app.services.tasks.store import TaskStore
from tests.library.clip_helpers import (
    BLUE,
    GREEN,
    RED,
    close_to,
    saved_clip,
    store,
    trash_home,
    write_frames,
)

__all__ = ["store", "trash_home"]  # fixtures


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def actions(qapp: Any, store: TaskStore, tmp_path: Path) -> ClipActions:
    return ClipActions(store, template=lambda: "{model}_{short-id}_{quality}.mp4",
                       drafts=tmp_path / "drafts", executor=SyncExecutor())


def pixel(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    c = image.pixelColor(x, y)
    return (c.red(), c.green(), c.blue())


def test_export_to_a_folder_is_byte_identical_with_its_sidecar(
        qtbot: Any, actions: ClipActions, store: TaskStore, tmp_path: Path) -> None:
    rec = saved_clip(store.path, tmp_path / "clips", 7)
    clip = Path(str(rec.file_path))
    out = tmp_path / "export"
    out.mkdir()
    with qtbot.waitSignal(actions.exported) as blocker:
        actions.export(rec, out)
    copy = blocker.args[0]
    assert copy.parent == out
    assert copy.name == default_name(rec, "{model}_{short-id}_{quality}.mp4")
    assert rec.task_id and rec.task_id[-8:] in copy.name and rec.request.quality in copy.name
    assert copy.read_bytes() == clip.read_bytes()
    side = read_sidecar(copy)
    assert side is not None and side["clip"]["file"] == copy.name
    assert side["clip"]["sha256"] == sha(copy) and side["task_id"] == rec.task_id
    assert read_sidecar(clip)["clip"]["file"] == clip.name  # type: ignore[index]
    assert not [p for p in out.iterdir() if p.name.endswith(".part")]
    # Again into the same folder: a second name, the first copy untouched.
    with qtbot.waitSignal(actions.exported) as again:
        actions.export(rec, out)
    assert again.args[0] != copy and again.args[0].name.endswith(" (2).mp4")
    assert sha(again.args[0]) == sha(clip)


def test_export_to_a_path_and_without_a_sidecar(qtbot: Any, actions: ClipActions,
                                                store: TaskStore, tmp_path: Path) -> None:
    rec = saved_clip(store.path, tmp_path / "clips", 8, sidecar=False)
    clip = Path(str(rec.file_path))
    with qtbot.waitSignal(actions.exported) as blocker:
        actions.export(rec, tmp_path / "elsewhere" / "my take")
    copy = blocker.args[0]
    assert copy == tmp_path / "elsewhere" / "my take.mp4"
    assert sha(copy) == sha(clip)
    side = json.loads(sidecar_path(copy).read_text(encoding="utf-8"))
    assert side["clip"] == {"file": "my take.mp4", "size": clip.stat().st_size,
                            "sha256": sha(clip)}
    assert side["request"]["prompt"] == rec.request.prompt


def test_export_refuses_the_clip_itself_and_a_missing_clip(
        qtbot: Any, actions: ClipActions, store: TaskStore, tmp_path: Path) -> None:
    rec = saved_clip(store.path, tmp_path / "clips", 9)
    clip = Path(str(rec.file_path))
    before = sha(clip)
    with qtbot.waitSignal(actions.failed) as blocker:
        actions.export(rec, clip)
    assert blocker.args[0].message.id is ClipMsg.CLIP_EXPORT_SELF
    assert clip.name in str(blocker.args[0])
    assert sha(clip) == before
    clip.unlink()
    with qtbot.waitSignal(actions.failed) as blocker:
        actions.export(rec, tmp_path)
    assert blocker.args[0].message.id is ClipMsg.CLIP_MISSING
    assert "moved or deleted" in str(blocker.args[0])


def test_rename_moves_clip_and_sidecar_and_updates_the_store(
        actions: ClipActions, store: TaskStore, tmp_path: Path) -> None:
    rec = saved_clip(store.path, tmp_path / "clips", 10)
    clip = Path(str(rec.file_path))
    content = sha(clip)
    renamed = actions.rename(rec, "  lantern final  ")
    new = clip.with_name("lantern final.mp4")
    assert renamed.file_path == str(new) and store.get(rec.local_id) == renamed
    assert not clip.exists() and not sidecar_path(clip).exists()
    assert sha(new) == content
    side = read_sidecar(new)
    assert side is not None and side["clip"]["file"] == new.name
    assert side["clip"]["sha256"] == content
    assert rec.title is None and renamed.title == "lantern final" and side["title"] == renamed.title
    lib = ClipLibrary(store.path)
    assert [r.file_path for r in lib.page(LibraryQuery())] == [str(new)]
    # The name is searchable, though the prompt never said it.
    assert "final" not in rec.request.prompt
    assert [r.title for r in lib.rows(LibraryQuery(text="LANTERN FIN"))] == ["lantern final"]
    lib.close()
    # Typing the extension is the same name; renaming to itself changes nothing.
    assert actions.rename(renamed, "lantern final.mp4") == renamed


def test_rename_refuses_bad_names_with_a_specific_message(
        actions: ClipActions, store: TaskStore, tmp_path: Path) -> None:
    rec = saved_clip(store.path, tmp_path / "clips", 11)
    other = saved_clip(store.path, tmp_path / "clips", 12)
    clip, other_clip = Path(str(rec.file_path)), Path(str(other.file_path))
    with pytest.raises(NameTaken) as taken:
        actions.rename(rec, other_clip.stem)
    assert str(taken.value) == (f"“{other_clip.name}” already exists in {clip.parent}: "
                                f"choose another name.")
    sidecar_path(clip.with_name("orphan.mp4")).write_text("{}", encoding="utf-8")
    with pytest.raises(NameTaken):
        actions.rename(rec, "orphan")  # its sidecar name is taken
    for text, code in (("", "name_empty"), ("   ", "name_empty"), ("../up", "name_separator"),
                       ("a/b", "name_separator"), ("a\\b", "name_separator"),
                       ("what?", "name_chars"), (".mp4", "name_empty"),
                       ("x" * 300, "name_too_long")):
        with pytest.raises(InvalidName) as bad:
            actions.rename(rec, text)
        assert bad.value.message.id is BY_KEY[f"CLIP_{code.upper()}"], text
    assert "cannot contain ?" in str(InvalidName(ClipMsg.CLIP_NAME_CHARS, chars="?"))
    assert clip.exists() and sidecar_path(clip).exists()
    assert store.get(rec.local_id) == rec and store.get(other.local_id) == other


def test_a_rename_the_store_cannot_record_puts_the_files_back(
        actions: ClipActions, store: TaskStore, tmp_path: Path) -> None:
    rec = saved_clip(store.path, tmp_path / "clips", 13)
    clip = Path(str(rec.file_path))
    content = sha(clip)
    store.close()  # every write now fails
    with pytest.raises(ClipActionError) as failed:
        actions.rename(rec, "never")
    assert failed.value.message.id is ClipMsg.CLIP_RENAME_STORE_FAILED
    assert clip.name in str(failed.value)
    assert sha(clip) == content and read_sidecar(clip)["clip"]["file"] == clip.name  # type: ignore[index]
    assert read_sidecar(clip)["title"] is None  # type: ignore[index]
    assert not clip.with_name("never.mp4").exists()
    assert not sidecar_path(clip.with_name("never.mp4")).exists()


def test_trash_sends_clip_and_sidecar_to_the_system_trash(
        actions: ClipActions, store: TaskStore, tmp_path: Path, trash_home: Path) -> None:
    rec = saved_clip(store.path, tmp_path / "clips", 14)
    clip = Path(str(rec.file_path))
    content = sha(clip)
    trashed = actions.trash(rec)
    assert trashed.trashed_at is not None and store.get(rec.local_id) == trashed
    assert not clip.exists() and not sidecar_path(clip).exists()
    in_trash = trash_home / "files" / clip.name
    assert sha(in_trash) == content
    assert (trash_home / "files" / sidecar_path(clip).name).exists()
    info = (trash_home / "info" / f"{clip.name}.trashinfo").read_text()
    assert clip.name in info
    lib = ClipLibrary(store.path)
    assert lib.count(LibraryQuery()) == 0
    lib.close()


def test_trashing_a_clip_already_gone_just_leaves_the_library(
        actions: ClipActions, store: TaskStore, tmp_path: Path, trash_home: Path) -> None:
    rec = saved_clip(store.path, tmp_path / "clips", 15)
    Path(str(rec.file_path)).unlink()
    assert actions.trash(rec).trashed_at is not None
    assert not (trash_home / "files").exists()


def test_favourite_is_stored(actions: ClipActions, store: TaskStore, tmp_path: Path) -> None:
    rec = saved_clip(store.path, tmp_path / "clips", 16)
    assert not rec.favourite
    assert actions.set_favourite(rec, True).favourite
    assert store.get(rec.local_id).favourite  # type: ignore[union-attr]
    assert not actions.set_favourite(rec, False).favourite


def test_last_frame_is_the_final_frame_at_full_size(
        qtbot: Any, actions: ClipActions, store: TaskStore, tmp_path: Path) -> None:
    # Five seconds, keyframes every half second, and only the very last frame is blue.
    colours = [RED] * 118 + [GREEN, BLUE]
    rec = saved_clip(store.path, tmp_path / "clips", 17, colours=colours)
    with qtbot.waitSignal(actions.lastFrameReady) as blocker:
        actions.extract_last_frame(rec)
    png, record = blocker.args
    assert record == rec and png.parent == tmp_path / "drafts" and png.suffix == ".png"
    image = QImage(str(png))
    assert (image.width(), image.height()) == (96, 64)
    for x, y in ((48, 32), (5, 5), (90, 60)):
        assert close_to(pixel(image, x, y), BLUE), pixel(image, x, y)


@pytest.mark.parametrize(("count", "gop"), [(1, 12), (3, 1), (50, 250)])
def test_last_frame_of_short_and_sparse_keyframe_clips(tmp_path: Path, count: int,
                                                       gop: int) -> None:
    clip = write_frames(tmp_path / "c.mp4", [RED] * (count - 1) + [BLUE], width=64,
                        height=48, gop=gop)
    image = decode_last_frame(clip)
    assert (image.width(), image.height()) == (64, 48)
    assert close_to(pixel(image, 32, 24), BLUE)
    png = extract_last_frame(clip, tmp_path / "out")
    assert png.exists() and QImage(str(png)).size() == image.size()


def test_last_frame_failures_are_plain(qtbot: Any, actions: ClipActions, store: TaskStore,
                                       tmp_path: Path) -> None:
    rec = saved_clip(store.path, tmp_path / "clips", 18)
    Path(str(rec.file_path)).write_bytes(b"not a video at all")
    with qtbot.waitSignal(actions.failed) as blocker:
        actions.extract_last_frame(rec)
    assert blocker.args[0].message.id is ClipMsg.CLIP_FRAME_DECODE
    assert Path(str(rec.file_path)).name in str(blocker.args[0])
    assert not actions.busy()


def test_every_message_formats(tmp_path: Path) -> None:
    params = {"name": "a.mp4", "folder": tmp_path, "chars": "?", "limit": 180,
              "path": tmp_path / "b.mp4", "reason": "Permission denied"}
    for id in (id for id in ALL_IDS if id.name.startswith("CLIP_")):
        text = str(ClipActionError(id, **params))
        assert "{" not in text and text.strip(), id
        assert id.template().split("{")[0] in text
    assert clip_files.reason(PermissionError(13, "Permission denied")) == "Permission denied"
