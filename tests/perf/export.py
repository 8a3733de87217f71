"""Film export speed beside Debian's ffmpeg: `python -m tests.perf.export [--clips DIR]`.

Six simulator clips of 10 s at 720p (rendered once into --clips) make a 60 s sequence; the
export engine and ffmpeg's concat filter each encode it with the same settings (libx264
veryfast, CRF 20, AAC 160 kb/s 48 kHz stereo, 24 fps). Each runs in its own process, so the
peak RSS is its own (wait4). A 30 s half of the sequence shows whether memory grows with the
film. Not part of the pytest run; figures go in the README, never in assertions.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core.film_plan import AUDIO_RATE, PRESETS, target_size
from app.core.sequence import Sequence, Shot
from app.services.sequences.film_export import AUDIO_BIT_RATE, X264_OPTIONS
from app.services.sequences.sequence_files import clip_ref

ROOT = Path(__file__).resolve().parents[2]
SHOTS = 6
SECONDS = 10

CHILD = """
import sys, time
from pathlib import Path
from app.core.sequence import Sequence
from app.services.sequences.film_export import export_film_sync
seq = Sequence.model_validate_json(Path(sys.argv[1]).read_text())
start = time.perf_counter()
export_film_sync(seq, Path(sys.argv[2]))
print(time.perf_counter() - start)
"""


def ensure_ffmpeg() -> str:
    found = shutil.which("ffmpeg")
    if found:
        return found
    print("installing Debian's ffmpeg (apt-get) …", file=sys.stderr)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, stdout=sys.stderr)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "ffmpeg"],
                   check=True, env=env, stdout=sys.stderr)
    found = shutil.which("ffmpeg")
    if not found:
        raise SystemExit("ffmpeg could not be installed")
    return found


def make_clips(folder: Path) -> list[Path]:
    from app.simulator.clips import ClipSpec, render_clip
    from app.simulator.painting import ensure_gui_app

    ensure_gui_app()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(SHOTS):
        spec = ClipSpec(1280, 720, SECONDS, True, f"benchmark shot {i + 1}: a harbour at dusk")
        path = folder / spec.file_name
        if not path.exists():
            print(f"rendering {path.name} …", file=sys.stderr)
            render_clip(path, spec)
        paths.append(path)
    return paths


def run_measured(cmd: list[str]) -> tuple[float, float, str]:
    """Wall seconds, the child's own peak RSS in MiB (wait4, before Popen reaps it), stdout."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    out = proc.stdout.read() if proc.stdout else b""
    err = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{cmd[0]} failed:\n{err.decode(errors='replace')[-2000:]}")
    return wall, usage.ru_maxrss / 1024, out.decode()


def ours(seq: Sequence, work: Path, name: str) -> tuple[float, float, float]:
    spec = work / f"{name}.json"
    spec.write_text(seq.model_dump_json())
    wall, rss, out = run_measured([sys.executable, "-c", CHILD, str(spec),
                                   str(work / f"{name}.mp4")])
    return float(out.strip().splitlines()[-1]), wall, rss


def ffmpeg(binary: str, clips: list[Path], size: tuple[int, int], out: Path) -> tuple[float,
                                                                                     float]:
    w, h = size
    inputs: list[str] = []
    chains = []
    for i, clip in enumerate(clips):
        inputs += ["-i", str(clip)]
        chains.append(f"[{i}:v]scale={w}:{h}:force_original_aspect_ratio=decrease,setsar=1,"
                      f"pad={w}:{h}:(ow-iw)/2:(oh-ih)/2,fps=24,format=yuv420p[v{i}];"
                      f"[{i}:a]aresample={AUDIO_RATE},aformat=sample_fmts=fltp:"
                      f"channel_layouts=stereo[a{i}]")
    joined = "".join(f"[v{i}][a{i}]" for i in range(len(clips)))
    graph = ";".join(chains) + f";{joined}concat=n={len(clips)}:v=1:a=1[v][a]"
    cmd = [binary, "-v", "error", "-y", *inputs, "-filter_complex", graph,
           "-map", "[v]", "-map", "[a]", "-c:v", "libx264", "-preset", X264_OPTIONS["preset"],
           "-crf", X264_OPTIONS["crf"], "-pix_fmt", "yuv420p", "-c:a", "aac",
           "-b:a", str(AUDIO_BIT_RATE), "-movflags", "+faststart", str(out)]
    wall, rss, _ = run_measured(cmd)
    return wall, rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=Path,
                        default=Path(tempfile.gettempdir()) / "seedance-export-bench")
    args = parser.parse_args()
    binary = ensure_ffmpeg()
    clips = make_clips(args.clips)
    shots = tuple(Shot(clip=clip_ref(p)) for p in clips)
    full = Sequence(name="bench", quality="720p", aspect_ratio="16:9", shots=shots)
    half = full.model_copy(update={"shots": shots[: SHOTS // 2]})
    size = target_size(PRESETS["sequence"], full)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        ff_wall, ff_rss = ffmpeg(binary, clips, size, work / "ffmpeg.mp4")
        our_s, our_wall, our_rss = ours(full, work, "full")
        _, _, half_rss = ours(half, work, "half")
    film = full.duration_s
    print(f"film export, {SHOTS} shots, {film:.0f} s at {size[0]}×{size[1]}, 24 fps, "
          f"{os.cpu_count()} CPUs")
    print(f"{'':24}{'film s / wall s':>16}{'wall s':>9}{'peak RSS MiB':>14}")
    print(f"{'Seedance Studio (PyAV)':24}{film / our_s:16.2f}{our_s:9.1f}{our_rss:14.0f}"
          f"   (process incl. start-up: {our_wall:.1f} s)")
    print(f"{'ffmpeg concat filter':24}{film / ff_wall:16.2f}{ff_wall:9.1f}{ff_rss:14.0f}")
    print(f"speed against ffmpeg: {ff_wall / our_s:.2f}×; peak RSS for the 30 s half: "
          f"{half_rss:.0f} MiB, for the 60 s film: {our_rss:.0f} MiB")


if __name__ == "__main__":
    main()
