"""The fixed sentences of app/services, each provoked for real (files, the simulator, a queue)."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gzip
import sqlite3
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import av
import httpx
import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from app.core.media_limits import MediaKind
from app.core.models import GenerationRequest, Task, parse_task
from app.services.account import keychain
from app.services.account.key_check import check_key
from app.services.api.client import EvolinkClient
from app.services.api.config import InsecureURL, resolve_endpoints
from app.services.api.errors import AdmissionRefused, ApiError, NetworkError, ServerError
from app.services.home.settings import Settings, declared
from app.services.media import inputs, probe
from app.services.tasks import clip_check, downloads, generation, recovery
from app.services.tasks.poller import Poller
from app.services.tasks.store import TaskStore
from app.services.tasks.task_actions import TaskActions
from app.services.tasks.task_queue import TaskQueue
from app.simulator import Simulator
from tests.services.range_server import RangeServer, make_test_mp4

KEY = "sk-test-LEAKMARK-messages-0123456789ab"
REQUEST = GenerationRequest(model="seedance-2.0-fast-text-to-video", prompt="a quiet harbour",
                            duration=4, quality="480p")


def _write_wav(path: Path) -> None:
    with av.open(str(path), "w", format="wav") as container:
        stream = container.add_stream("pcm_s16le", rate=8000)
        frame = av.AudioFrame(format="s16", layout="mono", samples=800)
        frame.planes[0].update(bytes(1600))
        frame.sample_rate = 8000
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)


def probe_messages(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "broken.png").write_bytes(b"not an image at all")
    (tmp_path / "broken.mp4").write_bytes(b"not a video at all" * 10)
    (tmp_path / "silent.mp4").write_bytes(make_test_mp4(frames=4))
    _write_wav(tmp_path / "tone.wav")
    cases = [(tmp_path / "gone.png", None), (tmp_path / "notes.txt", None),
             (tmp_path / "broken.png", MediaKind.IMAGE), (tmp_path / "broken.mp4", MediaKind.VIDEO),
             (tmp_path / "tone.wav", MediaKind.VIDEO), (tmp_path / "silent.mp4", MediaKind.AUDIO)]
    for path, kind in cases:
        with pytest.raises(probe.ProbeError) as info:
            probe.probe(path, kind)
        yield str(info.value)
    # What a slot shows comes through str(exc): it must stay a Message.
    _, problems = inputs.preflight(MediaKind.IMAGE, [str(tmp_path / "gone.png")])
    yield problems[0].message


async def _raised(coro: object) -> ApiError:
    try:
        await coro  # type: ignore[misc]
    except ApiError as exc:
        return exc
    raise AssertionError("no error was raised")


REFUSALS: list[tuple[str, dict[str, object]]] = [
    ("insufficient_quota", {}), ("insufficient_quota", {"estimated_credits": 9}),
    ("insufficient_quota", {"account_balance_credits": 1}),
    ("insufficient_quota", {"estimated_credits": 9, "account_balance_credits": 1}),
    ("key_quota_exhausted", {}), ("key_daily_quota_exhausted", {}),
    ("key_daily_quota_exhausted", {"reset_timezone": "Asia/Shanghai"}),
    ("key_daily_quota_exhausted", {"reset_timezone": "Mars/Olympus"}),
    ("key_disabled", {}), ("key_expired", {}), ("key_model_not_allowed", {}),
    ("user_disabled", {}), ("invalid_media_url", {}),
]


async def client_messages(sim: Simulator) -> AsyncIterator[str]:
    fast = {"attempts": 1, "timeout_s": 0.5}
    async with EvolinkClient(KEY, resolve_endpoints(sim.base_url), **fast) as client:  # type: ignore[arg-type]
        sim.faults.delay(seconds=2.0, only="get")
        yield (await _raised(client.get("task-x"))).message
        sim.faults.malformed_json(only="credits")
        yield (await _raised(client.credits())).message
        sim.faults.drop_connection(only="create")
        yield (await _raised(client.create(REQUEST, idempotency_key="k" * 20))).message
        sim.faults.server_error(status=500, only="create")
        yield (await _raised(client.create(REQUEST, idempotency_key="j" * 20))).message
        made = await client.create(REQUEST, idempotency_key="o" * 20)
        sim.faults.other_task()  # an answer about another task (issue 14 item 8)
        yield (await _raised(client.get(made.id))).message
        # Issue 21 item 4: every account refusal, each "not created" for sure
        for n, (code, details) in enumerate(REFUSALS):
            sim.faults.account_refusal(code, **details)
            refused = await _raised(client.create(REQUEST, idempotency_key=f"refused-{n:012d}"))
            yield refused.not_created if isinstance(refused, AdmissionRefused) \
                else refused.message
    port = sim.base_url.rsplit(":", 1)[1].split("/")[0]
    await sim.stop()
    async with EvolinkClient(KEY, resolve_endpoints(f"http://127.0.0.1:{port}"),
                             **fast) as client:  # type: ignore[arg-type]
        yield (await _raised(client.get("task-x"))).message


async def poller_messages() -> list[str]:
    # Each task fails its own way every time, and each key is waited for by name: a retry of
    # one key can never stand in for the next key's message.
    failures: dict[str, Exception] = {"task-0": NetworkError("The line is down"),
                                      "task-1": ServerError("Busy", status=500),
                                      "task-2": RuntimeError("a bug")}
    said: dict[str, str] = {}

    async def fetch(task_id: str) -> Task:
        raise failures[task_id]

    poller = Poller(fetch, on_answer=lambda _k, _t: None,
                    on_problem=lambda key, text, _w: said.setdefault(key, text or ""),
                    on_offline=lambda _o: None, floor_s=0.01, rng=lambda: 0.0)
    poller.start()
    for n in range(3):
        key = f"key-{n}"
        poller.track(key, f"task-{n}")
        for _ in range(500):
            if key in said:
                break
            await asyncio.sleep(0.01)
        poller.untrack(key)
    await poller.stop()
    return list(said.values())


async def download_messages(tmp_path: Path) -> AsyncIterator[str]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    for url in ("https://a.com:port/x", "https://user:pw@example.com/a.mp4", "ftp://e.com/a.mp4"):
        with pytest.raises(downloads.DownloadFailed) as failed:
            downloads.check_url(url)
        yield str(failed.value)
    for exc in (httpx.ConnectTimeout("t"), httpx.ConnectError("c"), httpx.ReadError("r")):
        yield downloads._plain(exc)
    server = RangeServer(files={"/clip.mp4": make_test_mp4(), "/junk.mp4": b"x" * 100},
                         status={"/busy.mp4": 503, "/teapot.mp4": 418, "/gone.mp4": 410},
                         redirects={"/loop.mp4": "/loop.mp4"})
    await server.start()
    try:
        for name, kind in (("busy", downloads.DownloadFailed),
                           ("teapot", downloads.DownloadFailed),
                           ("gone", downloads.DownloadExpired),
                           ("loop", downloads.DownloadFailed),
                           ("junk", downloads.DownloadFailed)):
            with pytest.raises(kind) as info:
                await downloads.download_clip(server.url(f"/{name}.mp4"),
                                              tmp_path / f"{name}.mp4", attempts=1,
                                              backoff=0.01)
            yield str(info.value)
        blocked = tmp_path / "blocked.mp4.part"
        blocked.mkdir()  # a folder where the partial file should go
        with pytest.raises(downloads.DownloadFailed) as info:
            await downloads.download_clip(server.url("/clip.mp4"),
                                          tmp_path / "blocked.mp4", attempts=1)
        yield str(info.value)
        (tmp_path / "wrong.mp4.part").write_bytes(b"y" * 10**7)  # longer than the clip
        with pytest.raises(downloads.DownloadFailed) as info:
            await downloads.download_clip(server.url("/clip.mp4"),
                                          tmp_path / "wrong.mp4", attempts=1)
        yield str(info.value)
    finally:
        await server.close()
    # Answers the test server cannot give: a short body, a resumption elsewhere, compression.
    odd = [(200, {"Content-Length": "10"}, b"12345"),
           (206, {"Content-Range": "bytes 5-9/10"}, b"12345"),
           (206, {"Content-Range": "bytes 0-4/10", "Content-Encoding": "gzip"},
            gzip.compress(b"12345"))]
    # The blocking side of an attempt, as its worker thread runs it.
    fetch = downloads._Fetch(asyncio.get_running_loop(), None)
    with httpx.Client() as blocking:
        for status, headers, body in odd:
            response = httpx.Response(status, headers=headers, content=body)
            with pytest.raises(downloads._Retry) as retry:
                downloads._consume(blocking, "https://e.com/a.mp4", response,
                                   tmp_path / "odd.part", 0, fetch)
            yield str(retry.value)
        with pytest.raises(downloads.DownloadExpired) as gone:  # the CDN's own word for it
            downloads._consume(blocking, "https://e.com/a.mp4", httpx.Response(
                403, content=b"<Message>Request has expired</Message>"), tmp_path / "x.part", 0,
                fetch)
    yield str(gone.value)
    for verdict in clip_verdicts(tmp_path):
        yield verdict
    part = tmp_path / "ok.mp4.part"
    part.write_bytes(make_test_mp4(frames=2))
    with pytest.raises(downloads.DownloadFailed) as info:
        await downloads._finish(part, tmp_path / "no-such-folder" / "ok.mp4")
    yield str(info.value)


def clip_verdicts(tmp_path: Path) -> Iterator[str]:
    """What the whole-clip check says (issue 14): cut short, no index, frames missing from an
    index that is there, an index FFmpeg cannot read, the wrong length."""
    clip = tmp_path / "faststart.mp4"
    with av.open(str(clip), "w", format="mp4", options={"movflags": "+faststart"}) as out:
        stream = out.add_stream("libx264", rate=24)
        stream.width = stream.height = 64
        for i in range(24):
            frame = av.VideoFrame(64, 64, "yuv420p")
            frame.pts = i
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    data = clip.read_bytes()
    ftyp, moov = data[:32], data[32:data.index(b"mdat") - 4]
    mdat = data[data.index(b"mdat") - 4:]
    cases = {"cut": (data[: len(data) // 2], None), "no-index": (ftyp + mdat, None),
             "frames": (ftyp + moov + b"\0\0\0\0mdat" + mdat[8:40], None),
             "unreadable": (ftyp + b"\0\0\0\x10moov\0\0\0\x08cmov", None), "length": (data, 5.0)}
    for name, (body, seconds) in cases.items():
        (tmp_path / f"{name}.mp4").write_bytes(body)
        yield clip_check.check_clip(tmp_path / f"{name}.mp4", seconds).problem or ""
    yield str(generation.TaskIdNotStored("task-x", sqlite3.OperationalError("disk is full")))


@contextlib.asynccontextmanager
async def _store(home: Path) -> AsyncIterator[TaskStore]:
    store = TaskStore(home / "messages.sqlite3")
    try:
        yield store
    finally:
        store.close()


async def store_messages(sim: Simulator, home: Path) -> AsyncIterator[str]:
    """Sentences kept in the task store come back as Messages: their ids and parameters are kept."""
    async with _store(home) as store, \
            EvolinkClient(KEY, resolve_endpoints(sim.base_url), attempts=1) as client:
        rec = store.begin_submission(REQUEST, source="cli", sent=True)
        [stale] = generation.recover_interrupted(store, now=rec.created_at + 10_000)
        yield store.get(stale.local_id).note  # type: ignore[union-attr]
        search = await recovery.find_unknown(client, store, rec.local_id)
        assert search.adopted is None and search.note is not None
        yield store.get(rec.local_id).note  # type: ignore[union-attr]
        for broken in (rec, dataclasses.replace(rec, result_urls=("https://e.com/a.mp4",),
                                                task_id=None)):
            with pytest.raises(downloads.DownloadFailed) as info:
                await generation.save_result(store, broken, home)
            yield str(info.value)
        for text in await _queue_problems(client, store, home):
            yield text


async def _queue_problems(client: EvolinkClient, store: TaskStore,
                          home: Path) -> list[str]:
    """A download that cannot start shows as a problem on its row; remove refuses it."""
    rec = store.begin_submission(REQUEST, source="gui", sent=True)
    task = parse_task({"id": "task-unfetchable", "status": "completed", "progress": 100,
                       "results": ["ftp://example.com/clip.mp4"]})
    store.record_created(rec.local_id, task)
    store.apply_poll(rec.local_id, task)
    queue = TaskQueue(client=client, store=store, clips_dir=home / "clips",
                      watch_interval_s=0.05)
    await queue.start()
    try:
        for _ in range(200):
            if queue.live(rec.local_id).problem:
                break
            await asyncio.sleep(0.01)
        with pytest.raises(ValueError, match="Stop tracking") as info:
            TaskActions(queue).remove(rec.local_id)
        problem = queue.live(rec.local_id).problem or ""
        store.mark_expired(rec.local_id)  # tried again by hand (issue 14 item 2)
        again = await TaskActions(queue).download_again(rec.local_id)
        return [problem, info.value.args[0], again.note or ""]
    finally:
        await queue.shutdown()


class _Broken(KeyringBackend):
    """A keychain whose every call fails (a locked or crashed Secret Service)."""

    viable = False  # never picked by keyring's own discovery
    priority = -1
    name = "broken Backend"

    def get_password(self, service: str, username: str) -> str | None:
        if username == "present":
            return "x"
        raise RuntimeError("Prompt dismissed")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("Prompt dismissed")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("Prompt dismissed")


class _FileLike(_Broken):
    name = "file PlaintextKeyring"


_FileLike.__module__ = "keyrings.alt.file"


def keychain_messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Every sentence of the keychain service: no backend, a file backend, failing calls, a
    keyring that cannot start, the other platforms' hints and unusable keys."""
    original = keyring.get_keyring()
    try:
        for backend, call in ((fail.Keyring(), keychain.get_key), (_FileLike(), keychain.get_key),
                              (_Broken(), keychain.get_key),
                              (_Broken(), lambda: keychain.set_key(KEY))):
            keyring.set_keyring(backend)
            with pytest.raises(keychain.KeychainUnavailable) as info:
                call()
            yield str(info.value)
        keyring.set_keyring(_Broken())
        monkeypatch.setattr(keychain, "USERNAME", "present")
        with pytest.raises(keychain.KeychainUnavailable) as info:
            keychain.delete_key()
        yield str(info.value)
    finally:
        keyring.set_keyring(original)

    def cannot_start() -> KeyringBackend:
        raise RuntimeError("bad keyringrc.cfg")

    monkeypatch.setattr(keyring, "get_keyring", cannot_start)
    with pytest.raises(keychain.KeychainUnavailable) as info:
        keychain.get_key()
    yield str(info.value)
    yield from (keychain._fix_hint(platform) for platform in ("darwin", "win32", "linux"))
    for bad in ("  ", "sk-abc def"):
        with pytest.raises(ValueError, match="API key") as error:
            keychain.KeyProvider(env={}).set_session_key(bad)
        yield error.value.args[0]


