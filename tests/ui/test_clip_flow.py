"""Clips back into work, in the running studio: drop a clip or its sidecar on the composer,
reuse settings and the last frame from the library, compare two."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.capabilities import MODELS, Mode
from app.core.media_limits import MediaKind
from app.core.models import GenerationRequest
from app.services.clips.sidecar import sidecar_path
from app.services.tasks.store import TaskStore
from app.ui.player.compare import CompareWindow
from app.ui.studio import Studio
from tests.composer.conftest import MediaFactory, drop
from tests.library.clip_helpers import BLUE, GREEN, RED, saved_clip, write_frames
from tests.ui.conftest import running_studio
from tests.waiting import until

# Every field a request can carry, so that "exactly" means something.
REQUEST = GenerationRequest(
    model="seedance-2.0-text-to-video", prompt="一只纸鹤展开成鸟 — a paper crane unfolding",
    duration=7, quality="1080p", aspect_ratio="9:16", generate_audio=False,
    content_filter=False, model_params={"seed": 42}, callback_url="https://hooks.example.com/x",
)


@pytest.fixture
def store(studio_home: Path) -> TaskStore:
    return TaskStore(studio_home / "studio.sqlite3")


@pytest.fixture
async def studio(qtbot: QtBot, store: TaskStore) -> AsyncIterator[Studio]:
    async with running_studio(store) as (studio, _run):
        yield studio


def files(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def clip_with_sidecar(store: TaskStore, folder: Path,
                      request: GenerationRequest = REQUEST) -> Path:
    record = saved_clip(store.path, folder, 7, request=request)
    return Path(str(record.file_path))


async def test_a_dropped_clip_restores_its_request_exactly(studio: Studio, store: TaskStore,
                                                           tmp_path: Path) -> None:
    clip = clip_with_sidecar(store, tmp_path / "clips")
    assert studio.composer.request() != REQUEST
    assert drop(studio.composer, files(clip))
    await until(lambda: studio.composer.request() == REQUEST)
    assert studio.composer.request().to_body() == REQUEST.to_body()  # type: ignore[union-attr]
    assert clip.name in studio.window.statusBar().currentMessage()


async def test_a_sidecar_dropped_on_the_prompt_restores_without_typing_its_path(
        studio: Studio, store: TaskStore, tmp_path: Path) -> None:
    clip = clip_with_sidecar(store, tmp_path / "clips")
    viewport = studio.composer.prompt.edit.viewport()
    assert drop(viewport, files(sidecar_path(clip)))
    await until(lambda: studio.composer.prompt.text() == REQUEST.prompt)
    assert str(sidecar_path(clip)) not in studio.composer.prompt.text()
    assert studio.composer.request() == REQUEST


async def test_a_clip_without_sidecar_is_matched_in_the_library(studio: Studio, store: TaskStore,
                                                                tmp_path: Path) -> None:
    clip = clip_with_sidecar(store, tmp_path / "clips")
    copy = tmp_path / "elsewhere" / "renamed copy.mp4"
    copy.parent.mkdir()
    shutil.copyfile(clip, copy)
    assert drop(studio.composer, files(copy))
    await until(lambda: studio.composer.request() == REQUEST)
    assert "library" in studio.window.statusBar().currentMessage()


async def test_an_unknown_clip_says_why_and_changes_nothing(studio: Studio,
                                                            tmp_path: Path) -> None:
    stranger = write_frames(tmp_path / "stranger.mp4", [GREEN, GREEN])
    before = studio.composer.request()
    assert drop(studio.composer, files(stranger))
    await until(lambda: "stranger.mp4" in studio.window.statusBar().currentMessage())
    assert "not a clip of this library" in studio.window.statusBar().currentMessage()
    assert studio.composer.request() == before


def answer(studio: Studio, button: QMessageBox.StandardButton) -> None:
    box = studio.clip_flow.confirm
    assert box is not None and box.isVisible()
    assert "replaced" in box.text()
    box.button(button).click()


async def test_work_in_the_composer_is_replaced_only_when_the_user_says_so(
        studio: Studio, store: TaskStore, tmp_path: Path) -> None:
    clip = clip_with_sidecar(store, tmp_path / "clips")
    studio.composer.prompt.set_text("my own prompt, half written")
    assert drop(studio.composer, files(clip))
    await until(lambda: studio.clip_flow.confirm is not None
                and studio.clip_flow.confirm.isVisible())
    answer(studio, QMessageBox.StandardButton.Cancel)
    assert studio.composer.prompt.text() == "my own prompt, half written"

    assert drop(studio.composer, files(clip))
    await until(lambda: studio.clip_flow.confirm is not None
                and studio.clip_flow.confirm.isVisible())
    answer(studio, QMessageBox.StandardButton.Ok)
    assert studio.composer.request() == REQUEST


async def test_two_files_are_not_a_restore(studio: Studio, tmp_path: Path) -> None:
    a = write_frames(tmp_path / "a.mp4", [RED, RED])
    b = write_frames(tmp_path / "b.mp4", [BLUE, BLUE])
    assert not drop(studio.composer, files(a, b))


async def test_reuse_and_next_shot_from_the_library(studio: Studio, store: TaskStore,
                                                    tmp_path: Path) -> None:
    clip = clip_with_sidecar(store, tmp_path / "clips")
    [record] = [r for r in store.list() if r.file_path == str(clip)]
    studio.library_panel.reuseRequested.emit(record)
    assert studio.composer.request() == REQUEST

    frame = tmp_path / "last.png"
    frame.write_bytes(b"")  # the composer only needs a path here; probing reports on the slot
    studio.library_panel.nextFrameReady.emit(frame, record)
    assert studio.composer.request() == REQUEST  # not yet: the composer holds work
    answer(studio, QMessageBox.StandardButton.Ok)
    shot = studio.composer.request()
    assert shot is not None
    assert MODELS[shot.model].mode is Mode.IMAGE
    assert MODELS[shot.model].tier is MODELS[REQUEST.model].tier
    assert shot.prompt == REQUEST.prompt and shot.duration == REQUEST.duration
    assert [e.source for e in studio.composer.board().entries(MediaKind.IMAGE)] == [str(frame)]


async def test_compare_opens_two_clips_side_by_side(studio: Studio, tmp_path: Path,
                                                     qtbot: QtBot) -> None:
    left = write_frames(tmp_path / "left.mp4", [RED] * 24)
    right = write_frames(tmp_path / "right.mp4", [BLUE] * 24)
    studio.library_panel.compareRequested.emit(left, right)
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, CompareWindow) and w.isVisible()]
    assert len(windows) == 1
    assert "left.mp4" in windows[0].windowTitle() and "right.mp4" in windows[0].windowTitle()
    windows[0].close()


async def test_reuse_gives_back_uploaded_files_that_still_exist(studio: Studio, store: TaskStore,
                                                                tmp_path: Path) -> None:
    image = MediaFactory(tmp_path / "media").image("first frame.png")
    uploaded = ["https://files.example.com/u/1.png", "https://files.example.com/u/2.png"]
    request = REQUEST.model_copy(update={"model": "seedance-2.0-image-to-video",
                                         "image_urls": uploaded})
    clips = tmp_path / "clips"
    record = saved_clip(store.path, clips, 7, request=request, media_sources={
        uploaded[0]: str(image), uploaded[1]: str(tmp_path / "deleted since.png")})
    studio.library_panel.reuseRequested.emit(record)
    # The expired-maybe link of an existing file is replaced by the file (uploaded again or
    # found in the upload cache); a file deleted since keeps its URL.
    await until(lambda: [e.source for e in studio.composer.board().entries(MediaKind.IMAGE)]
                == [str(image), uploaded[1]])
    assert studio.composer.prompt.text() == REQUEST.prompt
    assert record.file_path and Path(record.file_path).name in \
        studio.window.statusBar().currentMessage()
