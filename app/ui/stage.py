"""The centre of the window: the viewer (one clip, large) or the gallery (the library grid)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import icon


class Stage(QWidget):
    """Two pages one key apart (View → Gallery, Ctrl+G): the viewer and the gallery.

    Built empty (the frame paints before the panels exist); `install()` puts them in.
    Signals: pageChanged(bool gallery).
    """

    pageChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewer_button = QToolButton()
        self.gallery_button = QToolButton()
        self._group = QButtonGroup(self)
        self.pages = QStackedWidget()
        self.viewer: QWidget = QWidget()
        self.gallery: QWidget = QWidget()
        self._toggle_playback: Callable[[], None] | None = None
        self._space: QShortcut | None = None
        self._setup_ui()
        self._group.idToggled.connect(self._on_group_id_toggled)

    def _setup_ui(self) -> None:
        self.setObjectName("stage")
        for button, text, glyph in ((self.viewer_button, self.tr("Viewer"), "play-circle"),
                                    (self.gallery_button, self.tr("Gallery"), "grid")):
            button.setText(text)
            button.setAccessibleName(text)
            button.setIcon(icon(glyph))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setCheckable(True)
            button.setAutoRaise(True)
        self.viewer_button.setToolTip(self.tr("The selected or newest clip, large (Ctrl+G "
                                              "switches)"))
        self.gallery_button.setToolTip(self.tr("Every saved clip as large tiles; Ctrl+wheel "
                                               "or the slider sizes them (Ctrl+G switches)"))
        self._group.addButton(self.viewer_button, 0)
        self._group.addButton(self.gallery_button, 1)
        self.viewer_button.setChecked(True)
        self.pages.addWidget(self.viewer)
        self.pages.addWidget(self.gallery)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 0)
        bar.setSpacing(4)
        bar.addWidget(self.viewer_button)
        bar.addWidget(self.gallery_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

    def install(self, *, viewer: QWidget, gallery: QWidget | None = None,
                toggle_playback: Callable[[], None] | None = None) -> None:
        """Put the player in, and the library (now, or later with `install_gallery`); Space in
        the gallery pauses or plays the viewer."""
        self._toggle_playback = toggle_playback
        self._put(0, viewer)
        self.viewer = viewer
        if gallery is not None:
            self.install_gallery(gallery)

    def install_gallery(self, gallery: QWidget) -> None:
        self._put(1, gallery)
        self.gallery = gallery
        if self._toggle_playback is not None:
            self._space = QShortcut(QKeySequence(Qt.Key.Key_Space), gallery)
            self._space.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self._space.activated.connect(self._toggle_playback)

    def _put(self, index: int, widget: QWidget) -> None:
        old = self.pages.widget(index)
        self.pages.insertWidget(index, widget)
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        self.pages.setCurrentIndex(1 if self.gallery_button.isChecked() else 0)

    def is_gallery(self) -> bool:
        return self.pages.currentIndex() == 1

    def show_viewer(self) -> None:
        self.viewer_button.setChecked(True)

    def show_gallery(self) -> None:
        self.gallery_button.setChecked(True)

    def toggle(self) -> None:
        """Viewer ↔ gallery; the focus goes with the page, so the keys act on what is shown."""
        (self.viewer_button if self.is_gallery() else self.gallery_button).setChecked(True)
        self.focus_page()

    def focus_page(self) -> None:
        page = self.pages.currentWidget()
        if page is not None:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)  # its focus proxy, if it has one

    def _on_group_id_toggled(self, page: int, checked: bool) -> None:
        if checked:
            self.pages.setCurrentIndex(page)
            self.pageChanged.emit(page == 1)