async def settings_messages(sim: Simulator, tmp_path: Path) -> AsyncIterator[str]:
    """What each settings field refuses (as `set` says it and as the dialog shows it), the
    URL checks of the environment, and the key test's own sentences."""
    settings = Settings.open_default()
    (tmp_path / "a-file.txt").write_text("not a folder")
    refused = [("notifications", "yes"), ("poll_concurrency", "4"), ("poll_concurrency", 0),
               ("theme", 3), ("theme", "purple"), ("clips_folder", "relative/path"),
               ("clips_folder", str(tmp_path / "a-file.txt")), ("filename_template", "  "),
               ("filename_template", "{nope}"), ("filename_template", "{date"),
               ("api_base_url", "not a url"), ("api_base_url", "http://api.example.com")]
    for key, value in refused:
        yield settings.problem(declared(key), value) or ""
    with pytest.raises(InsecureURL) as info:
        resolve_endpoints(env={"EVOLINK_FILES_BASE_URL": "http://files.example.com"})
    yield str(info.value)  # str() itself keeps the Message: a dialog shows str(exc)
    assert sim.base_url is not None
    yield (await check_key("  ", resolve_endpoints(sim.base_url))).detail
    sim.faults.server_error(status=500, only="credits")
    yield (await check_key(KEY, resolve_endpoints(sim.base_url))).detail


