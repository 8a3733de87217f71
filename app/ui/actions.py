"""One registry of the window's actions: id, text, shortcut and menu, declared once as data.

Every window-wide key is declared here, the dock toggles' too (their QActions are the docks'
own, adopted by the window); tests/ui/test_shortcuts.py checks that no two keys collide.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from app.ui.icons import icon
from app.ui.noop import QT_TRANSLATE_NOOP


class ActionId(StrEnum):
    """The window's actions; the value names the action in code and tests."""

    REUSE_CLIP = "reuse_clip"
    OPEN_CLIPS = "open_clips"
    NEW_SEQUENCE = "new_sequence"
    OPEN_SEQUENCE = "open_sequence"
    ADD_TO_SEQUENCE = "add_to_sequence"
    EXPORT_SEQUENCE = "export_sequence"
    SETTINGS = "settings"
    QUIT = "quit"
    CLIP_REUSE = "clip_reuse"
    CLIP_NEXT_SHOT = "clip_next_shot"
    CLIP_COMPARE = "clip_compare"
    CLIP_REVEAL = "clip_reveal"
    CLIP_RENAME = "clip_rename"
    CLIP_TRASH = "clip_trash"
    TOGGLE_GALLERY = "toggle_gallery"
    NEXT_REGION = "next_region"
    PREVIOUS_REGION = "previous_region"
    RESET_LAYOUT = "reset_layout"
    COMPOSER_DOCK = "composer_dock"
    QUEUE_DOCK = "queue_dock"
    API_KEY = "api_key"
    REFRESH_BALANCE = "refresh_balance"
    UPLOADED_FILES = "uploaded_files"
    SPENDING = "spending"
    SHORTCUTS = "shortcuts"
    OPEN_LOGS = "open_logs"
    ABOUT = "about"


@dataclass(frozen=True)
class ActionSpec:
    """One action. `dock`: the QAction is a dock's own toggle (text from the dock's title),
    which the window adopts; the registry gives it its key and its place in the menu."""

    id: ActionId
    menu: str
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    checkable: bool = False
    dock: bool = False
    glyph: str | None = None  # a key of app.ui.icons.GLYPHS


