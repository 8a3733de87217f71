"""One registry of the window's actions: text, shortcut and menu, declared once as data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from app.ui.noop import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ActionSpec:
    id: str
    menu: str
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    checkable: bool = False


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
    # Sequences (issue 17): the open sequence is autosaved; recent ones follow these.
    ActionSpec("new_sequence", "&File", QT_TRANSLATE_NOOP("Actions", "&New sequence"), None,
               QT_TRANSLATE_NOOP("Actions", "Start an empty sequence (the open one stays saved)")),
    ActionSpec("open_sequence", "&File", QT_TRANSLATE_NOOP("Actions", "Open se&quence…"), None,
               QT_TRANSLATE_NOOP("Actions", "Open a saved sequence; dropping its file on the "
                                 "Sequence panel does the same")),
    ActionSpec("add_to_sequence", "&File",
               QT_TRANSLATE_NOOP("Actions", "&Add composer's shot to sequence"), "Ctrl+Shift+A",
               QT_TRANSLATE_NOOP("Actions", "A draft shot with the composer's settings, at the "
                                 "end of the sequence")),
    ActionSpec("export_sequence", "&File", QT_TRANSLATE_NOOP("Actions", "&Export sequence…"),
               "Ctrl+E", QT_TRANSLATE_NOOP("Actions", "Join the sequence's shots into one MP4 "
                                           "(or an animated preview)")),
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


class Actions(QObject):
    """The built QActions by id; menus are filled from the same specs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(_t(spec.text), self)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setToolTip(_t(spec.tip))
            action.setStatusTip(_t(spec.tip))
            action.setCheckable(spec.checkable)
            self._actions[spec.id] = action

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

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
