"""What a screen reader hears: value labels read as what they show, names for the controls Qt
makes itself (a line edit's clear button, a size grip), covered dock tabs kept off the tree.

Qt's AT-SPI bridge names a QLabel by its accessibleName when one is set, else by its text, and a
label has no text interface: a fixed name ("Estimated cost") hides the figure for good. So a label
that shows a value keeps an empty name and carries its caption as the description.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QLabel,
    QLineEdit,
    QSizeGrip,
    QToolButton,
    QWidget,
)


def value_label(label: QLabel, caption: str) -> QLabel:
    """`label` shows a changing value: its accessible name is what it shows, `caption` (what
    the value is) its description."""
    label.setAccessibleName("")
    label.setAccessibleDescription(caption)
    return label


def name_clear_button(edit: QLineEdit) -> None:
    """Name the button that `setClearButtonEnabled(True)` put in `edit` ("Clear <field>")."""
    field = edit.accessibleName() or edit.placeholderText()
    name = QCoreApplication.translate("ScreenReader", "Clear %1").replace("%1", field) if field \
        else QCoreApplication.translate("ScreenReader", "Clear")
    for button in edit.findChildren(QToolButton):
        action = button.defaultAction()
        if action is not None and action.objectName() == "_q_qlineeditclearaction":
            button.setAccessibleName(name)


def name_size_grips(widget: QWidget) -> None:
    """Name the resize handles Qt puts in a status bar or a dialog's corner."""
    for grip in widget.findChildren(QSizeGrip):
        grip.setAccessibleName(QCoreApplication.translate("ScreenReader", "Resize the window"))


class CoveredDockTabs(QObject):
    """Hides the contents of a dock whose tab is not the current one (or that is closed).

    Qt moves a covered tab's dock off-screen but keeps it visible, so its controls read as
    showing to a screen reader. `visibilityChanged` says when a tab is covered or uncovered;
    a panel put into a covered dock later (`setWidget`) is hidden once it is in.
    """

    def __init__(self, docks: Iterable[QDockWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._covered: dict[QDockWidget, bool] = {}
        self._hid: dict[QDockWidget, list[QAbstractButton]] = {}
        for dock in docks:
            dock.visibilityChanged.connect(partial(self._on_dock_visibilityChanged, dock))
            dock.installEventFilter(self)

    def _on_dock_visibilityChanged(self, dock: QDockWidget, visible: bool) -> None:
        self._covered[dock] = not visible
        self._apply(dock)

    def _apply(self, dock: QDockWidget) -> None:
        if dock not in self._covered:
            return
        covered = self._covered[dock]
        content = dock.widget()
        if content is not None:
            # Hidden, it still counts in the dock area's size: switching tabs moves nothing.
            policy = content.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            content.setSizePolicy(policy)
            content.setVisible(not covered)
        # The title bar's Close and Float buttons: hidden while covered, then as Qt had them.
        buttons = [b for b in dock.findChildren(QAbstractButton)
                   if b.parent() is dock and b.objectName().startswith("qt_dockwidget_")]
        if covered:
            hid = self._hid.setdefault(dock, [])
            for button in buttons:
                if not button.isHidden():
                    hid.append(button)
                    button.hide()
        else:
            for button in self._hid.pop(dock, []):
                button.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # setWidget() shows the new panel after adding it: apply the state once it is in.
        if event.type() == QEvent.Type.ChildAdded and isinstance(watched, QDockWidget) \
                and self._covered.get(watched):
            QTimer.singleShot(0, self, partial(self._apply, watched))
        return False
