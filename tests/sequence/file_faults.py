"""Every way a sequence file or a shot's clip is refused, each provoked for real: one Message
per SequenceFileError id (tests/sequence/test_file_faults.py and the core-messages test)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import av

from app.core.messages import Message
from app.core.sequence import Sequence
from app.services.sequences.sequence_files import (
    SequenceFileError,
    clip_ref,
    load_sequence,
    save_sequence,
)


def _raw_h264(path: Path) -> Path:
    """A bare H.264 stream: a video, but no container to say how long it is."""
    with av.open(str(path), "w", format="h264") as out:
        stream = out.add_stream("libx264", rate=24)
        stream.width = stream.height = 64
        stream.pix_fmt = "yuv420p"
        for _ in range(3):
            out.mux(stream.encode(av.VideoFrame(64, 64, "yuv420p")))
        out.mux(stream.encode())
    return path


def _wav(path: Path) -> Path:
    with av.open(str(path), "w") as out:
        stream = out.add_stream("pcm_s16le", rate=8000)
        frame = av.AudioFrame(format="s16", layout="mono", samples=800)
        frame.sample_rate = 8000
        for plane in frame.planes:
            plane.update(bytes(plane.buffer_size))
        out.mux(stream.encode(frame))
        out.mux(stream.encode())
    return path


def _refused(call: Callable[[], object]) -> Message:
    try:
        call()
    except SequenceFileError as exc:
        return exc.message
    raise AssertionError("not refused")


def every(folder: Path) -> list[Message]:
    folder.mkdir(parents=True, exist_ok=True)
    a_folder = folder / "taken.sequence.json"
    a_folder.mkdir()  # a folder where the file should go: os.replace refuses it
    (folder / "foreign.sequence.json").write_text("not json")
    (folder / "newer.sequence.json").write_text('{"schema_version": 99, "shots": []}')
    (folder / "damaged.sequence.json").write_text(
        '{"schema_version": 1, "shots": [{"trim_in_s": -1}]}')
    (folder / "notes.mp4").write_text("not a video")
    return [_refused(lambda: save_sequence(Sequence(), a_folder)),
            _refused(lambda: load_sequence(folder / "absent.sequence.json")),
            _refused(lambda: load_sequence(folder / "foreign.sequence.json")),
            _refused(lambda: load_sequence(folder / "newer.sequence.json")),
            _refused(lambda: load_sequence(folder / "damaged.sequence.json")),
            _refused(lambda: clip_ref(_wav(folder / "voice.wav"))),
            _refused(lambda: clip_ref(folder / "notes.mp4")),
            _refused(lambda: clip_ref(_raw_h264(folder / "bare.h264")))]
