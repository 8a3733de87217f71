"""`generate` lists each problem once, also when the rules and the local files agree on it."""

from __future__ import annotations

import wave
from pathlib import Path

from tests.cli.conftest import ThreadedSimulator, cli_env, run_cli


def test_audio_alone_from_a_local_file_is_listed_once(threaded_sim: ThreadedSimulator,
                                                      tmp_path: Path) -> None:
    audio = tmp_path / "voice.wav"
    with wave.open(str(audio), "wb") as out:  # 3 s of silence: within every audio limit
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(b"\0\0" * 48_000)
    result = run_cli("generate", "--model", "seedance-2.0-reference-to-video", "--prompt", "p",
                     "--audio", str(audio), env=cli_env(threaded_sim.base_url))
    assert result.returncode == 2
    assert result.stderr.count("cannot be used alone") == 1, result.stderr
    assert result.stderr.count("•") == 1
