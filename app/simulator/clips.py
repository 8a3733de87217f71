"""Real, playable simulated clips: H.264 + optional AAC MP4s, rendered once and cached on disk."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av

from app.simulator.painting import FPS, FramePainter

log = logging.getLogger("app.simulator")

RENDER_VERSION = 2  # part of the cache name: bump when the look of a clip changes
SAMPLE_RATE = 48_000
AAC_FRAME = 1024
_DRAIN_S = 30.0
_CRF = "30"  # modest quality: these clips are labels, and small files download quickly


@dataclass(frozen=True)
class ClipSpec:
    width: int
    height: int
    duration_s: int
    audio: bool
    prompt: str

    @property
    def frames(self) -> int:
        return self.duration_s * FPS

    @property
    def file_name(self) -> str:
        digest = hashlib.sha256(self.prompt.encode("utf-8")).hexdigest()[:16]
        sound = "a" if self.audio else "n"
        return (f"sim-v{RENDER_VERSION}-{self.width}x{self.height}-{self.duration_s}s-"
                f"{sound}-{digest}.mp4")


def _beeps(start: int, count: int) -> bytes:
    """Mono float32 samples: a soft hum, with a short beep every half second, pitch by second."""
    out = bytearray()
    for n in range(start, start + count):
        t = n / SAMPLE_RATE
        beep = (t % 0.5) < 0.08
        freq = 440.0 * (1.5 ** (int(t) % 4)) if beep else 110.0
        amp = 0.35 if beep else 0.05
        out += struct.pack("<f", amp * math.sin(2 * math.pi * freq * t))
    return bytes(out)


def _add_audio(container: Any) -> Any:
    stream = container.add_stream("aac", rate=SAMPLE_RATE)
    stream.layout = "mono"
    stream.bit_rate = 64_000
    return stream


def _encode_audio(container: Any, stream: Any, duration_s: int) -> None:
    total = duration_s * SAMPLE_RATE
    for start in range(0, total, AAC_FRAME):
        count = min(AAC_FRAME, total - start)
        frame = av.AudioFrame(format="flt", layout="mono", samples=count)
        frame.planes[0].update(_beeps(start, count))
        frame.sample_rate = SAMPLE_RATE
        frame.pts = start
        for packet in stream.encode(frame):
            container.mux(packet)
    for packet in stream.encode(None):
        container.mux(packet)


def render_clip(path: Path, spec: ClipSpec) -> None:
    """Encode `spec` to `path` (blocking; run it in a worker thread)."""
    painter = FramePainter(spec.width, spec.height, spec.frames, spec.prompt, spec.audio)
    with av.open(str(path), "w", format="mp4", options={"movflags": "+faststart"}) as container:
        video = container.add_stream("libx264", rate=FPS)
        video.width, video.height = spec.width, spec.height
        video.pix_fmt = "yuv420p"
        video.options = {"preset": "ultrafast", "crf": _CRF}
        audio = _add_audio(container) if spec.audio else None
        for i in range(spec.frames):
            frame = av.VideoFrame.from_bytes(painter.frame(i), spec.width, spec.height, "rgba")
            frame.pts = i
            for packet in video.encode(frame.reformat(format="yuv420p")):
                container.mux(packet)
        for packet in video.encode(None):
            container.mux(packet)
        if audio is not None:
            _encode_audio(container, audio, spec.duration_s)


class ClipCache:
    """Rendered clips by spec in one directory; concurrent requests for one spec share a render."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self._inflight: dict[str, asyncio.Future[Path]] = {}

    def path_for(self, spec: ClipSpec) -> Path:
        return self.directory / spec.file_name

    async def ensure(self, spec: ClipSpec) -> Path:
        path = self.path_for(spec)
        if path.exists():
            return path
        pending = self._inflight.get(spec.file_name)
        if pending is None:
            pending = asyncio.ensure_future(self._render(spec, path))
            self._inflight[spec.file_name] = pending
            pending.add_done_callback(lambda _f: self._inflight.pop(spec.file_name, None))
        return await asyncio.shield(pending)

    async def _render(self, spec: ClipSpec, path: Path) -> Path:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{id(spec):x}.part")
        log.info("rendering simulated clip %s", path.name)
        try:
            await asyncio.to_thread(render_clip, tmp, spec)
            os.replace(tmp, path)  # atomic: a reader never sees half a clip
        finally:
            tmp.unlink(missing_ok=True)
        return path

    async def drain(self) -> None:
        """Wait for renders under way (a worker thread cannot be cancelled)."""
        pending = list(self._inflight.values())
        if pending:
            await asyncio.wait(pending, timeout=_DRAIN_S)
