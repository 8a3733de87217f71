"""One registry of the window's actions: text, shortcut and menu, declared once as data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar


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


# Menus in order; the texts are translated when the actions are built.
MENUS: tuple[str, ...] = ("&File", "&View", "&Account", "&Help")
SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("open_clips", "&File", "Open &clips folder", "Ctrl+Shift+O",
               "Show the folder where finished clips are saved"),
    ActionSpec("settings", "&File", "&Preferences…", QKeySequence.StandardKey.Preferences,
               "Clips folder, file names, language, theme and more"),
    ActionSpec("quit", "&File", "&Quit", QKeySequence.StandardKey.Quit,
               "Quit; unfinished tasks are picked up at the next start"),
    ActionSpec("api_key", "&Account", "&API key…", None, "Enter, test or remove the API key"),
    ActionSpec("refresh_balance", "&Account", "&Refresh balance", "F5",
               "Ask the server for the remaining credits"),
    ActionSpec("open_logs", "&Help", "Open &log folder", None,
               "The log files, with keys masked, for support"),
    ActionSpec("about", "&Help", "&About Seedance Studio", None, "Versions and credits"),
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

    def fill_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        """The menus by their untranslated name, so the window can add its dock toggles."""
        menus = {name: bar.addMenu(_t(name)) for name in MENUS}
        for spec in SPECS:
            menus[spec.menu].addAction(self._actions[spec.id])
        return menus
