"""The file service client against the simulator and a scripted service: quota, list, delete,
its own error envelope, the file host override, idempotent uploads."""

from __future__ import annotations

import re
import time
from pathlib import Path

import httpx
import pytest

from app.core import api_facts
from app.core.catalog import ApiMsg, FilesMsg
from app.core.messages import Message, MessageId
from app.services.api import errors
from app.services.api.client import EvolinkClient
from app.services.api.config import InsecureURL, resolve_endpoints
from app.services.api.files_client import FilesClient, UploadQuotaExhausted
from app.simulator import Simulator
from tests.composer.conftest import MediaFactory
from tests.files.conftest import KEY
from tests.files.scripted_service import ScriptedFileService, uploaded

UPLOAD_KEY = re.compile(r"upload_[0-9a-f]{32}")


@pytest.fixture
def media(tmp_path: Path) -> MediaFactory:
    return MediaFactory(tmp_path / "media")


def upload_keys(sim: Simulator) -> list[str | None]:
    return [r.idempotency_key for r in sim.requests if r.group == "upload"]


async def test_quota_counts_uploads_and_deletes(sim: Simulator, files: FilesClient,
                                                media: MediaFactory) -> None:
    before = await files.quota()
    assert (before.used_files, before.max_files, before.left) == (0, 100, 100)
    first = await files.upload(media.image("a.png"))
    await files.upload(media.image("b.png", w=320))
    assert (await files.quota()).left == 98
    assert first.file_id is not None
    await files.delete(first.file_id)
    await files.delete(first.file_id)  # already gone: nothing to complain about
    after = await files.quota()
    assert (after.used_files, after.left) == (1, 99)
    assert first.file_id not in sim.uploaded_ids


async def test_the_list_pages_and_reads_the_service_times(files: FilesClient,
                                                          media: MediaFactory) -> None:
    for i in range(3):
        await files.upload(media.image(f"still-{i}.png", w=320 + i * 16))
    one = await files.page(1, 2)
    two = await files.page(2, 2)
    assert (len(one.files), len(two.files), one.total) == (2, 1, 3)
    every = await files.all_files(page_size=2)
    assert sorted(f.name for f in every) == ["still-0.png", "still-1.png", "still-2.png"]
    newest = every[0]
    assert newest.size and newest.size > 0 and newest.url
    assert newest.uploaded_at == pytest.approx(time.time(), abs=120)
    assert newest.expires_at == pytest.approx(time.time() + api_facts.UPLOAD_TTL_S, abs=120)


async def test_the_simulator_answers_like_the_service(sim: Simulator,
                                                      media: MediaFactory) -> None:
    """Both spellings of the form fields, original_name and upload_path, +08:00 times."""
    image = media.image().read_bytes()
    headers = {"Authorization": f"Bearer {KEY}"}
    async with httpx.AsyncClient(base_url=sim.base_url or "", headers=headers) as http:
        for name_field, path_field in (("file_name", "upload_path"), ("fileName", "uploadPath")):
            r = await http.post(api_facts.UPLOAD_STREAM_PATH, files={"file": (
                "x.png", image, "image/png")}, data={name_field: "My still.png",
                                                     path_field: "refs/2026"})
            data = r.json()["data"]
            assert (data["original_name"], data["upload_path"]) == ("My still.png", "refs/2026")
            assert data["upload_time"].endswith("+08:00")
        quota = (await http.get(api_facts.FILES_QUOTA_PATH)).json()
        assert quota["success"] is True
        assert set(quota["data"]) == {"user_group", "used_files", "max_files", "remain_files",
                                      "is_custom", "quota_reason"}
        listed = (await http.get(api_facts.FILES_LIST_PATH, params={"page": 1,
                                                                    "pageSize": 1})).json()
        assert (len(listed["data"]["list"]), listed["data"]["total"]) == (1, 2)
        gone = await http.delete(api_facts.FILES_DELETE_PATH.format(file_id="file_nope"))
        assert gone.status_code == 404
        assert gone.json() == {"success": False, "code": 404, "msg": "File not found"}


async def test_uploads_count_against_the_simulators_quota(sim: Simulator, files: FilesClient,
                                                          media: MediaFactory) -> None:
    sim.max_files = 1
    await files.upload(media.image("a.png"))
    with pytest.raises(UploadQuotaExhausted) as info:
        await files.upload(media.image("b.png", w=320))
    assert isinstance(info.value.message, Message)
    assert info.value.message.id is FilesMsg.FILES_QUOTA_EXHAUSTED
    assert info.value.status == 403
    assert len(sim.uploaded_ids) == 1


