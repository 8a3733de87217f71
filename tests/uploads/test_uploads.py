"""Local files to URLs: cached by content, progress to the total, refusals that send nothing."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from app.core import api_facts
from app.core.media_limits import MediaKind
from app.services.account.price_sources import make_public_client
from app.services.api.client import EvolinkClient
from app.services.media.inputs import MediaInput
from app.services.media.upload_cache import UploadCache
from app.services.media.uploads import (
    EvolinkUploader,
    UploadPhase,
    UploadRefused,
    UploadState,
    resolve_urls,
)
from app.services.tasks.store import TaskStore
from app.simulator import Simulator
from tests.composer.conftest import MediaFactory
from tests.loopback import running_queue
from tests.queue.conftest import request
from tests.uploads.conftest import creates_seen, uploads_seen


@pytest.fixture
def media(tmp_path: Path) -> MediaFactory:
    return MediaFactory(tmp_path / "media")


def local(kind: MediaKind, path: Path, key: str | None = None) -> MediaInput:
    return MediaInput(kind, str(path), path, key=key)


async def test_the_same_image_is_uploaded_once(sim: Simulator, client: EvolinkClient,
                                               cache: UploadCache, media: MediaFactory) -> None:
    image = media.image()
    copy = image.with_name("same-content-other-name.png")
    shutil.copyfile(image, copy)
    uploader = EvolinkUploader(client, cache)
    first = await uploader.url_for(local(MediaKind.IMAGE, image))
    again = await uploader.url_for(local(MediaKind.IMAGE, copy))
    after_restart = await EvolinkUploader(client, UploadCache(cache.path)).url_for(
        local(MediaKind.IMAGE, image))
    assert uploads_seen(sim) == 1
    assert not first.reused and again.reused and after_restart.reused
    assert first.url == again.url == after_restart.url
    assert first.expires_at is not None
    assert first.expires_at == pytest.approx(time.time() + api_facts.UPLOAD_TTL_S, abs=60)
    stored = json.loads(cache.path.read_text())
    assert [e["url"] for e in stored["entries"].values()] == [first.url]


async def test_one_file_in_two_slots_goes_up_once(sim: Simulator, client: EvolinkClient,
                                                  cache: UploadCache,
                                                  media: MediaFactory) -> None:
    image = media.image()
    urls = await resolve_urls(EvolinkUploader(client, cache), {
        MediaKind.IMAGE: [local(MediaKind.IMAGE, image), local(MediaKind.IMAGE, image)]})
    assert uploads_seen(sim) == 1
    assert len(set(urls["image_urls"])) == 1


async def test_an_entry_about_to_expire_is_uploaded_again(sim: Simulator,
                                                          client: EvolinkClient,
                                                          cache: UploadCache,
                                                          media: MediaFactory) -> None:
    image = local(MediaKind.IMAGE, media.image())
    first = await EvolinkUploader(client, cache).url_for(image)
    assert first.expires_at is not None
    # 30 minutes before expiry: less than the one-hour margin the server may need.
    late = UploadCache(cache.path, clock=lambda: first.expires_at - 1800)  # type: ignore[operator]
    second = await EvolinkUploader(client, late).url_for(image)
    assert uploads_seen(sim) == 2
    assert not second.reused and second.url != first.url
    expired = UploadCache(cache.path, clock=lambda: time.time() + 2 * api_facts.UPLOAD_TTL_S)
    assert expired.lookup(client.endpoints.files_base_url, "0" * 64) is None
    third = await EvolinkUploader(client, expired).url_for(image)
    assert uploads_seen(sim) == 3 and not third.reused


async def test_another_file_host_does_not_share_the_cache(sim: Simulator,
                                                          client: EvolinkClient,
                                                          cache: UploadCache,
                                                          media: MediaFactory) -> None:
    image = local(MediaKind.IMAGE, media.image())
    got = await EvolinkUploader(client, cache).url_for(image)
    digest = next(iter(json.loads(cache.path.read_text())["entries"])).split()[-1]
    assert cache.lookup(client.endpoints.files_base_url, digest) is not None
    assert cache.lookup("https://files-api.evolink.ai", digest) is None
    assert got.url.startswith(str(sim.base_url))


async def test_progress_reaches_the_total(sim: Simulator, client: EvolinkClient,
                                          media: MediaFactory) -> None:
    image = media.image(pad_bytes=1_500_000)
    size = image.stat().st_size
    seen: list[tuple[int, int]] = []
    got = await EvolinkUploader(client, None).url_for(local(MediaKind.IMAGE, image),
                                                      lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, size) and seen[-1] == (size, size)
    assert len(seen) >= 4  # streamed in pieces, not in one go
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert uploads_seen(sim) == 1
    async with make_public_client() as http:
        assert (await http.get(got.url)).content == image.read_bytes()


async def test_states_follow_each_input_by_its_key(sim: Simulator, client: EvolinkClient,
                                                   cache: UploadCache,
                                                   media: MediaFactory) -> None:
    states: dict[str, list[UploadState]] = {}
    items = {MediaKind.IMAGE: [local(MediaKind.IMAGE, media.image(pad_bytes=600_000), "a"),
                               MediaInput(MediaKind.IMAGE, "https://example.com/b.png", None,
                                          key="b")]}
    uploader = EvolinkUploader(client, cache)
    urls = await resolve_urls(uploader, items, lambda k, s: states.setdefault(k, []).append(s))
    assert urls["image_urls"][1] == "https://example.com/b.png"
    assert list(states) == ["a"]  # a URL needs no upload
    phases = [s.phase for s in states["a"]]
    assert phases[0] is UploadPhase.PREPARING and phases[-1] is UploadPhase.UPLOADED
    assert [s.percent for s in states["a"] if s.phase is UploadPhase.UPLOADING][-1] == 100
    states.clear()
    await resolve_urls(uploader, items, lambda k, s: states.setdefault(k, []).append(s))
    assert [s.phase for s in states["a"]] == [UploadPhase.PREPARING, UploadPhase.REUSED]
    assert uploads_seen(sim) == 1


async def test_a_refused_video_raises_and_nothing_is_submitted(
        sim: Simulator, client: EvolinkClient, media: MediaFactory, studio_home: Path) -> None:
    sim.faults.refuse_upload("video/")
    image, video = media.image(), media.video()
    req = request(model="seedance-2.0-reference-to-video",
                  image_urls=[f"https://upload.pending.invalid/{image.name}"],
                  video_urls=[f"https://upload.pending.invalid/{video.name}"])
    states: dict[str, UploadState] = {}
    store = TaskStore(studio_home / "studio.sqlite3")
    try:
        async with running_queue(
                client, store, studio_home / "clips") as queue:
            with pytest.raises(UploadRefused) as refused:
                await queue.submit(req, {MediaKind.IMAGE: [local(MediaKind.IMAGE, image, "i1")],
                                         MediaKind.VIDEO: [local(MediaKind.VIDEO, video, "v1")]},
                                   on_upload=states.__setitem__)
            assert queue.records() == []
        assert store.list(limit=10) == []
    finally:
        store.close()
    exc = refused.value
    assert (exc.kind, exc.name, exc.key, exc.param) == (MediaKind.VIDEO, video.name, "v1",
                                                        "video_urls")
    assert exc.message == "Refused by the file service: File type not allowed: video/mp4"
    assert str(exc) == ("The file service refused clip.mp4 (File type not allowed: video/mp4): "
                        "give a URL to this video instead")
    assert states["v1"].phase is UploadPhase.REFUSED
    assert states["i1"].phase is UploadPhase.UPLOADED  # every upload is tried, each one told
    assert uploads_seen(sim) == 2 and creates_seen(sim) == 0 and not sim.tasks


async def test_the_queue_submits_with_the_uploaded_url(sim: Simulator, client: EvolinkClient,
                                                       media: MediaFactory,
                                                       studio_home: Path) -> None:
    image = media.image()
    req = request(model="seedance-2.0-fast-image-to-video",
                  image_urls=[f"https://upload.pending.invalid/{image.name}"])
    store = TaskStore(studio_home / "studio.sqlite3")
    try:
        async with running_queue(
                client, store, studio_home / "clips") as queue:
            for _ in range(2):
                rec = await queue.submit(req, {MediaKind.IMAGE: [local(MediaKind.IMAGE, image)]})
                assert rec.task_id
    finally:
        store.close()
    assert uploads_seen(sim) == 1 and creates_seen(sim) == 2
    sent = [t.request.image_urls for t in sim.tasks.values()]
    assert len(sent) == 2 and sent[0] == sent[1] and sent[0][0].startswith(str(sim.base_url))


def test_a_damaged_cache_file_is_started_afresh(cache: UploadCache) -> None:
    cache.path.parent.mkdir(parents=True, exist_ok=True)  # made with its first entry
    cache.path.write_text("{not json")
    assert cache.lookup("https://files.example", "ab" * 32) is None
    cache.remember("https://files.example", "ab" * 32, "https://files.example/x.png",
                   time.time() + 7200)
    assert cache.lookup("https://files.example", "ab" * 32) is not None


def test_the_refusal_fault_is_armed_by_json_and_cleared() -> None:
    from app.simulator.faults import Faults

    faults = Faults()
    assert faults.add_from_json({"kind": "refuse_upload", "mime_prefix": "audio/"}) is None
    assert faults.refuses_upload("audio/wav") and not faults.refuses_upload("image/png")
    faults.clear()
    assert not faults.refuses_upload("audio/wav")
    with pytest.raises(ValueError, match="mime_prefix"):
        faults.refuse_upload(" ")


async def test_a_file_gone_before_its_upload_is_a_typed_error(sim: Simulator,
                                                              client: EvolinkClient,
                                                              media: MediaFactory) -> None:
    from app.services.media.uploads import UnreadableFile

    image = media.image()
    image.unlink()
    with pytest.raises(UnreadableFile, match=r"still\.png could not be read") as err:
        await EvolinkUploader(client, None).url_for(local(MediaKind.IMAGE, image))
    assert err.value.param == "image_urls" and uploads_seen(sim) == 0


def test_a_cache_folder_that_cannot_be_made_only_forgets(tmp_path: Path,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    """A file where the cache folder should be: the cache opens, an upload is not remembered
    (a warning says why), nothing raises."""
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    cache = UploadCache(blocked / "uploads.json")
    cache.remember("https://files.example", "ab" * 32, "https://files.example/x.png",
                   time.time() + 7200)
    assert cache.lookup("https://files.example", "ab" * 32) is None
    assert any("upload cache not written" in r.getMessage() for r in caplog.records)
