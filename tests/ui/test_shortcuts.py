"""Every window-wide key is declared in the action registry, and no two of them collide."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.services.home.window_state import WindowState
from app.services.tasks.store import TaskStore
from app.ui.actions import SPECS, VIEWER_SPECS, ActionId, Actions
from app.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from app.ui.main_window import MainWindow
from tests.ui.conftest import running_studio

PORTABLE = QKeySequence.SequenceFormat.PortableText
WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def _keys(shortcut: QKeySequence.StandardKey | str) -> list[str]:
    """Every key a declared shortcut stands for (a standard key may have several)."""
    if isinstance(shortcut, QKeySequence.StandardKey):
        return [k.toString(PORTABLE) for k in QKeySequence.keyBindings(shortcut)]
    return [QKeySequence(shortcut).toString(PORTABLE)]


def _collisions(keys: list[str]) -> list[str]:
    return [key for key, count in Counter(keys).items() if key and count > 1]


def test_the_registry_declares_no_key_twice(qapp: QApplication) -> None:
    ids = [spec.id for spec in SPECS + VIEWER_SPECS]
    assert sorted(ids) == sorted(ActionId), "every action id is declared exactly once"
    keys = [key for spec in SPECS + VIEWER_SPECS if spec.shortcut is not None
            for key in _keys(spec.shortcut)]
    assert not _collisions(keys)
    # The layout's keys are among them (issue 19), the dock toggles' too.
    declared = {spec.id: spec.shortcut for spec in SPECS}
    assert declared[ActionId.TOGGLE_GALLERY] == "Ctrl+G"
    assert declared[ActionId.NEXT_REGION] == "F6"
    assert declared[ActionId.PREVIOUS_REGION] == "Shift+F6"
    assert declared[ActionId.SHORTCUTS] == "Ctrl+/"
    assert declared[ActionId.COMPOSER_DOCK] == "Ctrl+Shift+C"
    assert declared[ActionId.QUEUE_DOCK] == "Ctrl+Shift+Q"


def test_no_two_window_wide_keys_collide_in_the_built_window(qtbot: QtBot) -> None:
    window = MainWindow(actions=Actions(), state=WindowState.open_default())
    qtbot.addWidget(window)
    window.install(composer=QLabel("composer"), queue_panel=QLabel("queue"),
                   library_panel=QLabel("gallery"), player_panel=QLabel("viewer"))
    keys: list[str] = []
    registered = {id(action) for _spec, action in window.registry.items()}
    for action in window.findChildren(QAction):
        if action.shortcutContext() in WINDOW_WIDE and not action.shortcut().isEmpty():
            # A window-wide key outside the registry would be a second place to declare keys.
            assert id(action) in registered, action.text()
            keys += [k.toString(PORTABLE) for k in action.shortcuts()]
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() in WINDOW_WIDE:
            keys += [k.toString(PORTABLE) for k in shortcut.keys()]  # noqa: SIM118
    assert not _collisions(keys)
    assert window.registry[ActionId.COMPOSER_DOCK] is window.composer_dock.toggleViewAction()
    assert window.registry[ActionId.QUEUE_DOCK].shortcut() == QKeySequence("Ctrl+Shift+Q")


def test_the_shortcut_sheet_lists_the_registry_keys_and_the_dock_toggles(qtbot: QtBot) -> None:
    window = MainWindow(actions=Actions(), state=WindowState.open_default())
    qtbot.addWidget(window)
    sheet = ShortcutsDialog(window.menuBar())
    qtbot.addWidget(sheet)
    listed = {sheet.tree.topLevelItem(i).text(1) for i in range(sheet.tree.topLevelItemCount())}
    native = QKeySequence.SequenceFormat.NativeText
    for spec, action in window.registry.items():
        if spec.shortcut is not None:
            assert action.shortcut().toString(native) in listed, spec.id


def _bound_keys(window: QWidget) -> Iterator[tuple[str, Qt.ShortcutContext, list[QWidget], str]]:
    """Every key bound in the window: (key, context, the widgets it lives on, what it does)."""
    for action in window.findChildren(QAction):
        widgets = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
        for key in action.shortcuts():
            yield key.toString(PORTABLE), action.shortcutContext(), widgets, action.text()
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        assert isinstance(parent, QWidget)
        for key in shortcut.keys():  # noqa: SIM118
            yield key.toString(PORTABLE), shortcut.context(), [parent], repr(shortcut)


def _nested(a: list[QWidget], b: list[QWidget]) -> bool:
    return any(x is y or x.isAncestorOf(y) or y.isAncestorOf(x) for x in a for y in b)


async def test_no_key_is_ambiguous_anywhere_in_the_studio(qtbot: QtBot,
                                                         studio_home: Path) -> None:
    """Qt fires neither of two live shortcuts with the same key: a window-wide key must be
    unique in the window, and two panel keys may share a key only on separate panels."""
    async with running_studio(TaskStore(studio_home / "studio.sqlite3")) as (studio, _run):
        bound = list(_bound_keys(studio.window))
        assert len(bound) > 20  # menus, docks, composer, viewer, gallery, queue
        wide = [(key, what) for key, context, _w, what in bound if context in WINDOW_WIDE]
        assert not _collisions([key for key, _what in wide]), wide
        wide_keys = {key for key, _what in wide}
        local = [(key, widgets, what) for key, context, widgets, what in bound
                 if context not in WINDOW_WIDE]
        for key, _widgets, what in local:
            assert key not in wide_keys, f"{what}: {key} is also a window-wide key"
        for i, (key, widgets, what) in enumerate(local):
            for other_key, other_widgets, other in local[i + 1:]:
                assert not (key == other_key and _nested(widgets, other_widgets)), \
                    f"{what} and {other} share {key}"
        await asyncio.sleep(0)
