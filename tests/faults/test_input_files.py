"""Issue 14 items 10-11: every unreadable input in its own sentence, damaged images refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.media_limits import MediaKind
from app.services.media import inputs
from app.services.media.probe import ProbeError, probe


def _why(path: Path) -> str:
    with pytest.raises(ProbeError) as caught:
        probe(path, MediaKind.IMAGE)
    return str(caught.value)


def test_a_truncated_jpeg_is_refused_a_whole_one_passes(in_jpeg: Path, tmp_path: Path) -> None:
    assert probe(in_jpeg).width == 320
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(in_jpeg.read_bytes()[: in_jpeg.stat().st_size // 2])
    assert "damaged or cut short" in _why(cut)


def test_a_truncated_png_is_refused(in_png: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.png"
    cut.write_bytes(in_png.read_bytes()[: in_png.stat().st_size // 2])
    assert "damaged or cut short" in _why(cut)


def test_missing_folder_fifo_and_loop_each_have_their_sentence(tmp_path: Path) -> None:
    assert "no such file" in _why(tmp_path / "gone.jpg")
    folder = tmp_path / "folder.jpg"
    folder.mkdir()
    assert "is a folder" in _why(folder)
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    assert "not a regular file" in _why(fifo)  # and returns: a FIFO is never opened
    loop = tmp_path / "loop.jpg"
    loop.symlink_to(loop)
    assert "loops back" in _why(loop)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_says_permission_denied(in_jpeg: Path) -> None:
    in_jpeg.chmod(0)
    try:
        assert "permission denied" in _why(in_jpeg)
    finally:
        in_jpeg.chmod(0o644)


def test_an_ftp_link_is_a_refused_link_not_a_missing_path() -> None:
    _, problems = inputs.preflight(MediaKind.IMAGE, ["ftp://example.com/a.jpg"])
    [problem] = problems
    assert "ftp:// links are not accepted" in str(problem)
    assert inputs.foreign_scheme("C:\\clips\\a.jpg") is None


def test_an_image_url_with_a_local_audio_is_valid(tmp_path: Path, in_wav: Path) -> None:
    from app.core.models import GenerationRequest
    from app.core.rules import check

    images, p1 = inputs.preflight(MediaKind.IMAGE, ["https://example.com/a.jpg"])
    audios, p2 = inputs.preflight(MediaKind.AUDIO, [str(in_wav)])
    assert p1 == p2 == []
    request = GenerationRequest(model="seedance-2.0-reference-to-video", prompt="a cat",
                                image_urls=[m.placeholder_url for m in images],
                                audio_urls=[m.placeholder_url for m in audios])
    assert check(request) == []
    assert inputs.check_inputs(images, [], audios) == []
