"""`seedance-studio sequence show|export`, run as a user runs it (a subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import av
import pytest

from app.core.models import GenerationRequest
from app.core.sequence import Continuity, LinkKind, Sequence, Shot
from app.services.sequences.film_export import sidecar_for
from app.services.sequences.sequence_files import save_sequence
from app.services.sequences.sequence_project import clean_up_at_start
from tests.sequence.conftest import kill_while_writing
from tests.sequence.media import shot_of

ROOT = Path(__file__).resolve().parents[2]
REQ = GenerationRequest(model="seedance-2.0-text-to-video", prompt="a lighthouse")


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", "sequence", *args], env=env, text=True,
                          capture_output=True, timeout=timeout, cwd=ROOT)


@pytest.fixture
def saved(clips: dict[str, Path], tmp_path: Path) -> Path:
    first = shot_of(clips["wide"], request=REQ)
    seq = Sequence(name="harbour", quality="480p", shots=(
        first, shot_of(clips["wide25"], trim_in_s=0.5),
        Shot(request=REQ, link=Continuity(kind=LinkKind.CONTINUE))))
    return save_sequence(seq, tmp_path / "harbour.sequence.json")


def test_show_lists_the_shots_and_what_is_missing(saved: Path) -> None:
    done = cli("show", str(saved))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("harbour: 3 shots")
    assert "wide.mp4" in lines[1] and "0.48–2.00 s" in lines[2]  # on the 25 fps grid
    assert "draft: a lighthouse" in lines[3] and "continuing the previous shot" in lines[3]
    assert lines[4] == "Missing: shot 3, not generated yet"
    as_json = json.loads(cli("show", str(saved), "--json").stdout)
    assert [g["index"] for g in as_json["missing"]] == [2]


def test_export_refuses_a_sequence_with_drafts_in_one_line(saved: Path, tmp_path: Path) -> None:
    done = cli("export", str(saved), "--out", str(tmp_path / "film.mp4"))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "Some shots are not generated yet; generate them first."]
    assert "Traceback" not in done.stderr and not (tmp_path / "film.mp4").exists()


def test_export_writes_the_film_and_says_its_path_last(clips: dict[str, Path],
                                                       tmp_path: Path) -> None:
    seq = Sequence(name="two", quality="480p", shots=(
        shot_of(clips["wide"]), shot_of(clips["tall"], trim_out_s=0.5)))
    spec = save_sequence(seq, tmp_path / "two.sequence.json")
    out = tmp_path / "films" / "two.mp4"
    out.parent.mkdir()
    done = cli("export", str(spec), "--out", str(out), "--preset", "vertical-crop")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == str(out)
    assert "100%" in done.stderr
    with av.open(str(out)) as c:
        v = c.streams.video[0]
        assert float(v.duration * v.time_base) == pytest.approx(2.0, abs=1 / 24)
        assert (v.codec_context.width, v.codec_context.height) == (496, 864)
    assert sidecar_for(out).is_file()


def test_a_killed_cli_export_leaves_nothing_after_the_next_start(
        long_sequence: Sequence, tmp_path: Path) -> None:
    spec = save_sequence(long_sequence, tmp_path / "long.sequence.json")
    out = tmp_path / "out"
    out.mkdir()
    kill_while_writing(subprocess.Popen(
        [sys.executable, "-m", "app", "sequence", "export", str(spec),
         "--out", str(out / "film.mp4")], cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), out)
    assert not (out / "film.mp4").exists()
    clean_up_at_start()  # what a session does when it starts
    assert list(out.iterdir()) == []
