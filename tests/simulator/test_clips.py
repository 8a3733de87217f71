"""Rendered clips: frames differ, the cache does not encode twice, unusual sizes work."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import av
import pytest

from app.simulator.clips import ClipCache, ClipSpec, render_clip


def _luma(path: Path, indices: set[int]) -> dict[int, bytes]:
    out: dict[int, bytes] = {}
    with av.open(str(path)) as box:
        for i, frame in enumerate(box.decode(video=0)):
            if i in indices:
                out[i] = bytes(frame.planes[0])
    return out


def test_frames_move_and_odd_aspect_sizes_encode(tmp_path: Path) -> None:
    path = tmp_path / "wide.mp4"
    render_clip(path, ClipSpec(992, 432, 4, False, "ultrawide " * 50))
    with av.open(str(path)) as box:
        assert (box.streams.video[0].width, box.streams.video[0].height) == (992, 432)
        assert not box.streams.audio
    frames = _luma(path, {0, 48, 95})
    assert len({frames[0], frames[48], frames[95]}) == 3


async def test_cache_renders_a_spec_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="app.simulator")
    cache = ClipCache(tmp_path / "clips")
    spec = ClipSpec(640, 640, 4, True, "cached")
    first, second = await asyncio.gather(cache.ensure(spec), cache.ensure(spec))
    assert first == second
    stamp = first.stat().st_mtime_ns
    again = await ClipCache(tmp_path / "clips").ensure(spec)
    assert again.stat().st_mtime_ns == stamp
    assert [p.name for p in (tmp_path / "clips").iterdir()] == [spec.file_name]
    renders = [r for r in caplog.records if r.getMessage().startswith("rendering")]
    assert len(renders) == 1
    other = await cache.ensure(ClipSpec(640, 640, 4, False, "cached"))
    assert other != first
