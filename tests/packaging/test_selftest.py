"""`--self-test` from a source checkout: it passes, and it keeps its hands off the user's data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_self_test_passes_offscreen_and_writes_nothing_in_the_home(studio_home: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = "from app.selftest import run_self_test; raise SystemExit(run_self_test())"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True,
                            text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    for check in ("playback", "window", "round trip"):
        assert f"ok   {check}" in result.stdout
    assert "self-test passed" in result.stdout
    assert list(studio_home.iterdir()) == []  # its own throwaway home, not SEEDANCE_STUDIO_HOME


def test_the_sample_clip_is_h264_and_aac(tmp_path: Path) -> None:
    import av

    from app.selftest import SAMPLE_SECONDS, SAMPLE_SIZE, write_sample

    path = write_sample(tmp_path / "s" / "sample.mp4")
    with av.open(str(path)) as container:
        video, audio = container.streams.video[0], container.streams.audio[0]
        assert video.codec_context.name == "h264" and audio.codec_context.name == "aac"
        assert (video.codec_context.width, video.codec_context.height) == SAMPLE_SIZE
        assert container.duration is not None
        assert abs(container.duration / 1_000_000 - SAMPLE_SECONDS) < 0.2
