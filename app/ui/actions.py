"""One registry of the window's actions: text, shortcut and menu, declared once as data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from app.ui.icons import icon
from app.ui.noop import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ActionSpec:
    id: str
    menu: str
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    checkable: bool = False
    glyph: str | None = None  # a key of app.ui.icons.GLYPHS


def _t(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


# Menus in order; the texts are marked for lupdate here and translated when the actions are
# built (the untranslated text stays the key).
MENUS: tuple[str, ...] = (QT_TRANSLATE_NOOP("Actions", "&File"),
                          QT_TRANSLATE_NOOP("Actions", "&View"),
                          QT_TRANSLATE_NOOP("Actions", "&Account"),
                          QT_TRANSLATE_NOOP("Actions", "&Help"))
SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("reuse_clip", "&File", QT_TRANSLATE_NOOP("Actions", "&Reuse settings of a clip…"),
               QKeySequence.StandardKey.Open,
               QT_TRANSLATE_NOOP("Actions", "Fill the composer with the settings a clip was made "
                                 "with (the clip, or its .json); dropping it on the composer "
                                 "does the same")),
    ActionSpec("open_clips", "&File", QT_TRANSLATE_NOOP("Actions", "Open &clips folder"),
               "Ctrl+Shift+O",
               QT_TRANSLATE_NOOP("Actions", "Show the folder where finished clips are saved")),
    ActionSpec("settings", "&File", QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
               QKeySequence.StandardKey.Preferences,
               QT_TRANSLATE_NOOP("Actions", "Clips folder, file names, language, theme and more")),
    ActionSpec("quit", "&File", QT_TRANSLATE_NOOP("Actions", "&Quit"),
               QKeySequence.StandardKey.Quit,
               QT_TRANSLATE_NOOP("Actions",
                                 "Quit; unfinished tasks are picked up at the next start")),
    # The window's layout (issue 19): the centre's two pages, the regions, the default places.
    ActionSpec("toggle_gallery", "&View", QT_TRANSLATE_NOOP("Actions", "&Gallery / viewer"),
               "Ctrl+G", QT_TRANSLATE_NOOP("Actions", "Switch the centre between the clip "
                                           "being viewed and the gallery of every clip")),
    ActionSpec("next_region", "&View", QT_TRANSLATE_NOOP("Actions", "&Next region"), "F6",
               QT_TRANSLATE_NOOP("Actions", "Move the focus: composer, viewer, queue")),
    ActionSpec("previous_region", "&View", QT_TRANSLATE_NOOP("Actions", "&Previous region"),
               "Shift+F6", QT_TRANSLATE_NOOP("Actions", "Move the focus back: queue, viewer, "
                                             "composer")),
    ActionSpec("reset_layout", "&View", QT_TRANSLATE_NOOP("Actions", "&Reset layout"), None,
               QT_TRANSLATE_NOOP("Actions", "Put the composer, the viewer and the queue back "
                                 "in their places and sizes")),
    ActionSpec("api_key", "&Account", QT_TRANSLATE_NOOP("Actions", "&API key…"), None,
               QT_TRANSLATE_NOOP("Actions", "Enter, test or remove the API key")),
    ActionSpec("refresh_balance", "&Account", QT_TRANSLATE_NOOP("Actions", "&Refresh balance"),
               "F5", QT_TRANSLATE_NOOP("Actions", "Ask the server for the remaining credits")),
    ActionSpec("uploaded_files", "&Account", QT_TRANSLATE_NOOP("Actions", "&Uploaded files…"),
               None, QT_TRANSLATE_NOOP("Actions", "The files uploaded for your clips, how long "
                                       "they are kept, and the upload quota; delete them here")),
    ActionSpec("spending", "&Account", QT_TRANSLATE_NOOP("Actions", "&Spending…"), None,
               QT_TRANSLATE_NOOP("Actions", "Credits spent per day, week and month and per "
                                 "model, refunds apart; export as CSV")),
    ActionSpec("shortcuts", "&Help", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
               "Ctrl+/", QT_TRANSLATE_NOOP("Actions", "Every key of the window on one sheet")),
    ActionSpec("open_logs", "&Help", QT_TRANSLATE_NOOP("Actions", "Open &log folder"), None,
               QT_TRANSLATE_NOOP("Actions", "The log files, with keys masked, for support")),
    ActionSpec("about", "&Help", QT_TRANSLATE_NOOP("Actions", "&About Seedance Studio"), None,
               QT_TRANSLATE_NOOP("Actions", "Versions and credits")),
)

# The clip on show in the viewer (issue 19 item 2): buttons under it, in this order, named
# for a screen reader. An action joins the bar with one spec here and its handler in
# app/ui/viewer_clip.py (`_on_<id>`); menu "" keeps it out of the menu bar.
VIEWER_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("clip_reuse", "", QT_TRANSLATE_NOOP("Actions", "Reuse settings"), None,
               QT_TRANSLATE_NOOP("Actions", "Fill the composer with the settings this clip "
                                 "was made with"), glyph="reuse"),
    ActionSpec("clip_next_shot", "", QT_TRANSLATE_NOOP("Actions", "Continue from last frame"),
               None, QT_TRANSLATE_NOOP("Actions", "Image to video with this clip's last frame "
                                       "as the next first frame"), glyph="next-shot"),
    ActionSpec("clip_compare", "", QT_TRANSLATE_NOOP("Actions", "Compare"), None,
               QT_TRANSLATE_NOOP("Actions", "Side by side with the clip viewed before this "
                                 "one"), glyph="compare"),
    ActionSpec("clip_reveal", "", QT_TRANSLATE_NOOP("Actions", "Show in folder"), None,
               QT_TRANSLATE_NOOP("Actions", "Show the clip in the file manager"),
               glyph="folder"),
    ActionSpec("clip_rename", "", QT_TRANSLATE_NOOP("Actions", "Rename…"), None,
               QT_TRANSLATE_NOOP("Actions", "Give the clip a name: its file and its title "
                                 "in the gallery"), glyph="rename"),
    ActionSpec("clip_trash", "", QT_TRANSLATE_NOOP("Actions", "Move to trash…"), None,
               QT_TRANSLATE_NOOP("Actions", "Move the clip and its settings file to the "
                                 "trash"), glyph="trash"),
)


class Actions(QObject):
    """The built QActions by id; menus are filled from the same specs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        for spec in SPECS + VIEWER_SPECS:
            action = QAction(_t(spec.text), self)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setToolTip(_t(spec.tip))
            action.setStatusTip(_t(spec.tip))
            action.setCheckable(spec.checkable)
            self._actions[spec.id] = action

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def viewer_actions(self) -> list[QAction]:
        """The viewer's clip actions, in the bar's order, with their icons (loaded now, not
        while the first frame paints)."""
        for spec in VIEWER_SPECS:
            if spec.glyph is not None and self._actions[spec.id].icon().isNull():
                self._actions[spec.id].setIcon(icon(spec.glyph))
        return [self._actions[spec.id] for spec in VIEWER_SPECS]

    def items(self) -> list[tuple[ActionSpec, QAction]]:
        """Every action with its spec, in menu order (the shortcut sheet lists them)."""
        return [(spec, self._actions[spec.id]) for menu in MENUS for spec in SPECS
                if spec.menu == menu]

    def fill_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        """The menus by their untranslated name, so the window can add its dock toggles."""
        menus = {name: bar.addMenu(_t(name)) for name in MENUS}
        for spec in SPECS:
            menus[spec.menu].addAction(self._actions[spec.id])
        return menus
