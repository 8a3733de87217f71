"""The desktop entry and AppStream metainfo: valid for their tools, and consistent."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
APP_ID = "io.github.seedance_studio.SeedanceStudio"
DESKTOP = REPO / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO = REPO / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"


def _tool(name: str) -> str:
    """The validator's path; skipped when missing, except in CI, where it must be installed."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is not installed (packaging/setup-debian.sh installs it)")
        pytest.skip(f"{name} is not installed")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)


def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = _run(_tool("desktop-file-validate"), str(DESKTOP))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = _run(_tool("appstreamcli"), "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def _desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_names_the_app_id_icon_and_binary() -> None:
    entry = _desktop()
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "seedance-studio"
    # install.sh rewrites these two to the installed binary's full path
    assert entry["TryExec"] == "seedance-studio"


def test_metainfo_matches_the_desktop_entry_and_the_project() -> None:
    import tomllib

    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "seedance-studio"
    version = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    releases = [r.get("version") for r in root.iterfind("releases/release")]
    assert version in releases, f"pyproject's {version} has no <release> in {METAINFO.name}"


def test_every_screenshot_in_the_metainfo_is_in_the_repository() -> None:
    images = [i.text or "" for i in ET.parse(METAINFO).getroot().iterfind("screenshots/*/image")]
    assert images
    for url in images:
        relative = url.split("/main/", 1)[1]
        assert (REPO / relative).is_file(), f"{url} points at {relative}, which is missing"
