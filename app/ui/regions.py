"""The window's regions for F6: which one holds the focus, and focusing one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QWidget


def region_of(widget: QWidget | None, regions: Sequence[QWidget]) -> QWidget | None:
    """The region `widget` is in (itself or an ancestor), or None."""
    while widget is not None:
        if widget in regions:
            return widget
        widget = widget.parentWidget()
    return None


def focus_region(region: QWidget) -> None:
    """Focus the region's own choice (its focus proxy), else its first control that takes
    the Tab key."""
    if isinstance(region, QDockWidget) and region.widget() is not None:
        region = region.widget()
    target: QWidget | None = region if region.focusProxy() is not None else None
    if target is None and region.focusPolicy() & Qt.FocusPolicy.TabFocus:
        target = region
    if target is None:
        target = next((w for w in region.findChildren(QWidget)
                       if w.isVisible() and w.isEnabled()
                       and w.focusPolicy() & Qt.FocusPolicy.TabFocus), None)
    if target is not None:
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
