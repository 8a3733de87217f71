"""A submission whose uploads the quota cannot take is refused before anything is sent: in the
queue, in the window and in the CLI; uploads the cache hands back do not count."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.capabilities import Mode
from app.core.catalog import FilesMsg
from app.core.media_limits import MediaKind
from app.services.api.client import EvolinkClient
from app.services.api.files_client import UploadQuotaExhausted
from app.services.media.inputs import MediaInput
from app.services.media.upload_cache import UploadCache
from app.services.media.uploads import EvolinkUploader
from app.services.tasks.store import TaskStore
from app.simulator import Simulator
from tests.cli.conftest import ThreadedSimulator, cli_env
from tests.composer.conftest import MediaFactory, drop, file_mime
from tests.loopback import running_queue
from tests.queue.conftest import request, until
from tests.ui.conftest import studio_on_simulator
from tests.uploads.conftest import creates_seen, uploads_seen


@pytest.fixture
def media(tmp_path: Path) -> MediaFactory:
    return MediaFactory(tmp_path / "media")


def quota_reads(sim: Simulator) -> int:
    return sum(1 for r in sim.requests if r.group == "files")


def i2v(image: Path) -> tuple[object, dict[MediaKind, list[MediaInput]]]:
    req = request(model="seedance-2.0-fast-image-to-video",
                  image_urls=[f"https://upload.pending.invalid/{image.name}"])
    return req, {MediaKind.IMAGE: [MediaInput(MediaKind.IMAGE, str(image), image)]}


async def test_the_queue_refuses_before_any_upload_or_create(
        sim: Simulator, client: EvolinkClient, media: MediaFactory, studio_home: Path) -> None:
    sim.max_files = 2
    images = [media.image(f"{i}.png", w=320 + 16 * i) for i in range(3)]
    req = request(model="seedance-2.0-reference-to-video",
                  image_urls=[f"https://upload.pending.invalid/{p.name}" for p in images])
    store = TaskStore(studio_home / "studio.sqlite3")
    try:
        async with running_queue(
                client, store, studio_home / "clips") as queue:
            with pytest.raises(UploadQuotaExhausted) as info:
                await queue.submit(req, {MediaKind.IMAGE: [
                    MediaInput(MediaKind.IMAGE, str(p), p) for p in images]})
            assert queue.records() == []
        assert store.list(limit=10) == []
    finally:
        store.close()
    message = info.value.message
    assert message.id is FilesMsg.FILES_QUOTA_SHORT
    assert message == ("Not enough uploads left on the file service: this needs 3, 2 of 2 are "
                       "left. Nothing was sent. Delete uploaded files (Account → Uploaded "
                       "files…) or wait until they expire (72 h)")
    assert quota_reads(sim) == 1 and uploads_seen(sim) == 0 and creates_seen(sim) == 0


async def test_cached_uploads_do_not_count(sim: Simulator, client: EvolinkClient,
                                           media: MediaFactory, studio_home: Path) -> None:
    image = media.image()
    cache = UploadCache.default()
    await EvolinkUploader(client, cache).url_for(MediaInput(MediaKind.IMAGE, str(image), image))
    sim.max_files = 1  # used up by that very upload
    req, files = i2v(image)
    store = TaskStore(studio_home / "studio.sqlite3")
    try:
        async with running_queue(
                client, store, studio_home / "clips",
                uploader=EvolinkUploader(client, cache)) as queue:
            rec = await queue.submit(req, files)  # type: ignore[arg-type]
            assert rec.task_id
    finally:
        store.close()
    assert quota_reads(sim) == 0  # nothing to upload: the quota is not even asked
    assert uploads_seen(sim) == 1 and creates_seen(sim) == 1


async def test_the_window_shows_the_quota_and_refuses_on_the_composer(
        qtbot: QtBot, qapp: QApplication, media: MediaFactory, studio_home: Path) -> None:
    sim = Simulator(generation_seconds=0.3)
    store = TaskStore(studio_home / "studio.sqlite3")
    try:
        async with studio_on_simulator(store, sim=sim) as studio:
            run = asyncio.ensure_future(studio.run())
            composer = studio.composer
            quota = composer.media.quota
            composer.model_picker.mode.button(Mode.IMAGE).click()
            drop(composer.media.strips[MediaKind.IMAGE], file_mime([media.image()]))
            await until(lambda: quota.isVisible() and bool(quota.text()))
            assert quota.text() == "100 of 100 uploads left"
            assert quota.accessibleName() == ""  # a changing value: read from its text
            sim.max_files = 0
            composer.prompt.set_text("the still begins to move")
            await until(composer.generate.isEnabled)
            composer.generate.click()
            await until(lambda: "Not enough uploads left" in quota.text())
            assert composer.reason.text().startswith("Not enough uploads left")
            assert composer.generate.isEnabled()  # not left busy
            drop(composer.media.strips[MediaKind.IMAGE], file_mime([media.image("b.png")]))
            await until(lambda: "Not enough" not in quota.text())  # the media changed
            studio.window.close()
            await asyncio.wait_for(run, 10)
    finally:
        store.close()
    assert creates_seen(sim) == 0 and uploads_seen(sim) == 0


def test_the_cli_refuses_in_one_line_with_exit_3(qapp: QApplication, media: MediaFactory,
                                                 tmp_path: Path) -> None:
    ts = ThreadedSimulator(api_keys={"sk-test-LEAKMARK-cli-0123456789wxyz"},
                           generation_seconds=0.5, max_files=0)
    try:
        env = cli_env(ts.base_url)
        env["SEEDANCE_STUDIO_HOME"] = str(tmp_path / "home")
        run = subprocess.run(
            [sys.executable, "-m", "app", "generate", "--model", "fast-image-to-video",
             "--prompt", "the still begins to move", "--duration", "4", "--quality", "480p",
             "--image", str(media.image())],
            env=env, capture_output=True, text=True, timeout=120)
    finally:
        ts.stop()
    assert run.returncode == 3, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: Not enough uploads left"), lines
    assert "this needs 1, 0 of 0 are left" in lines[0]
    assert creates_seen(ts.sim) == 0 and uploads_seen(ts.sim) == 0
