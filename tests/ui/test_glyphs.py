"""The buttons' glyphs: each code point is the one its Material Design name has in the font
QtAwesome ships, and each draws something."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from app.ui import icons


def _charmap() -> dict[str, str]:
    spec = importlib.util.find_spec("qtawesome")
    assert spec is not None and spec.submodule_search_locations
    folder = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    found = sorted(folder.glob("materialdesignicons6-webfont-charmap-*.json"))
    assert found, folder
    charmap: dict[str, str] = json.loads(found[-1].read_text(encoding="utf-8"))
    return charmap


def test_every_code_point_is_its_names_in_the_font() -> None:
    charmap = _charmap()
    for meaning, (name, code_point, _fallback) in icons.GLYPHS.items():
        assert name.startswith("mdi6."), meaning
        assert int(charmap[name.removeprefix("mdi6.")], 16) == code_point, meaning


def test_every_glyph_draws_something(qapp: QApplication) -> None:
    assert icons.available()
    for meaning in icons.GLYPHS:
        image = icons.icon(meaning).pixmap(QSize(24, 24)).toImage()
        assert any(image.pixelColor(x, y).alpha() for x in range(24) for y in range(24)), \
            meaning
