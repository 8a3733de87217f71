"""`seedance-studio sequence show|export FILE`: a sequence file read and exported headless."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli import EXIT_INVALID, EXIT_OK, CliError, _err
from app.core.film_plan import PRESETS
from app.core.sequence import LinkKind, Missing, Sequence, Shot

LINKS = {LinkKind.LAST_FRAME: "from the previous shot's last frame",
         LinkKind.CHOSEN_FRAME: "from a chosen frame of the previous shot",
         LinkKind.CONTINUE: "continuing the previous shot"}
PROGRESS_STEP = 0.05  # a line on stderr per 5 % (a log, not a terminal animation)


def add_parsers(sub: Any) -> None:
    s = sub.add_parser("sequence", help="show or export a sequence file (shots joined as one "
                       "film)")
    actions = s.add_subparsers(dest="sequence_command", required=True, metavar="ACTION")
    show = actions.add_parser("show", help="the shots of a sequence and what is missing")
    show.add_argument("file", type=Path)
    show.add_argument("--json", action="store_true")
    export = actions.add_parser("export", help="export the sequence as one MP4 (or preview)")
    export.add_argument("file", type=Path)
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--preset", default="sequence", choices=list(PRESETS),
                        help="; ".join(f"{p.name}: {p.label}" for p in PRESETS.values()))
    export.add_argument("--crossfade", type=float, default=0.0, metavar="SECONDS",
                        help="short crossfades between shots (0: cuts)")


def run(args: argparse.Namespace) -> int:
    sequence = _load(args.file)
    if args.sequence_command == "show":
        return show(sequence, as_json=args.json)
    return export(sequence, args.out, args.preset, args.crossfade)


def _load(path: Path) -> Sequence:
    from app.services.sequences.sequence_files import SequenceFileError, load_sequence, relink

    try:
        sequence = load_sequence(path)
    except SequenceFileError as exc:
        raise CliError(str(exc), EXIT_INVALID) from None
    moved = [s for s in sequence.clips() if s.clip and not Path(s.clip.path).is_file()]
    if moved:
        sequence, lost = relink(sequence, _library_clips())
        for i in lost:
            clip = sequence.shots[i].clip
            _err(f"Shot {i + 1}: {Path(clip.path).name if clip else '?'} was not found.")
    return sequence


def _library_clips() -> list[Path]:
    """The library's clips, where a moved or renamed clip is looked for (none without one)."""
    from app.services.home import paths

    db = paths.store_path()
    if not db.is_file():
        return []
    from app.services.clips.library import ClipLibrary
    from app.services.sequences.sequence_frames import library_clip_paths

    library = ClipLibrary(db)
    try:
        return list(library_clip_paths(library))
    finally:
        library.close()


def _describe(index: int, shot: Shot) -> str:
    what = (Path(shot.clip.path).name if shot.clip is not None
            else "draft: " + (shot.request.prompt if shot.request else ""))
    parts = [f"{index + 1}. {what}"]
    if shot.clip is not None:
        parts.append(f"{shot.in_s:.2f}–{shot.out_s:.2f} s ({shot.trimmed_s:.2f} s)")
    if shot.link is not None and index > 0:
        parts.append(LINKS[shot.link.kind])
    return "  ".join(parts)


def show(sequence: Sequence, *, as_json: bool = False) -> int:
    gaps = sequence.missing()
    changed = sequence.changed_links()
    if as_json:
        print(json.dumps({
            "name": sequence.name, "duration_s": round(sequence.duration_s, 3),
            "shots": [s.model_dump(mode="json") for s in sequence.shots],
            "missing": [g.model_dump(mode="json") for g in gaps],
            "changed_links": changed}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{sequence.name}: {len(sequence.shots)} shots, {sequence.duration_s:.2f} s "
          f"({sequence.quality}, {sequence.aspect_ratio})")
    for i, shot in enumerate(sequence.shots):
        print("  " + _describe(i, shot))
    for gap in gaps:
        why = ("not generated yet" if gap.why is Missing.DRAFT
               else "waits for the shot before it")
        print(f"Missing: shot {gap.index + 1}, {why}")
    for i in changed:
        print(f"Changed: shot {i + 1} was made from a clip that is no longer the one before it")
    if not gaps:
        print("Nothing missing: ready to export.")
    return EXIT_OK


def export(sequence: Sequence, out: Path, preset_name: str, crossfade_s: float) -> int:
    from app.services.sequences.film_check import ExportError
    from app.services.sequences.film_export import ExportProgress, export_film_sync

    said = -1.0

    def progress(p: ExportProgress) -> None:
        nonlocal said
        if p.fraction - said < PROGRESS_STEP and p.fraction < 1:
            return
        said = p.fraction
        left = f", about {p.eta_s:.0f} s left" if p.eta_s is not None and p.fraction < 1 else ""
        print(f"{p.fraction:4.0%}  shot {p.shot + 1}{left}", file=sys.stderr, flush=True)

    try:
        film = export_film_sync(sequence, out.expanduser().absolute(), PRESETS[preset_name],
                                crossfade_s=max(0.0, crossfade_s), progress=progress)
    except ExportError as exc:
        raise CliError(str(exc), EXIT_INVALID) from None
    _err(f"{film.frames} frames, {film.width}×{film.height}, {film.duration_s:.2f} s"
         + (f"; shots listed in {film.sidecar.name}" if film.sidecar else ""))
    print(film.path, flush=True)
    return EXIT_OK
