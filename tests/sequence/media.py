"""Small clips made by the tests: a moving gradient and an optional tone, any size and rate."""

from __future__ import annotations

import math
import struct
from fractions import Fraction
from pathlib import Path

import av

from app.core.sequence import ClipRef, Shot
from app.services.sequences.sequence_files import clip_ref


def make_clip(path: Path, width: int = 160, height: int = 90, seconds: float = 1.0,
              fps: int = 24, audio: bool = True, rate: int = 44_100) -> Path:
    """An H.264 clip whose luma ramps up frame by frame (so frames can be told apart)."""
    frames = round(seconds * fps)
    with av.open(str(path), "w", format="mp4") as container:
        video = container.add_stream("libx264", rate=Fraction(fps))
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        video.options = {"preset": "ultrafast"}
        sound = None
        if audio:
            sound = container.add_stream("aac", rate=rate)
            sound.layout = "mono"
        for i in range(frames):
            frame = av.VideoFrame(width, height, "yuv420p")
            luma = 16 + (200 * i) // max(1, frames - 1)
            frame.planes[0].update(bytes([luma]) * frame.planes[0].buffer_size)
            for plane in frame.planes[1:]:
                plane.update(bytes([128]) * plane.buffer_size)
            frame.pts = i
            container.mux(video.encode(frame))
        container.mux(video.encode(None))
        if sound is not None:
            total = round(seconds * rate)
            for start in range(0, total, 1024):
                n = min(1024, total - start)
                chunk = b"".join(struct.pack("<f", 0.3 * math.sin(2 * math.pi * 440 * (start + j)
                                                                  / rate)) for j in range(n))
                frame = av.AudioFrame(format="flt", layout="mono", samples=n)
                frame.planes[0].update(chunk)
                frame.sample_rate, frame.pts = rate, start
                container.mux(sound.encode(frame))
            container.mux(sound.encode(None))
    return path


def shot_of(path: Path, **kw: object) -> Shot:
    ref: ClipRef = clip_ref(path)
    return Shot(clip=ref, **kw)  # type: ignore[arg-type]
