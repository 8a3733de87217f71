"""The Evolink client against the simulator on loopback: answers, typed errors, retries."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import pytest

from app.core.models import GenerationRequest, TaskStatus
from app.services.api import errors
from app.services.api.client import EvolinkClient
from app.services.api.config import InsecureURL, resolve_endpoints
from app.services.api.files_client import FilesClient
from app.simulator import Simulator
from app.simulator.context import RecordedRequest
from tests.client.conftest import KEY, SleepRecorder

T2V = "seedance-2.0-fast-text-to-video"


def req(prompt: str = "a paper boat on a rainy street", **kw: object) -> GenerationRequest:
    return GenerationRequest.model_validate({"model": T2V, "prompt": prompt, "duration": 4,
                                             "quality": "480p", **kw})


def creates(sim: Simulator) -> list[RecordedRequest]:
    return [r for r in sim.requests if r.method == "POST" and "generations" in r.path]


async def wait_done(client: EvolinkClient, task_id: str) -> TaskStatus:
    for _ in range(200):
        task = await client.get(task_id)
        if task.status in (TaskStatus.COMPLETED, TaskStatus.FAILED):
            return task.status
        await asyncio.sleep(0.05)
    raise AssertionError("the task never finished")


async def test_happy_path_create_poll_complete(client: EvolinkClient, sim: Simulator) -> None:
    before = (await client.credits()).user_remaining
    task = await client.create(req(), idempotency_key="key-happy-path-0001")
    assert task.id.startswith("task-unified-")
    assert task.status is TaskStatus.PENDING
    assert task.credits_reserved and task.credits_reserved > 0
    assert await wait_done(client, task.id) is TaskStatus.COMPLETED
    done = await client.get(task.id)
    assert done.progress == 100
    assert done.result_urls
    assert urlsplit(done.result_urls[0]).path.endswith(".mp4")
    after = (await client.credits()).user_remaining
    assert before is not None and after is not None and after < before
    listed = await client.list_tasks()
    assert listed.items[0].id == task.id and listed.total == 1


async def test_wrong_key_is_unauthorized(sim: Simulator) -> None:
    async with EvolinkClient("sk-wrong-key-000000000", resolve_endpoints(sim.base_url)) as bad:
        with pytest.raises(errors.Unauthorized):
            await bad.credits()


async def test_invalid_request_is_bad_request_with_param(client: EvolinkClient) -> None:
    with pytest.raises(errors.BadRequest) as info:
        await client.create(req(quality="1080p"), idempotency_key="key-bad-request-01")
    assert info.value.param == "quality"
    assert "1080p" in info.value.message


async def test_out_of_credits_is_402_and_not_retried(sim: Simulator, client: EvolinkClient,
                                                     sleeps: SleepRecorder) -> None:
    expensive = req(model="seedance-2.0-text-to-video", quality="720p", duration=15)

    async def spend_all() -> None:
        for i in range(20):  # 1000 credits run out well before 20 clips of 165 credits
            await client.create(expensive, idempotency_key=f"key-credits-{i:04d}")

    with pytest.raises(errors.AdmissionRefused) as info:  # certainly no task: not created
        await spend_all()
    assert isinstance(info.value.cause, errors.InsufficientCredits)
    assert sleeps.waits == []
    assert len(creates(sim)) == len(sim.tasks) + 1  # the refused one was sent once


async def test_unknown_and_malformed_task_ids(client: EvolinkClient) -> None:
    with pytest.raises(errors.NotFound):
        await client.get("task-unified-1700000000-doesnotexist")
    with pytest.raises(errors.BadRequest) as info:
        await client.get("not-a-task-id")
    assert info.value.code == "invalid_task_id"


async def test_rate_limit_on_get_honours_retry_after(sim: Simulator, client: EvolinkClient,
                                                     sleeps: SleepRecorder) -> None:
    task = await client.create(req(), idempotency_key="key-retry-after-01")
    sim.faults.rate_limit(n=2, retry_after=3, only="get")
    got = await client.get(task.id)
    assert got.id == task.id
    assert sleeps.waits == [3.0, 3.0]


async def test_rate_limit_on_create_retries_without_second_task(
        sim: Simulator, client: EvolinkClient, sleeps: SleepRecorder) -> None:
    sim.faults.rate_limit(n=2, retry_after=1, only="create")
    task = await client.create(req(), idempotency_key="key-create-429-001")
    assert len(sim.tasks) == 1 and task.id in sim.tasks
    posts = creates(sim)
    assert len(posts) == 3
    assert {p.idempotency_key for p in posts} == {"key-create-429-001"}
    assert sleeps.waits == [1.0, 1.0]


async def test_timeout_on_create_is_outcome_unknown_not_retried(sim: Simulator) -> None:
    sim.faults.delay(seconds=1.5, n=1, only="create")
    async with EvolinkClient(KEY, resolve_endpoints(sim.base_url),
                             timeout_s=0.3) as slow:
        with pytest.raises(errors.SubmissionOutcomeUnknown):
            await slow.create(req(), idempotency_key="key-timeout-00001")
    assert len(creates(sim)) == 1
    assert len(sim.tasks) == 1  # the server did make a (paid) task: why we never resend


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_5xx_on_create_is_outcome_unknown_not_retried(sim: Simulator, client: EvolinkClient,
                                                            status: int) -> None:
    sim.faults.server_error(n=1, status=status, only="create")
    with pytest.raises(errors.SubmissionOutcomeUnknown):
        await client.create(req(), idempotency_key=f"key-5xx-create-{status}")
    assert len(creates(sim)) == 1


async def test_dropped_connection_on_create_is_outcome_unknown(sim: Simulator,
                                                               client: EvolinkClient) -> None:
    sim.faults.drop_connection(n=1, only="create")
    with pytest.raises(errors.SubmissionOutcomeUnknown):
        await client.create(req(), idempotency_key="key-dropped-00001")
    assert len(creates(sim)) == 1


async def test_5xx_on_get_is_retried(sim: Simulator, client: EvolinkClient,
                                     sleeps: SleepRecorder) -> None:
    task = await client.create(req(), idempotency_key="key-5xx-get-00001")
    sim.faults.server_error(n=2, status=502, only="get")
    assert (await client.get(task.id)).id == task.id
    assert len(sleeps.waits) == 2


async def test_persistent_5xx_raises_server_error(sim: Simulator, client: EvolinkClient) -> None:
    sim.faults.server_error(n=10, status=500, only="credits")
    with pytest.raises(errors.ServerError) as info:
        await client.credits()
    assert info.value.status == 500


async def test_malformed_json_is_retried_then_reported(sim: Simulator,
                                                       client: EvolinkClient) -> None:
    task = await client.create(req(), idempotency_key="key-malformed-001")
    sim.faults.malformed_json(n=1, only="get")
    assert (await client.get(task.id)).id == task.id
    sim.faults.malformed_json(n=10, only="get")
    with pytest.raises(errors.MalformedAnswer):
        await client.get(task.id)


async def test_idempotent_replay_returns_the_same_task(sim: Simulator,
                                                       client: EvolinkClient) -> None:
    first = await client.create(req(), idempotency_key="key-replay-000001")
    again = await client.create(req(), idempotency_key="key-replay-000001")
    assert again.id == first.id
    assert len(sim.tasks) == 1
    with pytest.raises(errors.ApiError) as info:
        await client.create(req("another prompt"), idempotency_key="key-replay-000001")
    assert info.value.code == "idempotency_conflict"


async def test_connection_refused_is_connect_failed(sleeps: SleepRecorder) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again when the block ends: nothing listens
    async with EvolinkClient(KEY, resolve_endpoints(f"http://127.0.0.1:{port}"),
                             attempts=2, sleep=sleeps) as c:
        with pytest.raises(errors.ConnectFailed):
            await c.create(req(), idempotency_key="key-refused-00001")
    assert len(sleeps.waits) == 1  # never reached a server: safe to try again


def test_plain_http_is_refused_off_loopback() -> None:
    with pytest.raises(InsecureURL):
        resolve_endpoints("http://api.example.com")
    assert resolve_endpoints("http://127.0.0.1:9").is_loopback
    assert resolve_endpoints("https://api.example.com/").base_url == "https://api.example.com"


async def test_upload_gives_a_fetchable_url(client: EvolinkClient, tmp_path: object) -> None:
    from pathlib import Path

    from PySide6.QtGui import QImage

    path = Path(str(tmp_path)) / "frame.png"
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    image.fill(0x3366AA)
    assert image.save(str(path))
    uploaded = await FilesClient(client).upload(path)
    assert uploaded.file_url.startswith("http")
    task = await client.create(req(model="seedance-2.0-fast-image-to-video",
                                   image_urls=[uploaded.file_url]),
                               idempotency_key="key-upload-000001")
    assert task.id
