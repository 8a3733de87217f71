"""Account → Uploaded files: the list with sizes and expiry, deleting after asking, by keyboard,
and the upload cache forgetting what was deleted."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.core.media_limits import MediaKind
from app.services.api.client import EvolinkClient
from app.services.api.files_client import FilesClient
from app.services.api.uploaded_files import UploadedFiles
from app.services.clips.file_hash import file_sha256
from app.services.media.inputs import MediaInput
from app.services.media.upload_cache import UploadCache
from app.services.media.uploads import EvolinkUploader
from app.simulator import Simulator
from app.ui.dialogs.uploaded_files_dialog import UploadedFilesDialog, UploadedFilesModel
from tests.composer.conftest import MediaFactory
from tests.queue.conftest import until


class Asked:
    def __init__(self, answer: bool) -> None:
        self.answer, self.texts = answer, list[str]()

    def __call__(self, _parent: QWidget, _title: str, text: str, _accept: str,
                 then: Callable[[], None]) -> None:
        self.texts.append(text)
        if self.answer:
            then()


@pytest.fixture
def media(tmp_path: Path) -> MediaFactory:
    return MediaFactory(tmp_path / "media")


@pytest.fixture
async def two_uploads(client: EvolinkClient, media: MediaFactory) -> list[Path]:
    uploader = EvolinkUploader(client, UploadCache.default())
    images = [media.image("harbour.png"), media.image("lighthouse.png", w=320)]
    for image in images:
        await uploader.url_for(MediaInput(MediaKind.IMAGE, str(image), image))
    return images


@pytest.fixture
async def service(client: EvolinkClient) -> AsyncIterator[UploadedFiles]:
    files = UploadedFiles(FilesClient(client), UploadCache.default())
    yield files
    await files.close()


async def open_dialog(qtbot: QtBot, service: UploadedFiles, asked: Asked,
                      rows: int) -> UploadedFilesDialog:
    dialog = UploadedFilesDialog(service, confirm=asked)
    qtbot.addWidget(dialog)
    dialog.show()
    await until(lambda: dialog.model.rowCount() == rows and bool(dialog.quota.text()))
    return dialog


def select_row(dialog: UploadedFilesDialog, name: str) -> None:
    for row in range(dialog.proxy.rowCount()):
        index = dialog.proxy.index(row, UploadedFilesModel.NAME)
        if index.data() == name:
            dialog.table.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            return
    raise AssertionError(f"{name} is not listed")


async def test_the_list_shows_names_sizes_and_expiry(
        qtbot: QtBot, sim: Simulator, service: UploadedFiles,
        two_uploads: list[Path]) -> None:
    dialog = await open_dialog(qtbot, service, Asked(True), rows=2)
    assert dialog.quota.text() == "98 of 100 uploads left"
    rows = [[dialog.proxy.index(r, c).data() for c in range(4)] for r in range(2)]
    assert sorted(r[0] for r in rows) == ["harbour.png", "lighthouse.png"]
    for _name, size, uploaded, expires in rows:
        assert size.endswith(("kB", "Bytes", "MB"))
        assert uploaded.endswith("ago")
        assert expires in ("in 2 days", "in 3 days")  # 72 h, humanized
    assert not dialog.delete_button.isEnabled()  # nothing selected yet


async def test_delete_asks_then_deletes_and_forgets_the_cached_upload(
        qtbot: QtBot, sim: Simulator, client: EvolinkClient, service: UploadedFiles,
        two_uploads: list[Path]) -> None:
    cache, host = UploadCache.default(), client.endpoints.files_base_url
    harbour, lighthouse = (file_sha256(p) for p in two_uploads)
    assert cache.lookup(host, harbour) is not None
    asked = Asked(False)
    dialog = await open_dialog(qtbot, service, asked, rows=2)
    select_row(dialog, "harbour.png")
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # the keyboard way; declined first
    assert len(asked.texts) == 1 and "harbour.png" in asked.texts[0]
    assert len(sim.uploaded_ids) == 2
    asked.answer = True
    select_row(dialog, "harbour.png")
    assert dialog.delete_button.isEnabled()
    dialog.delete_button.click()
    await until(lambda: dialog.model.rowCount() == 1 and "Deleted" in dialog.notice.text())
    assert dialog.proxy.index(0, 0).data() == "lighthouse.png"
    assert len(sim.uploaded_ids) == 1
    assert cache.lookup(host, harbour) is None  # never handed back again
    assert cache.lookup(host, lighthouse) is not None
    await until(lambda: dialog.quota.text() == "99 of 100 uploads left")


async def test_a_failed_list_says_why(qtbot: QtBot, sim: Simulator,
                                      service: UploadedFiles) -> None:
    sim.faults.server_error(n=2, status=503, only="files", retry_after=0.01)
    dialog = UploadedFilesDialog(service, confirm=Asked(True))
    qtbot.addWidget(dialog)
    dialog.show()
    await until(lambda: "could not be read" in dialog.notice.text())
    assert "temporarily unavailable" in dialog.notice.text()
    assert dialog.refresh_button.isEnabled()


async def test_every_control_is_named_for_assistive_technology(
        qtbot: QtBot, sim: Simulator, service: UploadedFiles) -> None:
    dialog = await open_dialog(qtbot, service, Asked(True), rows=0)
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName() or button.text()
        if button.accessibleName():
            assert button.accessibleName() == button.text().replace("&", "")
    buddies = [label.buddy() for label in dialog.findChildren(QLabel)]
    assert dialog.table in buddies
    assert dialog.table.accessibleName()
    assert dialog.quota.accessibleName() == ""  # a changing value
    assert "No uploaded files" in dialog.notice.text()
