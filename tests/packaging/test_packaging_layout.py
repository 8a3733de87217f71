"""packaging/ holds scripts run by path: it must never shadow the `packaging` library."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_packaging_folder_is_not_an_importable_package() -> None:
    assert not (REPO / "packaging" / "__init__.py").exists()


def test_import_packaging_from_the_repo_root_finds_the_library() -> None:
    code = "import packaging, sys; sys.stdout.write(packaging.__file__ or 'namespace')"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert "site-packages" in out, out


def _spec_regex(name: str) -> re.Pattern[str]:
    """A module-level `NAME = re.compile(...)` of the spec, evaluated on its own."""
    spec = (REPO / "packaging" / "seedance-studio.spec").read_text("utf-8")
    start = spec.index(f"{name} = re.compile(") + len(f"{name} = ")
    end = spec.index("\n)\n", start) + 2
    pattern = eval(spec[start:end], {"re": re})  # the spec's own literal, nothing else
    assert isinstance(pattern, re.Pattern)
    return pattern


def test_the_spec_and_the_build_script_agree_on_names() -> None:
    spec = (REPO / "packaging" / "seedance-studio.spec").read_text("utf-8")
    build = (REPO / "packaging" / "build-linux.sh").read_text("utf-8")
    assert 'NAME = "seedance-studio"' in spec
    assert "name=seedance-studio" in build
    assert "build/bundle-extra" in spec and "build/bundle-extra" in build


def test_the_spec_drops_the_gtk_theme_but_never_what_the_app_needs() -> None:
    drop = _spec_regex("DROP_PLUGINS")
    qt = "PySide6/Qt/"
    for needed in ("plugins/multimedia/libffmpegmediaplugin.so", "plugins/platforms/libqxcb.so",
                   "plugins/platforms/libqwayland.so", "plugins/platforms/libqoffscreen.so",
                   "plugins/imageformats/libqjpeg.so", "plugins/imageformats/libqsvg.so",
                   "plugins/iconengines/libqsvgicon.so", "lib/libQt6Multimedia.so.6",
                   "translations/qtbase_zh_CN.qm"):
        assert not drop.search(qt + needed), needed
    for unused in ("plugins/platformthemes/libqgtk3.so", "plugins/platforms/libqvnc.so",
                   "translations/qtbase_de.qm",
                   "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so"):
        assert drop.search(qt + unused), unused
    orphans = _spec_regex("ORPHAN_CANDIDATES")
    assert orphans.match("libgtk-3.so.0")
    for needed in ("libQt6Gui.so.6", "libssl.so.3", "libpulse.so.0", "libxkbcommon.so.0"):
        assert not orphans.match(needed), needed
