"""Reading an exported film back before it gets its name: size, length, sound, frames."""

from __future__ import annotations

import struct
from pathlib import Path

import av

from app.core.film_plan import FilmPlan, Output


class ExportError(Exception):
    """The film could not be made; `str()` is one sentence for the user."""


class ExportCheckFailed(ExportError):
    """The written film did not read back as expected (left under no name)."""


def _animation_facts(data: bytes) -> tuple[int, int, int] | None:
    """(width, height, frames) of an animated WebP or a GIF, read from its structure: FFmpeg
    cannot decode animated WebP, and Qt's reader depends on a plugin being present."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        size: tuple[int, int] | None = None
        frames, at = 0, 12
        while at + 8 <= len(data):
            kind, length = data[at:at + 4], struct.unpack_from("<I", data, at + 4)[0]
            body = data[at + 8:at + 8 + length]
            if kind == b"VP8X" and len(body) >= 10:
                size = (int.from_bytes(body[4:7], "little") + 1,
                        int.from_bytes(body[7:10], "little") + 1)
            elif kind == b"ANMF":
                frames += 1
            at += 8 + length + (length & 1)
        return (*size, frames) if size else None
    if data[:6] in (b"GIF87a", b"GIF89a"):
        width, height = struct.unpack_from("<HH", data, 6)
        return width, height, 1  # frames are not counted: their blocks hold no fixed marker
    return None


def _check_animation(temp: Path, plan: FilmPlan) -> None:
    try:
        facts = _animation_facts(temp.read_bytes())  # a preview: a few hundred kB
    except OSError as exc:
        raise ExportCheckFailed("The exported preview could not be read back.") from exc
    if facts is None or facts[:2] != plan.size:
        raise ExportCheckFailed("The exported preview could not be read back.")
    # The WebP encoder merges a frame equal to the one before into its duration: fewer is fine.
    if not 1 <= facts[2] <= plan.total_frames:
        raise ExportCheckFailed("The exported preview has no frames.")


def check_film(temp: Path, plan: FilmPlan, output: Output) -> None:
    """The film reads back with its picture size and the planned length (within a frame)."""
    if output is Output.ANIMATION:
        _check_animation(temp, plan)
        return
    one_frame = 1 / plan.fps
    try:
        with av.open(str(temp)) as container:
            streams = container.streams.video
            if len(streams) != 1:
                raise ExportCheckFailed("The exported film has no picture.")
            ctx = streams[0].codec_context
            if (ctx.width, ctx.height) != plan.size:
                raise ExportCheckFailed("The exported film has the wrong size.")
            for stream in (streams[0], *container.streams.audio):
                base = stream.time_base or 0
                seconds = float(stream.duration * base) if stream.duration else 0.0
                if abs(seconds - plan.duration_s) > one_frame + 1e-6:
                    raise ExportCheckFailed(
                        f"The exported film lasts {seconds:.2f} s instead of "
                        f"{plan.duration_s:.2f} s.")
    except av.error.FFmpegError as exc:
        raise ExportCheckFailed("The exported film could not be read back.") from exc
