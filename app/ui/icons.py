"""Icons for the window's buttons: Material Design Icons (QtAwesome), else Qt's standard ones.

One name per meaning, so a button says the same thing everywhere; the glyphs take the
palette's text colour, so they follow the light or dark theme (a theme change rebuilds the
window).
"""

from __future__ import annotations

import logging
from typing import Final

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

log = logging.getLogger(__name__)

SP = QStyle.StandardPixmap
# meaning: (Material Design Icons 6 name, Qt standard pixmap when QtAwesome is missing)
GLYPHS: Final[dict[str, tuple[str, QStyle.StandardPixmap]]] = {
    "play-circle": ("mdi6.play-circle-outline", SP.SP_MediaPlay),
    "grid": ("mdi6.view-grid-outline", SP.SP_FileDialogContentsView),
    "list": ("mdi6.format-list-bulleted", SP.SP_FileDialogListView),
    "play": ("mdi6.play", SP.SP_MediaPlay),
    "pause": ("mdi6.pause", SP.SP_MediaPause),
    "previous-frame": ("mdi6.step-backward", SP.SP_MediaSeekBackward),
    "next-frame": ("mdi6.step-forward", SP.SP_MediaSeekForward),
    "mute": ("mdi6.volume-off", SP.SP_MediaVolumeMuted),
    "loop": ("mdi6.repeat", SP.SP_BrowserReload),
    "fullscreen": ("mdi6.fullscreen", SP.SP_TitleBarMaxButton),
    "generate": ("mdi6.creation", SP.SP_MediaPlay),
    "add-image": ("mdi6.image-plus", SP.SP_FileIcon),
    "add-video": ("mdi6.video-plus", SP.SP_FileIcon),
    "add-audio": ("mdi6.music-note-plus", SP.SP_FileIcon),
    "swap": ("mdi6.swap-horizontal", SP.SP_BrowserReload),
    "actions": ("mdi6.dots-horizontal", SP.SP_ToolBarHorizontalExtensionButton),
    "favourite": ("mdi6.star-outline", SP.SP_DialogYesButton),
    "folder": ("mdi6.folder-open-outline", SP.SP_DirOpenIcon),
    "reuse": ("mdi6.file-restore-outline", SP.SP_FileDialogBack),
    "keyboard": ("mdi6.keyboard-outline", SP.SP_MessageBoxInformation),
    # The queue's task actions and the viewer's clip actions.
    "copy": ("mdi6.content-copy", SP.SP_FileIcon),
    "remove": ("mdi6.playlist-remove", SP.SP_DialogDiscardButton),
    "stop-tracking": ("mdi6.eye-off-outline", SP.SP_BrowserStop),
    "track": ("mdi6.eye-outline", SP.SP_BrowserReload),
    "retry": ("mdi6.refresh", SP.SP_BrowserReload),
    "find": ("mdi6.magnify", SP.SP_FileDialogContentsView),
    "resend": ("mdi6.send-outline", SP.SP_ArrowForward),
    "details": ("mdi6.clipboard-text-outline", SP.SP_FileDialogDetailedView),
    "rename": ("mdi6.rename-outline", SP.SP_FileIcon),
    "trash": ("mdi6.trash-can-outline", SP.SP_TrashIcon),
    "compare": ("mdi6.compare-horizontal", SP.SP_FileDialogListView),
    "next-shot": ("mdi6.page-next-outline", SP.SP_ArrowForward),
}

_qta_failed = False


def icon(meaning: str) -> QIcon:
    """The icon for `meaning` (a key of GLYPHS); an empty icon when no application runs."""
    global _qta_failed
    name, fallback = GLYPHS[meaning]
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return QIcon()
    if not _qta_failed:
        try:
            import qtawesome

            palette = app.palette()
            made: QIcon = qtawesome.icon(
                name, color=palette.color(QPalette.ColorRole.ButtonText),
                color_disabled=palette.color(QPalette.ColorGroup.Disabled,
                                             QPalette.ColorRole.ButtonText))
            return made
        except Exception as exc:  # not installed, or its fonts unreadable: Qt's own icons
            log.info("icon set unavailable (%s); using Qt's standard icons", exc)
            _qta_failed = True
    return app.style().standardIcon(fallback)
