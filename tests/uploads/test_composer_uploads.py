"""The composer shows each file's upload on its own slot, and a refusal where it happened."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.capabilities import Mode
from app.core.media_limits import MediaKind
from app.services.api.client import EvolinkClient
from app.services.drafts.composer_draft import ComposerDraft
from app.services.media.inputs import MediaInput
from app.services.media.media_worker import MediaWorker, SyncExecutor
from app.services.media.uploads import UploadRefused
from app.services.tasks.store import TaskStore
from app.services.tasks.task_queue import TaskQueue
from app.simulator import Simulator
from app.ui.composer.panel import ComposerPanel
from tests.composer.conftest import MediaFactory, drop, file_mime
from tests.loopback import running_queue
from tests.queue.conftest import until
from tests.uploads.conftest import creates_seen, uploads_seen


@pytest.fixture
def panel(qtbot: QtBot) -> ComposerPanel:
    w = ComposerPanel(MediaWorker(SyncExecutor()))
    qtbot.addWidget(w)
    w.resize(1100, 900)
    w.show()
    w.activateWindow()
    return w


@pytest.fixture
def media(tmp_path: Path) -> MediaFactory:
    return MediaFactory(tmp_path / "media")


@contextlib.asynccontextmanager
async def queue_on(client: EvolinkClient, home: Path) -> AsyncIterator[TaskQueue]:
    """Used inside the test body: nothing may stay scheduled once the body returns."""
    store = TaskStore(home / "studio.sqlite3")
    try:
        async with running_queue(
                client, store, home / "clips") as q:
            yield q
    finally:
        store.close()


def fill(panel: ComposerPanel, media: MediaFactory) -> ComposerDraft:
    panel.model_picker.mode.button(Mode.REFERENCE).click()
    drop(panel.media.strips[MediaKind.IMAGE], file_mime([media.image(pad_bytes=2_000_000)]))
    drop(panel.media.strips[MediaKind.VIDEO], file_mime([media.video()]))
    panel.prompt.set_text("image 1 walks through video 1")
    drafts: list[ComposerDraft] = []
    panel.submitRequested.connect(drafts.append)
    panel.generate.click()
    assert len(drafts) == 1
    return drafts[0]


def media_of(draft: ComposerDraft) -> dict[MediaKind, tuple[MediaInput, ...]]:
    return {k: draft.inputs(k) for k in MediaKind}


async def test_progress_and_refusal_show_on_their_own_slots(
        panel: ComposerPanel, media: MediaFactory, sim: Simulator, client: EvolinkClient,
        studio_home: Path, qtbot: QtBot) -> None:
    sim.faults.refuse_upload("video/")
    draft = fill(panel, media)
    board = panel.board()
    image_slot = panel.media.strips[MediaKind.IMAGE].slots[0]
    video_slot = panel.media.strips[MediaKind.VIDEO].slots[0]
    assert image_slot.entry is not None and video_slot.entry is not None
    image_uid = image_slot.entry.uid
    bars: list[tuple[bool, int, str]] = []

    def on_upload_changed(uid: str) -> None:
        if uid == image_uid:  # what the image's card shows at each step
            bars.append((image_slot.upload_bar.isVisibleTo(image_slot),
                         image_slot.upload_bar.value(), image_slot.upload_state.text()))

    board.uploadChanged.connect(on_upload_changed)
    async with queue_on(client, studio_home) as queue:
        with pytest.raises(UploadRefused) as refused:
            await queue.submit(draft.request, media_of(draft),
                               on_upload=board.set_upload)
    # What the studio does with a refusal (app/ui/studio.py _submit):
    panel.set_busy(False)
    panel.media.offer_url(refused.value.kind, refused.value.key)

    uploading = [b for b in bars if b[2].startswith("Uploading")]
    assert len(uploading) >= 3 and all(visible for visible, _, _ in uploading)
    assert [v for _, v, _ in uploading] == sorted(v for _, v, _ in uploading)
    assert uploading[-1][1] == 100
    assert image_slot.upload_state.text().startswith("✓ Uploaded · valid 7")
    assert not image_slot.upload_bar.isVisibleTo(image_slot)
    assert not image_slot.use_url.isVisibleTo(image_slot)

    assert refused.value.key == video_slot.entry.uid
    assert video_slot.problem.text().startswith("Refused by the file service: ")
    assert video_slot.use_url.isVisibleTo(video_slot)
    assert not video_slot.upload_state.isVisibleTo(video_slot)
    assert not panel.generate.isEnabled() and panel.reason.text().startswith(
        "clip.mp4: Refused by the file service")
    strip = panel.media.strips[MediaKind.VIDEO]
    assert strip.url.isEnabled() and "clip.mp4" in strip.url.placeholderText()
    assert QApplication.focusWidget() is strip.url
    assert creates_seen(sim) == 0 and not sim.tasks

    qtbot.keyClicks(strip.url, "https://cdn.example.com/clip.mp4")
    qtbot.keyClick(strip.url, Qt.Key.Key_Return)
    [entry] = board.entries(MediaKind.VIDEO)
    assert entry.source == "https://cdn.example.com/clip.mp4"
    assert not video_slot.use_url.isVisibleTo(video_slot)
    assert "Refused" not in video_slot.problem.text()
    assert "clip.mp4" not in strip.url.placeholderText()
    assert panel.generate.isEnabled()


async def test_a_second_submit_reuses_the_upload(panel: ComposerPanel, media: MediaFactory,
                                                 sim: Simulator, client: EvolinkClient,
                                                 studio_home: Path) -> None:
    draft = fill(panel, media)
    board = panel.board()
    image_slot = panel.media.strips[MediaKind.IMAGE].slots[0]
    async with queue_on(client, studio_home) as queue:
        await queue.submit(draft.request, media_of(draft),
                           on_upload=board.set_upload)
        panel.set_busy(False)
        assert image_slot.upload_state.text().startswith("✓ Uploaded")
        panel.generate.click()
        await queue.submit(draft.request, media_of(draft),
                           on_upload=board.set_upload)
        panel.set_busy(False)
    assert image_slot.upload_state.text().startswith("✓ Already uploaded")
    assert "Already uploaded" in image_slot.accessibleDescription()
    assert uploads_seen(sim) == 2 and creates_seen(sim) == 2  # the image and the video, once


async def test_the_studio_routes_a_refusal_to_the_slot(qtbot: QtBot, studio_home: Path,
                                                       media: MediaFactory) -> None:
    from tests.ui.conftest import studio_on_simulator

    sim = Simulator(generation_seconds=0.3)
    sim.faults.refuse_upload("video/")
    store = TaskStore(studio_home / "studio.sqlite3")
    try:
        async with studio_on_simulator(store, sim=sim) as studio:
            run = asyncio.ensure_future(studio.run())
            composer = studio.composer
            composer.model_picker.mode.button(Mode.REFERENCE).click()
            drop(composer.media.strips[MediaKind.VIDEO], file_mime([media.video()]))
            composer.prompt.set_text("video 1 in slow motion")
            await until(lambda: composer.generate.isEnabled())
            composer.generate.click()
            slot = composer.media.strips[MediaKind.VIDEO].slots[0]
            await until(lambda: slot.use_url.isVisibleTo(slot)
                        and composer.generate.text() == "Generate")
            assert "Refused by the file service" in slot.problem.text()
            assert not composer.generate.isEnabled()
            assert "clip.mp4" in studio.window.statusBar().currentMessage()
            assert QApplication.focusWidget() is composer.media.strips[MediaKind.VIDEO].url
            assert creates_seen(sim) == 0 and studio.queue.records() == []
            studio.window.close()
            await asyncio.wait_for(run, 10)
    finally:
        store.close()
