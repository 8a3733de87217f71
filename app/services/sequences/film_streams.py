"""The streaming inside a film export: one shot decoded, placed, retimed and encoded at a time.

Nothing here keeps more than a crossfade's worth of frames: memory does not grow with the film.
"""

from __future__ import annotations

import array
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any, Final

import av
import av.filter

from app.core.film_plan import AUDIO_RATE, SAMPLES_PER_FRAME, Placement, ShotSpan

AAC_FRAME: Final = 1024
_EPS: Final = 1e-4  # seconds: float noise between a frame's time and an output time
_SEEK_FROM_S: Final = 0.5  # an in point later than this seeks instead of decoding from 0
_BYTES: Final = 4  # float32 samples


class ShotUnreadable(Exception):
    """A shot's clip could not be decoded; `str()` is one sentence for the user."""


@dataclass
class Tail:
    """The end of a shot held back to be blended into the start of the next one."""

    frames: list[Any] = field(default_factory=list)
    left: bytearray = field(default_factory=bytearray)
    right: bytearray = field(default_factory=bytearray)


def _silence(samples: int) -> bytes:
    return bytes(samples * _BYTES)


def _mix(old: bytes | bytearray, new: bytes, first: int, fade: int) -> bytes:
    """Linear crossfade of two float32 runs: sample `first + i` of a fade of `fade` samples."""
    a, b = array.array("f"), array.array("f")
    a.frombytes(old)
    b.frombytes(new)
    if sys.byteorder != "little":
        a.byteswap()
        b.byteswap()
    out = array.array("f", (x + (y - x) * ((first + i + 1) / (fade + 1))
                            for i, (x, y) in enumerate(zip(a, b, strict=True))))
    if sys.byteorder != "little":
        out.byteswap()
    return out.tobytes()


def blend(top: Any, bottom: Any, opacity: float) -> Any:
    """`top` over `bottom` at `opacity`, through FFmpeg's blend filter (a tiny graph per frame:
    a crossfade is a few frames, and building it costs about a millisecond)."""
    graph = av.filter.Graph()
    kw = {"width": top.width, "height": top.height, "format": top.format.name,
          "time_base": Fraction(1, 24)}
    a, b = graph.add_buffer(**kw), graph.add_buffer(**kw)
    mix = graph.add("blend", f"all_mode=normal:all_opacity={opacity:.4f}")
    sink = graph.add("buffersink")
    a.link_to(mix, 0, 0)
    b.link_to(mix, 0, 1)
    mix.link_to(sink)
    graph.configure()
    top.pts = bottom.pts = 0
    a.push(top)
    b.push(bottom)
    a.push(None)
    b.push(None)
    return sink.pull()


class VideoOut:
    """Encodes frames in order, numbering them on the film's clock."""

    def __init__(self, container: Any, stream: Any, pix_fmt: str, fps: int) -> None:
        self.container, self.stream, self.pix_fmt = container, stream, pix_fmt
        self.time_base = Fraction(1, fps)
        self.count = 0

    def put(self, frame: Any) -> None:
        if frame.format.name != self.pix_fmt:
            frame = frame.reformat(format=self.pix_fmt)
        frame.pts = self.count  # on the film's clock: the encoder would rescale another base
        frame.time_base = self.time_base
        self.count += 1
        self.container.mux(self.stream.encode(frame))

    def close(self) -> None:
        self.container.mux(self.stream.encode(None))


