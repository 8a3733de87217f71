"""Help → Keyboard shortcuts: a sheet made from the menus' actions and the panels' own keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _plain(text: str) -> str:
    """A menu text without its mnemonic marker or ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class ShortcutsDialog(QDialog):
    """Lists every menu action that has a key, by menu (so a new action appears by itself),
    then the keys of the viewer and the gallery, which are not menu actions."""

    def __init__(self, menus: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._setup_ui()
        self._fill(menus)
        self._buttons.rejected.connect(self.reject)

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Key")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self._buttons)
        self.resize(560, 620)

    def _fill(self, menus: QMenuBar) -> None:
        native = QKeySequence.SequenceFormat.NativeText
        for menu_action in menus.actions():
            menu = menu_action.menu()
            assert menu is None or isinstance(menu, QMenu)
            rows = [(_plain(a.text()), a.shortcut().toString(native))
                    for a in (menu.actions() if menu is not None else [])
                    if not a.shortcut().isEmpty()]
            self._section(_plain(menu_action.text()), rows)
        self._section(self.tr("Viewer"), [
            (self.tr("Play or pause"), self.tr("Space")),
            (self.tr("One frame back / forward"), self.tr("Left / Right")),
            (self.tr("One second back, pause, play (again: faster)"), "J / K / L"),
            (self.tr("Mute"), "M"), (self.tr("Full screen / leave it"), self.tr("F / Esc"))])
        self._section(self.tr("Gallery"), [
            (self.tr("Move between clips"), self.tr("Arrow keys")),
            (self.tr("Play the clip in the viewer"), self.tr("Enter")),
            (self.tr("Pause or play the viewer"), self.tr("Space")),
            (self.tr("Larger or smaller tiles"), self.tr("Ctrl+wheel"))])
        self._section(self.tr("Sequence"), [
            (self.tr("Move the shot up / down"), self.tr("Alt+Up / Alt+Down")),
            (self.tr("Move the shot earlier / later"), self.tr("Ctrl+Left / Ctrl+Right")),
            (self.tr("Duplicate / remove the shot"), self.tr("Ctrl+D / Delete")),
            (self.tr("Set the shot's in / out point in the viewer"), "I / O")])
        self._section(self.tr("Composer"), [
            (self.tr("Generate"), "Ctrl+Enter"),
            (self.tr("Paste an image or a file"), QKeySequence(
                QKeySequence.StandardKey.Paste).toString(native))])
        self.tree.resizeColumnToContents(0)

    def _section(self, title: str, rows: list[tuple[str, str]]) -> None:
        if not rows:
            return
        head = QTreeWidgetItem(self.tree, [title, ""])
        font = head.font(0)
        font.setBold(True)
        head.setFont(0, font)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for text, key in rows:
            QTreeWidgetItem(self.tree, [text, key])