def _t(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


# Menus in order; the texts are marked for lupdate here and translated when the actions are
# built (the untranslated text stays the key).
MENUS: tuple[str, ...] = (QT_TRANSLATE_NOOP("Actions", "&File"),
                          QT_TRANSLATE_NOOP("Actions", "&View"),
                          QT_TRANSLATE_NOOP("Actions", "&Account"),
                          QT_TRANSLATE_NOOP("Actions", "&Help"))
A = ActionId
SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(A.REUSE_CLIP, "&File", QT_TRANSLATE_NOOP("Actions", "&Reuse settings of a clip…"),
               QKeySequence.StandardKey.Open,
               QT_TRANSLATE_NOOP("Actions", "Fill the composer with the settings a clip was made "
                                 "with (the clip, or its .json); dropping it on the composer "
                                 "does the same")),
    ActionSpec(A.OPEN_CLIPS, "&File", QT_TRANSLATE_NOOP("Actions", "Open &clips folder"),
               "Ctrl+Shift+O",
               QT_TRANSLATE_NOOP("Actions", "Show the folder where finished clips are saved")),
    # Sequences (issue 17): the open sequence is autosaved; recent ones follow these.
    ActionSpec(A.NEW_SEQUENCE, "&File", QT_TRANSLATE_NOOP("Actions", "&New sequence"), None,
               QT_TRANSLATE_NOOP("Actions", "Start an empty sequence (the open one stays saved)")),
    ActionSpec(A.OPEN_SEQUENCE, "&File", QT_TRANSLATE_NOOP("Actions", "Open se&quence…"), None,
               QT_TRANSLATE_NOOP("Actions", "Open a saved sequence; dropping its file on the "
                                 "Sequence panel does the same")),
    ActionSpec(A.ADD_TO_SEQUENCE, "&File",
               QT_TRANSLATE_NOOP("Actions", "&Add composer's shot to sequence"), "Ctrl+Shift+A",
               QT_TRANSLATE_NOOP("Actions", "A draft shot with the composer's settings, at the "
                                 "end of the sequence")),
    ActionSpec(A.EXPORT_SEQUENCE, "&File", QT_TRANSLATE_NOOP("Actions", "&Export sequence…"),
               "Ctrl+E", QT_TRANSLATE_NOOP("Actions", "Join the sequence's shots into one MP4 "
                                           "(or an animated preview)")),
    ActionSpec(A.SETTINGS, "&File", QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
               QKeySequence.StandardKey.Preferences,
               QT_TRANSLATE_NOOP("Actions", "Clips folder, file names, language, theme and more")),
    ActionSpec(A.QUIT, "&File", QT_TRANSLATE_NOOP("Actions", "&Quit"),
               QKeySequence.StandardKey.Quit,
               QT_TRANSLATE_NOOP("Actions",
                                 "Quit; unfinished tasks are picked up at the next start")),
    # The window's layout (issue 19): the centre's two pages, the regions, the default places.
    ActionSpec(A.TOGGLE_GALLERY, "&View", QT_TRANSLATE_NOOP("Actions", "&Gallery / viewer"),
               "Ctrl+G", QT_TRANSLATE_NOOP("Actions", "Switch the centre between the clip "
                                           "being viewed and the gallery of every clip")),
    ActionSpec(A.NEXT_REGION, "&View", QT_TRANSLATE_NOOP("Actions", "&Next region"), "F6",
               QT_TRANSLATE_NOOP("Actions", "Move the focus: composer, viewer, queue")),
    ActionSpec(A.PREVIOUS_REGION, "&View", QT_TRANSLATE_NOOP("Actions", "&Previous region"),
               "Shift+F6", QT_TRANSLATE_NOOP("Actions", "Move the focus back: queue, viewer, "
                                             "composer")),
    ActionSpec(A.RESET_LAYOUT, "&View", QT_TRANSLATE_NOOP("Actions", "&Reset layout"), None,
               QT_TRANSLATE_NOOP("Actions", "Put the composer, the viewer and the queue back "
                                 "in their places and sizes")),
    # The docks' own show/hide toggles, below a separator at the end of the View menu.
    ActionSpec(A.COMPOSER_DOCK, "&View", "", "Ctrl+Shift+C", dock=True),
    ActionSpec(A.QUEUE_DOCK, "&View", "", "Ctrl+Shift+Q", dock=True),
    ActionSpec(A.API_KEY, "&Account", QT_TRANSLATE_NOOP("Actions", "&API key…"), None,
               QT_TRANSLATE_NOOP("Actions", "Enter, test or remove the API key")),
    ActionSpec(A.REFRESH_BALANCE, "&Account", QT_TRANSLATE_NOOP("Actions", "&Refresh balance"),
               "F5", QT_TRANSLATE_NOOP("Actions", "Ask the server for the remaining credits")),
    ActionSpec(A.UPLOADED_FILES, "&Account", QT_TRANSLATE_NOOP("Actions", "&Uploaded files…"),
               None, QT_TRANSLATE_NOOP("Actions", "The files uploaded for your clips, how long "
                                       "they are kept, and the upload quota; delete them here")),
    ActionSpec(A.SPENDING, "&Account", QT_TRANSLATE_NOOP("Actions", "&Spending…"), None,
               QT_TRANSLATE_NOOP("Actions", "Credits spent per day, week and month and per "
                                 "model, refunds apart; export as CSV")),
    ActionSpec(A.SHORTCUTS, "&Help", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
               "Ctrl+/", QT_TRANSLATE_NOOP("Actions", "Every key of the window on one sheet")),
    ActionSpec(A.OPEN_LOGS, "&Help", QT_TRANSLATE_NOOP("Actions", "Open &log folder"), None,
               QT_TRANSLATE_NOOP("Actions", "The log files, with keys masked, for support")),
    ActionSpec(A.ABOUT, "&Help", QT_TRANSLATE_NOOP("Actions", "&About Seedance Studio"), None,
               QT_TRANSLATE_NOOP("Actions", "Versions and credits")),
)

