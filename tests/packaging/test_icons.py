"""The app icon: one SVG source, a committed PNG set rendered from it, loaded into a QIcon."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.ui import app_icon as app_icon_module
from app.ui.app_icon import app_icon, icon_files

REPO = Path(__file__).resolve().parents[2]
SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
RENDER = REPO / "packaging" / "render-icons.py"


def test_the_committed_png_set_has_every_size_at_its_size() -> None:
    files = icon_files()
    assert list(files) == SIZES
    for size, path in files.items():
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size), path
        assert image.hasAlphaChannel(), path  # the tile has rounded, transparent corners
        assert image.pixelColor(0, 0).alpha() == 0, path


def test_app_icon_offers_every_rendered_size(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert [s.width() for s in icon.availableSizes()] == SIZES
    assert icon.pixmap(QSize(16, 16)).width() == 16


def test_a_missing_icon_folder_is_logged_not_fatal(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(app_icon_module, "_CANDIDATES", (tmp_path / "nowhere",))
    app_icon.cache_clear()
    try:
        assert app_icon().isNull()
        assert "no app icon found" in caplog.text
    finally:
        app_icon.cache_clear()


@pytest.mark.slow
def test_the_committed_pngs_are_what_the_svg_renders_to(tmp_path: Path) -> None:
    """Edit icons/seedance-studio.svg, then run packaging/render-icons.py: never one alone."""
    subprocess.run([sys.executable, str(RENDER), "--out", str(tmp_path)], check=True,
                   capture_output=True, timeout=120)
    for committed in icon_files().values():
        fresh = QImage(str(tmp_path / committed.name))
        assert fresh == QImage(str(committed)), f"{committed.name} is stale: re-render the icons"


@pytest.mark.slow
def test_render_all_writes_ico_and_icns(tmp_path: Path) -> None:
    pytest.importorskip("PIL", reason="the `package` extra (Pillow) writes .ico/.icns")
    subprocess.run([sys.executable, str(RENDER), "--out", str(tmp_path), "--all"], check=True,
                   capture_output=True, timeout=120)
    assert QImage(str(tmp_path / "seedance-studio-1024.png")).width() == 1024
    assert (tmp_path / "seedance-studio.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (tmp_path / "seedance-studio.icns").read_bytes()[:4] == b"icns"


def test_install_app_icon_sets_the_window_icon_and_desktop_file_name(qapp: QApplication) -> None:
    from app.ui.app_icon import DESKTOP_FILE_NAME, install_app_icon

    install_app_icon(qapp)
    assert not QApplication.windowIcon().isNull()
    assert QApplication.desktopFileName() == DESKTOP_FILE_NAME
    assert (REPO / "packaging" / "linux" / f"{DESKTOP_FILE_NAME}.desktop").is_file()
