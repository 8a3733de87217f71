"""Icons for the window's buttons: Material Design Icons (QtAwesome's font), else Qt's own.

One name per meaning, so a button says the same thing everywhere; the glyphs take the
palette's text colour, so they follow the light or dark theme (a theme change rebuilds the
window). The glyphs are drawn from the font file QtAwesome ships, without importing QtAwesome:
its import (qtpy, every Qt module it wraps) cost more than the rest of the window's first paint,
and the font itself is loaded only when the first icon paints.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle

log = logging.getLogger(__name__)

FONT_GLOB: Final = "materialdesignicons6-webfont-*.ttf"
GLYPH_SCALE: Final = 0.875  # of the icon's height, as QtAwesome draws it (room for bearings)
# meaning: (Material Design Icons 6 name, its code point, Qt standard pixmap without the font).
# The pixmaps by name: QStyle's Python type (all its enums) is built at its first use, ~15 ms
# that the window's first paint does not need.
GLYPHS: Final[dict[str, tuple[str, int, str]]] = {
    "play-circle": ("mdi6.play-circle-outline", 0xf040d, "SP_MediaPlay"),
    "grid": ("mdi6.view-grid-outline", 0xf11d9, "SP_FileDialogContentsView"),
    "list": ("mdi6.format-list-bulleted", 0xf0279, "SP_FileDialogListView"),
    "play": ("mdi6.play", 0xf040a, "SP_MediaPlay"),
    "pause": ("mdi6.pause", 0xf03e4, "SP_MediaPause"),
    "previous-frame": ("mdi6.step-backward", 0xf04d5, "SP_MediaSeekBackward"),
    "next-frame": ("mdi6.step-forward", 0xf04d7, "SP_MediaSeekForward"),
    "mute": ("mdi6.volume-off", 0xf0581, "SP_MediaVolumeMuted"),
    "loop": ("mdi6.repeat", 0xf0456, "SP_BrowserReload"),
    "fullscreen": ("mdi6.fullscreen", 0xf0293, "SP_TitleBarMaxButton"),
    "generate": ("mdi6.creation", 0xf0674, "SP_MediaPlay"),
    "add-image": ("mdi6.image-plus", 0xf087c, "SP_FileIcon"),
    "add-video": ("mdi6.video-plus", 0xf09b3, "SP_FileIcon"),
    "add-audio": ("mdi6.music-note-plus", 0xf0dde, "SP_FileIcon"),
    "swap": ("mdi6.swap-horizontal", 0xf04e1, "SP_BrowserReload"),
    "actions": ("mdi6.dots-horizontal", 0xf01d8, "SP_ToolBarHorizontalExtensionButton"),
    "favourite": ("mdi6.star-outline", 0xf04d2, "SP_DialogYesButton"),
    "folder": ("mdi6.folder-open-outline", 0xf0dcf, "SP_DirOpenIcon"),
    "reuse": ("mdi6.file-restore-outline", 0xf1038, "SP_FileDialogBack"),
    "keyboard": ("mdi6.keyboard-outline", 0xf097b, "SP_MessageBoxInformation"),
    # The queue's task actions and the viewer's clip actions.
    "copy": ("mdi6.content-copy", 0xf018f, "SP_FileIcon"),
    "remove": ("mdi6.playlist-remove", 0xf0413, "SP_DialogDiscardButton"),
    "stop-tracking": ("mdi6.eye-off-outline", 0xf06d1, "SP_BrowserStop"),
    "track": ("mdi6.eye-outline", 0xf06d0, "SP_BrowserReload"),
    "retry": ("mdi6.refresh", 0xf0450, "SP_BrowserReload"),
    "find": ("mdi6.magnify", 0xf0349, "SP_FileDialogContentsView"),
    "resend": ("mdi6.send-outline", 0xf1165, "SP_ArrowForward"),
    "details": ("mdi6.clipboard-text-outline", 0xf0a38, "SP_FileDialogDetailedView"),
    "rename": ("mdi6.rename-outline", 0xf1c1a, "SP_FileIcon"),
    "trash": ("mdi6.trash-can-outline", 0xf0a7a, "SP_TrashIcon"),
    "compare": ("mdi6.compare-horizontal", 0xf1492, "SP_FileDialogListView"),
    "next-shot": ("mdi6.page-next-outline", 0xf0bb1, "SP_ArrowForward"),
}

_family: str | None = None  # the loaded font's family; "" when it could not be loaded


def _font_family() -> str:
    """Load the icon font once (the first icon painted); "" when it is not installed."""
    global _family
    if _family is None:
        _family = ""
        spec = importlib.util.find_spec("qtawesome")  # finds the package, does not import it
        folders = list(spec.submodule_search_locations or ()) if spec is not None else []
        fonts = sorted(p for folder in folders for p in (Path(folder) / "fonts").glob(FONT_GLOB))
        if fonts:
            families = QFontDatabase.applicationFontFamilies(
                QFontDatabase.addApplicationFont(str(fonts[-1])))
            _family = families[0] if families else ""
        if not _family:
            log.info("icon font unavailable; using Qt's standard icons")
    return _family


def available() -> bool:
    """Whether the glyphs can be drawn (the font is installed and loads)."""
    return bool(_font_family())


class GlyphEngine(QIconEngine):
    """One glyph of the icon font in the palette's button-text colour (dimmed when disabled);
    Qt's standard icon when the font cannot be loaded."""

    def __init__(self, char: str, color: QColor, disabled: QColor,
                 fallback: str) -> None:
        super().__init__()
        self._char, self._color, self._disabled, self._fallback = char, color, disabled, fallback

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        family = _font_family()
        if not family:
            QApplication.style().standardIcon(_standard(self._fallback)).paint(
                painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)
            return
        painter.save()
        painter.setPen(self._disabled if mode == QIcon.Mode.Disabled else self._color)
        font = QFont(family)
        font.setPixelSize(max(1, round(GLYPH_SCALE * rect.height())))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        """Drawn at the screen's pixel density (sharp on a 2× screen), not scaled up."""
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self._char, self._color, self._disabled, self._fallback)


def _standard(name: str) -> QStyle.StandardPixmap:
    from PySide6.QtWidgets import QStyle

    return getattr(QStyle.StandardPixmap, name)  # type: ignore[no-any-return]


def icon(meaning: str) -> QIcon:
    """The icon for `meaning` (a key of GLYPHS); an empty icon when no application runs."""
    _name, code_point, fallback = GLYPHS[meaning]
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return QIcon()
    if _family == "":  # known missing: Qt's own, as before
        return app.style().standardIcon(_standard(fallback))
    palette = app.palette()
    return QIcon(GlyphEngine(
        chr(code_point), palette.color(QPalette.ColorRole.ButtonText),
        palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText), fallback))
