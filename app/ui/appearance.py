"""Apply the theme and interface-language settings to the running application."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.services.home.i18n import install_translators, remove_translators

log = logging.getLogger(__name__)

_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def apply_theme(app: QApplication, theme: str) -> None:
    """"system" follows the desktop; "light"/"dark" ask Qt, with a Fusion palette where the
    platform cannot switch by itself (X11 without a desktop theme, offscreen)."""
    hints = QGuiApplication.styleHints()
    if theme not in _SCHEMES:
        hints.unsetColorScheme()
        app.setPalette(QPalette())
        return
    wanted = _SCHEMES[theme]
    hints.setColorScheme(wanted)
    if hints.colorScheme() == wanted and _palette_is_dark(app.palette()) == (theme == "dark"):
        return
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if theme == "dark" else app.style().standardPalette())


def _palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor(30, 30, 30), QColor(45, 45, 48), QColor(230, 230, 230)
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.ToolTipBase: window, QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Text: text, QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text, QPalette.ColorRole.BrightText: QColor("red"),
        QPalette.ColorRole.Link: QColor(100, 170, 255), QPalette.ColorRole.Highlight:
            QColor(42, 130, 218), QPalette.ColorRole.HighlightedText: QColor("black"),
        QPalette.ColorRole.PlaceholderText: QColor(150, 150, 150),
        # The bevel roles too: style sheets draw borders, hovers and disabled text with them
        # (app/ui/composer/segmented.py), and Qt's defaults are for a light window.
        QPalette.ColorRole.Light: QColor(90, 90, 94),
        QPalette.ColorRole.Midlight: QColor(68, 68, 72),
        QPalette.ColorRole.Mid: QColor(105, 105, 110),
        QPalette.ColorRole.Dark: QColor(24, 24, 26), QPalette.ColorRole.Shadow: QColor(0, 0, 0),
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(127, 127, 127))
    return palette


def apply_language(app: QApplication, language: str) -> list[QTranslator]:
    """Install translators before any widget is built; keep the returned list alive."""
    return install_translators(app, language)


def switch_language(app: QApplication, language: str,
                    installed: list[QTranslator]) -> list[QTranslator]:
    """Replace `installed` (the previous language's translators) by those of `language`;
    widgets built afterwards speak it (the studio rebuilds its window for that)."""
    remove_translators(app, installed)
    return install_translators(app, language)
