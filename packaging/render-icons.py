#!/usr/bin/env python3
"""Render icons/seedance-studio.svg to every size the platforms need.

Usage (from anywhere; QT_QPA_PLATFORM=offscreen is set for you):
    .venv/bin/python packaging/render-icons.py                   # icons/png/ (the committed set)
    .venv/bin/python packaging/render-icons.py --out DIR --all   # + 1024 PNG, .ico and .icns

The committed set (icons/png/seedance-studio-<N>.png, N = 16…512) is what the app's window,
taskbar and tray icon and the Linux desktop entry use. `--all` adds what only the Windows and
macOS builds need: seedance-studio-1024.png, seedance-studio.ico (16–256) and
seedance-studio.icns (16–1024), written with Pillow (the `package` extra).
Qt draws the SVG (QSvgRenderer, from PySide6-Essentials); nothing else is needed for the PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "icons" / "seedance-studio.svg"
COMMITTED = REPO / "icons" / "png"
STEM = "seedance-studio"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_pngs(out: Path, sizes: tuple[int, ...]) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        sys.exit(f"render-icons: cannot read {SOURCE}")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = out / f"{STEM}-{size}.png"
        if not image.save(str(path), "PNG"):
            sys.exit(f"render-icons: cannot write {path}")
        written.append(path)
    return written


def write_ico_icns(out: Path) -> list[Path]:
    try:
        from PIL import Image
    except ImportError:
        sys.exit("render-icons: .ico/.icns need Pillow: pip install -e '.[package]'")
    big = Image.open(out / f"{STEM}-1024.png").convert("RGBA")
    ico, icns = out / f"{STEM}.ico", out / f"{STEM}.icns"
    # Pillow resamples each entry from the largest image; our own 16/32 renders are crisper,
    # so they are handed over as the exact-size frames.
    frames = [Image.open(out / f"{STEM}-{s}.png").convert("RGBA") for s in ICO_SIZES]
    frames[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                    append_images=frames[:-1])
    big.save(icns, format="ICNS",
             append_images=[Image.open(out / f"{STEM}-{s}.png").convert("RGBA")
                            for s in ICNS_SIZES[:-1]])
    return [ico, icns]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=COMMITTED,
                        help=f"where to write (default: {COMMITTED.relative_to(REPO)})")
    parser.add_argument("--all", action="store_true",
                        help="also render 1024 px, .ico and .icns (needs Pillow)")
    args = parser.parse_args()
    if args.all:
        written = render_pngs(args.out, (*PNG_SIZES, 1024)) + write_ico_icns(args.out)
    else:
        written = render_pngs(args.out, PNG_SIZES)
    for path in written:
        print(f"{path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