@pytest.mark.parametrize(("status", "body", "error", "said"), [
    (200, {"success": False, "code": 403, "msg": "Upload quota exceeded"},
     UploadQuotaExhausted, FilesMsg.FILES_QUOTA_EXHAUSTED),
    (429, {"success": False, "code": 429, "msg": "文件配额已用完"},
     UploadQuotaExhausted, FilesMsg.FILES_QUOTA_EXHAUSTED),
    (503, {"success": False, "code": 503}, errors.ServerError, FilesMsg.FILES_UNAVAILABLE),
    (200, {"success": False, "code": 418}, errors.ApiError, FilesMsg.FILES_HTTP_STATUS),
    (401, {"success": False, "code": 401}, errors.Unauthorized, ApiMsg.API_KEY_REFUSED),
    (200, b"<html>gateway</html>", errors.MalformedAnswer, ApiMsg.API_NOT_JSON),
])
async def test_the_service_envelope_gives_its_own_sentence(
        scripted: ScriptedFileService, scripted_files: FilesClient, status: int,
        body: object, error: type[errors.ApiError], said: MessageId) -> None:
    scripted.fallback = scripted.then(status, body).script[0]
    with pytest.raises(error) as info:
        await scripted_files.quota()
    assert type(info.value) is error
    assert isinstance(info.value.message, Message) and info.value.message.id is said
    if status == 200 and isinstance(body, dict):
        assert info.value.status == body["code"]  # the envelope's code stands for the status


async def test_the_services_own_words_are_kept(scripted: ScriptedFileService,
                                               scripted_files: FilesClient,
                                               media: MediaFactory) -> None:
    scripted.then(200, {"success": False, "code": 400, "msg": "Unsupported file type"})
    with pytest.raises(errors.BadRequest) as info:
        await scripted_files.upload(media.image())
    assert str(info.value) == "Unsupported file type (HTTP 400)"


async def test_files_base_url_overrides_the_file_host(scripted: ScriptedFileService,
                                                      scripted_files: FilesClient) -> None:
    """The API host (api.example.com) is never asked: every call goes to the override."""
    scripted.then(200, {"user_group": "default", "used_files": 3, "max_files": 100,
                        "remain_files": 97})  # a bare answer, no envelope
    quota = await scripted_files.quota()
    assert (quota.left, quota.max_files) == (97, 100)
    assert [(m, p) for m, p, _ in scripted.seen] == [("GET", api_facts.FILES_QUOTA_PATH)]
    assert scripted_files.host == scripted.base_url
    with pytest.raises(InsecureURL):
        resolve_endpoints(env={"EVOLINK_FILES_BASE_URL": "http://files.example.com"})
    assert resolve_endpoints(env={"EVOLINK_FILES_BASE_URL": "https://f.example.com/"}
                             ).files_base_url == "https://f.example.com"


async def test_a_retried_upload_keeps_its_idempotency_key(
        scripted: ScriptedFileService, scripted_files: FilesClient,
        media: MediaFactory) -> None:
    scripted.then(503, {"success": False, "code": 503, "msg": "busy"}).then(
        200, uploaded("file_one")).then(200, uploaded("file_two"))
    image = media.image()
    first = await scripted_files.upload(image)
    second = await scripted_files.upload(image)
    keys = [h.get(api_facts.IDEMPOTENCY_HEADER) for _, _, h in scripted.seen]
    assert (first.file_id, second.file_id) == ("file_one", "file_two")
    assert len(keys) == 3 and all(k and UPLOAD_KEY.fullmatch(k) for k in keys)
    assert keys[0] == keys[1] != keys[2]  # one key per upload, the same on its retry


async def test_a_lost_upload_answer_is_replayed_not_counted_twice(
        sim: Simulator, files: FilesClient, media: MediaFactory) -> None:
    sim.faults.drop_connection(only="upload")  # the file is stored, the answer never comes
    got = await files.upload(media.image())
    keys = upload_keys(sim)
    assert len(keys) == 2 and keys[0] == keys[1]
    assert sim.uploaded_ids == [got.file_id]
    assert (await files.quota()).used_files == 1


async def test_uploads_go_to_the_api_host_when_no_file_host_is_set(
        sim: Simulator, client: EvolinkClient) -> None:
    assert FilesClient(client).host == sim.base_url