class AudioOut:
    """Collects planar stereo float samples and encodes them in the encoder's frame size."""

    def __init__(self, container: Any, stream: Any) -> None:
        self.container, self.stream = container, stream
        self.size = stream.codec_context.frame_size or AAC_FRAME
        self.left, self.right = bytearray(), bytearray()
        self.count = 0

    def put(self, left: bytes, right: bytes) -> None:
        self.left += left
        self.right += right
        step = self.size * _BYTES
        while len(self.left) >= step:
            self._encode(self.size)

    def _encode(self, samples: int) -> None:
        n = samples * _BYTES
        frame = av.AudioFrame(format="fltp", layout="stereo", samples=samples)
        frame.planes[0].update(bytes(self.left[:n]))
        frame.planes[1].update(bytes(self.right[:n]))
        del self.left[:n], self.right[:n]
        frame.sample_rate = AUDIO_RATE
        frame.pts = self.count
        frame.time_base = Fraction(1, AUDIO_RATE)
        self.count += samples
        self.container.mux(self.stream.encode(frame))

    def close(self) -> None:
        if self.left:
            self._encode(len(self.left) // _BYTES)
        self.container.mux(self.stream.encode(None))


class ShotFeeder:
    """One shot's frames and samples on their way out: retimed by timestamps to the film's
    rate, trimmed, placed, blended with the previous shot's tail, the end held back for the
    next one. `tick` runs once per output frame (progress and cancellation)."""

    def __init__(self, span: ShotSpan, placement: Placement, fps: int, video: VideoOut,
                 audio: AudioOut | None, tail_in: Tail | None, tail_frames: int,
                 tick: Callable[[], None]) -> None:
        self.span, self.placement, self.fps = span, placement, fps
        self.video, self.audio, self.tick = video, audio, tick
        self.tail_in, self.tail_frames = tail_in, tail_frames
        self.tail_out = Tail()
        self.k = 0  # output frames of this shot so far
        self.pos = 0  # output samples of this shot so far
        self.samples = span.frames * SAMPLES_PER_FRAME
        self.fade_samples = span.fade_in * SAMPLES_PER_FRAME
        self.hold_from = self.samples - tail_frames * SAMPLES_PER_FRAME
        self._prev: Any = None
        self._prev_scaled: Any = None
        self._graph: Any = None
        self._audio_start: int | None = None
        self._audio_seen = 0

    # --- video -------------------------------------------------------------------------------
    @property
    def video_done(self) -> bool:
        return self.k >= self.span.frames

    def _scaled(self) -> Any:
        if self._prev_scaled is None:
            self._prev_scaled = self._place(self._prev)
        return self._prev_scaled

    def _place(self, frame: Any) -> Any:
        if self._graph is None:
            self._graph = self._build_graph(frame)
        self._graph.push(frame)
        return self._graph.pull()

    def _build_graph(self, frame: Any) -> Any:
        p = self.placement
        (tw, th), (sw, sh), (x, y) = p.target, p.scaled, p.at
        graph = av.filter.Graph()
        nodes = [graph.add_buffer(width=frame.width, height=frame.height,
                                  format=frame.format.name, time_base=frame.time_base
                                  or Fraction(1, self.fps))]
        c = p.crop
        if (c.x, c.y, c.width, c.height) != (0, 0, frame.width, frame.height):
            nodes.append(graph.add("crop", f"{c.width}:{c.height}:{c.x}:{c.y}"))
        nodes.append(graph.add("scale", f"{sw}:{sh}"))
        nodes.append(graph.add("setsar", "1"))
        if (sw, sh) != (tw, th):
            nodes.append(graph.add("pad", f"{tw}:{th}:{x}:{y}:black"))
        nodes.append(graph.add("format", "yuv420p"))
        nodes.append(graph.add("buffersink"))
        graph.link_nodes(*nodes).configure()
        return graph

    def _emit(self) -> None:
        frame = self._scaled()
        k = self.k
        if k < self.span.fade_in and self.tail_in is not None and k < len(self.tail_in.frames):
            opacity = 1 - (k + 1) / (self.span.fade_in + 1)
            frame = blend(self.tail_in.frames[k], frame, opacity)
        if k >= self.span.frames - self.tail_frames:
            self.tail_out.frames.append(frame)
        else:
            self.video.put(frame)
        self.k += 1
        self.tick()

    def video_frame(self, frame: Any, t: float) -> None:
        """A decoded frame shown from `t` (seconds on the clip's clock)."""
        if self._prev is not None:
            while not self.video_done and self.span.in_s + self.k / self.fps < t - _EPS:
                self._emit()
        if not self.video_done:
            self._prev, self._prev_scaled = frame, None

    def end_video(self, name: str) -> None:
        if self._prev is None:
            raise ShotUnreadable(f"{name} has no picture to show.")
        while not self.video_done:  # a clip shorter than its trim says: hold its last frame
            self._emit()

    # --- audio -------------------------------------------------------------------------------
    @property
    def audio_done(self) -> bool:
        return self.audio is None or self.pos >= self.samples

    def _route(self, left: bytes, right: bytes) -> None:
        """Samples at `pos` onwards: mixed with the tail, held back, or encoded."""
        assert self.audio is not None
        while left and self.pos < self.samples:
            if self.pos < self.fade_samples and self.tail_in is not None:
                n = min(len(left) // _BYTES, self.fade_samples - self.pos)
                old = len(self.tail_in.left) // _BYTES
                start = self.pos
                if start < old:
                    m = min(n, old - start)
                    a, b = slice(start * _BYTES, (start + m) * _BYTES), slice(0, m * _BYTES)
                    self.audio.put(_mix(self.tail_in.left[a], left[b], start, self.fade_samples),
                                   _mix(self.tail_in.right[a], right[b], start,
                                        self.fade_samples))
                    n = m
                else:
                    self.audio.put(left[:n * _BYTES], right[:n * _BYTES])
            elif self.pos >= self.hold_from:
                n = min(len(left) // _BYTES, self.samples - self.pos)
                self.tail_out.left += left[:n * _BYTES]
                self.tail_out.right += right[:n * _BYTES]
            else:
                n = min(len(left) // _BYTES, self.hold_from - self.pos)
                if self.pos < self.fade_samples:  # no tail came in: nothing to mix with
                    n = min(n, self.fade_samples - self.pos)
                self.audio.put(left[:n * _BYTES], right[:n * _BYTES])
            self.pos += n
            left, right = left[n * _BYTES:], right[n * _BYTES:]

    def audio_begin(self, t: float | None) -> None:
        """The clip time of the first decoded sound: where the resampled run starts."""
        if self._audio_start is None:
            start_t = t if t is not None else self.span.in_s
            self._audio_start = round((start_t - self.span.in_s) * AUDIO_RATE)

    def audio_chunk(self, frame: Any) -> None:
        """Resampled planar stereo samples, following the previous ones without a gap."""
        samples = frame.samples
        if self._audio_start is None:
            self.audio_begin(None)
            assert self._audio_start is not None
        at = self._audio_start + self._audio_seen
        self._audio_seen += samples
        left = bytes(frame.planes[0])[:samples * _BYTES]
        right = bytes(frame.planes[1])[:samples * _BYTES]
        if at > self.pos:  # a gap before these samples: silence
            gap = min(at - self.pos, self.samples - self.pos)
            self._route(_silence(gap), _silence(gap))
        elif at < self.pos:  # before the in point (or overlapping): drop
            drop = min(self.pos - at, samples) * _BYTES
            left, right = left[drop:], right[drop:]
        self._route(left, right)

    def end_audio(self) -> None:
        if self.audio is not None and self.pos < self.samples:
            gap = self.samples - self.pos
            self._route(_silence(gap), _silence(gap))


def feed_clip(path: Path, feeder: ShotFeeder) -> None:
    """Decode the clip from (near) the in point until the shot has all it needs."""
    name = path.name
    try:
        container: Any
        with av.open(str(path)) as container:
            if not container.streams.video:
                raise ShotUnreadable(f"{name} has no video.")
            vstream = container.streams.video[0]
            vstream.thread_type = "AUTO"
            astream = container.streams.audio[0] if container.streams.audio else None
            origin = float(vstream.start_time * vstream.time_base) \
                if vstream.start_time is not None and vstream.time_base else 0.0
            if feeder.span.in_s > _SEEK_FROM_S:
                container.seek(int((feeder.span.in_s + origin) * 1_000_000), backward=True)
            resampler = av.AudioResampler(format="fltp", layout="stereo", rate=AUDIO_RATE)
            with_sound = astream is not None and feeder.audio is not None
            streams = [vstream, astream] if with_sound else [vstream]
            packet: Any
            for packet in container.demux(*streams):
                if packet.stream.type == "video":
                    for frame in packet.decode():
                        t = frame.time - origin if frame.time is not None else None
                        if t is None:
                            continue
                        feeder.video_frame(frame, t)
                else:
                    for frame in packet.decode():
                        feeder.audio_begin(frame.time - origin if frame.time is not None
                                           else None)
                        for out in resampler.resample(frame):
                            feeder.audio_chunk(out)
                if feeder.video_done and (feeder.audio_done or not with_sound):
                    break  # the rest of the clip is trimmed away
            if with_sound and not feeder.audio_done:
                for out in resampler.resample(None):
                    feeder.audio_chunk(out)
    except av.error.FFmpegError as exc:
        raise ShotUnreadable(f"{name} could not be decoded.") from exc
    except OSError as exc:
        raise ShotUnreadable(f"{name} could not be read: {exc.strerror or exc}.") from exc
    feeder.end_video(name)
    feeder.end_audio()