async def file_service_messages(sim: Simulator, tmp_path: Path) -> AsyncIterator[str]:
    """The file service's sentences: a quota too small for a submission, one the service says
    is used up, and its envelope without words (5xx, an unknown status)."""
    from PySide6.QtGui import QImage

    from app.services.api.files_client import FilesClient
    from app.services.media.uploads import EvolinkUploader
    from tests.files.scripted_service import ScriptedFileService

    image = tmp_path / "quota.png"
    tmp_path.mkdir(parents=True, exist_ok=True)
    QImage(32, 32, QImage.Format.Format_RGB32).save(str(image))
    fast = {"attempts": 1, "timeout_s": 2.0}
    sim.max_files = 0
    async with EvolinkClient(KEY, resolve_endpoints(sim.base_url), **fast) as client:  # type: ignore[arg-type]
        item = inputs.MediaInput(MediaKind.IMAGE, str(image), image)
        yield (await _raised(EvolinkUploader(client).check_room([item]))).message
        yield (await _raised(FilesClient(client).upload(image))).message
    sim.max_files = 100
    scripted = ScriptedFileService()
    files_host = await scripted.start()
    try:
        endpoints = resolve_endpoints("https://api.example.com",
                                      env={"EVOLINK_FILES_BASE_URL": files_host})
        async with EvolinkClient(KEY, endpoints, **fast) as client:  # type: ignore[arg-type]
            for code in (503, 418):
                scripted.then(200, {"success": False, "code": code})
                yield (await _raised(FilesClient(client).quota())).message
    finally:
        await scripted.stop()