# The clip on show in the viewer (issue 19 item 2): buttons under it, in this order, named
# for a screen reader. An action joins the bar with one spec here and its handler in
# app/ui/viewer_clip.py (`_on_<id>`); menu "" keeps it out of the menu bar.
VIEWER_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(A.CLIP_REUSE, "", QT_TRANSLATE_NOOP("Actions", "Reuse settings"), None,
               QT_TRANSLATE_NOOP("Actions", "Fill the composer with the settings this clip "
                                 "was made with"), glyph="reuse"),
    ActionSpec(A.CLIP_NEXT_SHOT, "", QT_TRANSLATE_NOOP("Actions", "Continue from last frame"),
               None, QT_TRANSLATE_NOOP("Actions", "Image to video with this clip's last frame "
                                       "as the next first frame"), glyph="next-shot"),
    ActionSpec(A.CLIP_COMPARE, "", QT_TRANSLATE_NOOP("Actions", "Compare"), None,
               QT_TRANSLATE_NOOP("Actions", "Side by side with the clip viewed before this "
                                 "one"), glyph="compare"),
    ActionSpec(A.CLIP_REVEAL, "", QT_TRANSLATE_NOOP("Actions", "Show in folder"), None,
               QT_TRANSLATE_NOOP("Actions", "Show the clip in the file manager"),
               glyph="folder"),
    ActionSpec(A.CLIP_RENAME, "", QT_TRANSLATE_NOOP("Actions", "Rename…"), None,
               QT_TRANSLATE_NOOP("Actions", "Give the clip a name: its file and its title "
                                 "in the gallery"), glyph="rename"),
    ActionSpec(A.CLIP_TRASH, "", QT_TRANSLATE_NOOP("Actions", "Move to trash…"), None,
               QT_TRANSLATE_NOOP("Actions", "Move the clip and its settings file to the "
                                 "trash"), glyph="trash"),
)


BY_ID: dict[ActionId, ActionSpec] = {spec.id: spec for spec in SPECS}


class Actions(QObject):
    """The built QActions by id; menus are filled from the same specs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[ActionId, QAction] = {}
        self._menus: dict[str, QMenu] = {}
        for spec in SPECS + VIEWER_SPECS:
            if spec.dock:
                continue  # adopted from its dock by the window
            action = QAction(_t(spec.text), self)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setToolTip(_t(spec.tip))
            action.setStatusTip(_t(spec.tip))
            action.setCheckable(spec.checkable)
            # A clip action waits for a clip: ViewerClip enables what fits the one on show.
            action.setEnabled(spec not in VIEWER_SPECS)
            self._actions[spec.id] = action

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def viewer_actions(self) -> list[QAction]:
        """The viewer's clip actions, in the bar's order, with their icons (loaded now, not
        while the first frame paints)."""
        for spec in VIEWER_SPECS:
            if spec.glyph is not None and self._actions[spec.id].icon().isNull():
                self._actions[spec.id].setIcon(icon(spec.glyph))
        return [self._actions[spec.id] for spec in VIEWER_SPECS]

    def items(self) -> list[tuple[ActionSpec, QAction]]:
        """Every built or adopted action with its spec, in menu order."""
        return [(spec, self._actions[spec.id]) for menu in MENUS for spec in SPECS
                if spec.menu == menu and spec.id in self._actions]

    def fill_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        """The menus by their untranslated name; the dock toggles join them in `adopt_dock`."""
        self._menus = {name: bar.addMenu(_t(name)) for name in MENUS}
        for spec in SPECS:
            if not spec.dock:
                self._menus[spec.menu].addAction(self._actions[spec.id])
        return self._menus

    def adopt_dock(self, action_id: ActionId, toggle: QAction) -> None:
        """A dock's toggleViewAction takes its declared key and its place in the menu (after
        `fill_menus`): below a separator, after the other dock toggles."""
        spec = BY_ID[action_id]
        assert spec.dock and action_id not in self._actions, action_id
        if spec.shortcut is not None:
            toggle.setShortcut(QKeySequence(spec.shortcut))
        menu = self._menus.get(spec.menu)
        if menu is not None:
            if not any(s.dock and s.id in self._actions for s in SPECS if s.menu == spec.menu):
                menu.addSeparator()
            menu.addAction(toggle)
        self._actions[action_id] = toggle
