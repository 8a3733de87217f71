"""Thumbnails: first frame made once, cached on disk by path+mtime, delivered by signal."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from app.services import thumbnails
from app.services.media_worker import SyncExecutor
from app.services.thumbnails import ThumbnailCache, cache_file
from tests.library.conftest import write_clip


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

    monkeypatch.setattr(thumbnails, "video_thumbnail", no_decoding)
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
