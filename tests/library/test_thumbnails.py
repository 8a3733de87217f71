"""Thumbnails: first frame made once, cached on disk by path+mtime, delivered by signal."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QImage

from app.services.clips import thumbnails
from app.services.clips.thumbnails import ThumbnailCache, cache_file
from app.services.media.media_worker import SyncExecutor
from tests.library.conftest import HeldExecutor, write_clip


def test_made_once_then_read_from_disk(qapp: Any, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    clip = write_clip(tmp_path / "a.mp4", 200)
    root = tmp_path / "thumbs"
    cache = ThumbnailCache(root, SyncExecutor())
    got: list[tuple[str, QImage]] = []
    cache.thumbnailReady.connect(lambda p, img: got.append((p, img)))
    image = cache.request(clip)
    assert image is not None and image.height() == thumbnails.THUMB_HEIGHT
    assert got and got[0][0] == str(clip)
    on_disk = cache_file(root, clip)
    assert on_disk is not None and on_disk.is_file()
    assert [p.name for p in root.rglob("*.jpg")] == [on_disk.name]  # no temporary left
    assert cache.request(clip) is image and len(got) == 1  # memory: no second job

    def no_decoding(*_: object) -> None:
        raise AssertionError("decoded again instead of reading the cache")

    monkeypatch.setattr(thumbnails, "first_frame", no_decoding)
    again = ThumbnailCache(root, SyncExecutor()).request(clip)
    assert again is not None and again.size() == image.size()


def test_a_changed_clip_gets_a_new_thumbnail(tmp_path: Path) -> None:
    clip = write_clip(tmp_path / "a.mp4", 10)
    before = cache_file(tmp_path, clip)
    st = clip.stat()
    os.utime(clip, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    assert cache_file(tmp_path, clip) != before


def test_missing_or_broken_clip_fails_once(qapp: Any, tmp_path: Path) -> None:
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"not a video " * 100)
    cache = ThumbnailCache(tmp_path / "thumbs", SyncExecutor())
    failed: list[str] = []
    cache.thumbnailFailed.connect(failed.append)
    assert cache.request(broken) is None
    assert cache.request(tmp_path / "gone.mp4") is None
    assert cache.request(broken) is None  # not tried again
    assert failed == [str(broken), str(tmp_path / "gone.mp4")]
    assert cache.failed(broken) and cache.pending_count() == 0


def test_thread_pool_delivers_on_the_main_thread(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QThread

    clip = write_clip(tmp_path / "a.mp4", 99)
    cache = ThumbnailCache(tmp_path / "thumbs")
    threads: list[bool] = []
    cache.thumbnailReady.connect(
        lambda *_: threads.append(QThread.currentThread() is qtbot_main))
    qtbot_main = QThread.currentThread()
    with qtbot.waitSignal(cache.thumbnailReady, timeout=10_000):
        assert cache.request(clip) is None
    assert threads == [True] and cache.cached(clip) is not None


def test_newest_request_first_and_stale_ones_dropped(qapp: Any, tmp_path: Path) -> None:
    clips = [write_clip(tmp_path / f"c{i}.mp4", 10 * i) for i in range(6)]
    executor = HeldExecutor()
    cache = ThumbnailCache(tmp_path / "thumbs", executor, max_running=1, max_waiting=3)
    made: list[str] = []
    cache.thumbnailReady.connect(lambda clip, _image: made.append(Path(clip).name))
    for clip in clips:  # a fling: six tiles painted in turn, room for one job and three
        assert cache.request(clip) is None
    assert len(executor.jobs) == 1  # c0 started at once; the others wait here
    assert cache.waiting() == [str(clips[5]), str(clips[4]), str(clips[3])]  # c1, c2 dropped
    assert cache.pending_count() == 4
    cache.request(clips[3])  # painted again: to the front
    assert cache.waiting()[0] == str(clips[3])
    while executor.jobs:
        executor.finish_first()
    assert made == ["c0.mp4", "c3.mp4", "c5.mp4", "c4.mp4"]
    assert cache.pending_count() == 0 and not cache.failed(clips[1])
    cache.request(clips[1])  # dropped, not failed: asked again, it is made
    executor.finish_first()
    assert made[-1] == "c1.mp4" and cache.cached(clips[1]) is not None


def test_jobs_run_side_by_side_up_to_the_limit(qapp: Any, tmp_path: Path) -> None:
    clips = [write_clip(tmp_path / f"c{i}.mp4", 10 * i) for i in range(4)]
    executor = HeldExecutor()
    cache = ThumbnailCache(tmp_path / "thumbs", executor, max_running=2, max_waiting=10)
    for clip in clips:
        cache.request(clip)
    assert len(executor.jobs) == 2 and cache.waiting() == [str(clips[3]), str(clips[2])]
    cache.request(clips[0])  # already running: not queued twice
    assert len(executor.jobs) == 2 and cache.pending_count() == 4
    executor.finish_first()
    assert len(executor.jobs) == 2 and cache.waiting() == [str(clips[2])]


def test_a_size_asked_for_is_made_in_the_worker_and_kept_apart(
        qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clip = write_clip(tmp_path / "a.mp4", 120)  # 16:9
    root = tmp_path / "thumbs"
    cache = ThumbnailCache(root, SyncExecutor())
    tile = QSize(220, 123)
    image = cache.request(clip, tile)
    assert image is not None and image.size() == QSize(218, 123)  # fits, keeps its shape
    assert image.format() == QImage.Format.Format_RGB32  # drawn as is, no conversion
    on_disk = cache_file(root, clip)
    assert on_disk is not None and QImage(str(on_disk)).height() == thumbnails.THUMB_HEIGHT
    assert cache.cached(clip) is None  # the file's own size is another entry
    full = cache.request(clip)
    assert full is not None and full.height() == thumbnails.THUMB_HEIGHT
    bigger = cache.request(clip, QSize(440, 246))  # a zoom, or a 2x screen
    assert bigger is not None and bigger.size() == QSize(437, 246)
    assert cache.cached(clip, tile) is image
    # Memory is bounded by bytes, the oldest dropped first.
    monkeypatch.setattr(thumbnails, "MEMORY_BYTES", 2 * image.sizeInBytes())
    others = [write_clip(tmp_path / f"b{i}.mp4", i) for i in range(3)]
    for other in others:
        cache.request(other, tile)
    assert cache.cached(clip, tile) is None and cache.cached(others[-1], tile) is not None

    def no_decoding(*_: object) -> None:
        raise AssertionError("decoded again instead of reading the cache")

    monkeypatch.setattr(thumbnails, "first_frame", no_decoding)
    from_disk = ThumbnailCache(root, SyncExecutor()).request(clip, tile)  # scaled as read
    assert from_disk is not None and from_disk.size() == image.size()
    assert from_disk.format() == QImage.Format.Format_RGB32
    centre = QPoint(109, 61)
    assert abs(from_disk.pixelColor(centre).red() - image.pixelColor(centre).red()) < 12


def test_a_tall_clip_fits_the_tile_by_its_height(qapp: Any, tmp_path: Path) -> None:
    clip = write_clip(tmp_path / "tall.mp4", 60, width=36, height=64)
    image = ThumbnailCache(tmp_path / "thumbs", SyncExecutor()).request(clip, QSize(220, 123))
    assert image is not None and image.height() == 123 and image.width() < 80


def test_a_cache_folder_that_cannot_be_made_opens_the_cache_all_the_same(
        qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder is made with the first thumbnail written, not when the studio opens: a cache
    path that is a file (or read-only) costs the thumbnails, not the window."""
    from app.services.home import paths

    home = tmp_path / "home"
    home.mkdir()
    (home / "cache").write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    with pytest.raises(FileExistsError):
        paths.cache_dir()
    cache = ThumbnailCache(executor=SyncExecutor())
    assert cache.root == home / "cache" / "thumbs"
    assert (home / "cache").is_file()
