"""The window: the composer as a left column, the clips at the centre, the queue at the right."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import partial
from typing import Final

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QWidget,
)

from app import APP_NAME
from app.services.home.window_state import WindowState
from app.ui.actions import ActionId, Actions
from app.ui.regions import focus_region, region_of
from app.ui.screen_reader import CoveredDockTabs
from app.ui.stage import Stage
from app.ui.status.message_bar import MessageBar

log = logging.getLogger(__name__)
GEOMETRY = "main"
# Bumped when the docks change: a layout saved with other docks would be restored half-way.
LAYOUT_VERSION: Final = 2
# The column's default width (prompt, pickers, a strip of thumbnails) at 1280 and at 1920 px.
COMPOSER_WIDTH: Final = (420, 460)
QUEUE_WIDTH: Final = (200, 400)  # the queue's narrowest and widest default width
# The centre's default room: a 16:9 clip 360 px tall is 640 px wide (issue 19); the queue
# gives way to it at 1280 px, and gets the spare width of larger windows.
CENTRE_WIDTH: Final = 648
CENTRE_MIN: Final = 360


class MainWindow(QMainWindow):
    """Lays out the panels it is given; knows no service.

    Built in two steps so that it paints before the heavy modules load: the constructor makes
    the frame (menus, empty docks, status bar, remembered geometry), `install()` puts the panels
    in. `ready` is False until then. The composer and the queue are docks (movable, floatable,
    remembered; View → Reset layout puts them back); the centre is the `stage`, the viewer or
    the gallery.

    Signals: closed() — the user closed the window (the studio winds down, tasks stay stored);
    painted(bool) — the first whole frame was painted without (False) or with (True) the panels.
    """

    closed = Signal()
    painted = Signal(bool)

    def __init__(self, *, actions: Actions, state: WindowState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = actions
        if actions.parent() is None:
            actions.setParent(self)  # the actions live as long as their menus
        self.ready = False
        self._painted: set[bool] = set()
        self._state = state
        # The window's and the docks' widths as last sized by default, while the user has not
        # dragged a dock's edge (then None: their layout is theirs).
        self._default_widths: tuple[int, int, int] | None = None
        self.composer_dock = QDockWidget(self.tr("Composer"), self)
        self.queue_dock = QDockWidget(self.tr("Queue"), self)
        self.stage = Stage()
        self.setStatusBar(MessageBar())
        self._setup_ui()
        # A covered tab's controls must not read as showing to a screen reader.
        CoveredDockTabs(self.findChildren(QDockWidget), self)
        actions[ActionId.QUIT].triggered.connect(self.close)
        actions[ActionId.TOGGLE_GALLERY].triggered.connect(self.stage.toggle)
        actions[ActionId.NEXT_REGION].triggered.connect(partial(self.cycle_region, 1))
        actions[ActionId.PREVIOUS_REGION].triggered.connect(partial(self.cycle_region, -1))
        actions[ActionId.RESET_LAYOUT].triggered.connect(self.reset_layout)
        actions[ActionId.SHORTCUTS].triggered.connect(self.show_shortcuts)

    def _setup_ui(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.setObjectName("main-window")
        self.setCentralWidget(self.stage)
        self.setDockNestingEnabled(True)
        movable = (QDockWidget.DockWidgetFeature.DockWidgetMovable
                   | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                   | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.registry.fill_menus(self.menuBar())
        for dock, name, action_id in ((self.composer_dock, "composer-dock", ActionId.COMPOSER_DOCK),
                                      (self.queue_dock, "queue-dock", ActionId.QUEUE_DOCK)):
            dock.setObjectName(name)
            dock.installEventFilter(self)
            dock.setFeatures(movable)
            loading = QLabel(self.tr("Opening…"))
            loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
            loading.setEnabled(False)
            dock.setWidget(loading)
            self.registry.adopt_dock(action_id, dock.toggleViewAction())
        self._place_docks()
        self.resize(1360, 860)
        self._restore()

    def install(self, *, composer: QWidget, queue_panel: QWidget, library_panel: QWidget | None,
                player_panel: QWidget, status_widgets: Sequence[QWidget] = (),
                demo: bool = False) -> None:
        """Put the panels in the frame; the window is `ready` from then on. The library (the
        gallery, hidden at start) may come later, with `install_gallery`."""
        self.composer, self.queue_panel = composer, queue_panel
        self.library_panel, self.player_panel = library_panel, player_panel
        if demo:
            self.setWindowTitle(self.tr("%1 — Demo").replace("%1", APP_NAME))
        for dock, panel in ((self.composer_dock, composer), (self.queue_dock, queue_panel)):
            placeholder = dock.widget()
            dock.setWidget(panel)
            placeholder.deleteLater()
        # Space in the gallery plays or pauses the viewer's clip (the player panel's facade).
        player = getattr(player_panel, "player", None)
        self.stage.install(viewer=player_panel, gallery=library_panel,
                           toggle_playback=getattr(player, "toggle", None))
        # Composer and queue at their narrowest beside a usable centre; below that QMainWindow
        # would squeeze the centre to nothing.
        composer_min, queue_min = (w.minimumWidth() or w.minimumSizeHint().width()
                                   for w in (composer, queue_panel))
        self.setMinimumSize(QSize(composer_min + queue_min + CENTRE_MIN, 640))
        for widget in status_widgets:
            self.statusBar().addPermanentWidget(widget)
        if self._state.geometry(GEOMETRY + "-layout") is None:
            self._size_docks()
        self.ready = True

    def install_gallery(self, library_panel: QWidget) -> None:
        self.library_panel = library_panel
        self.stage.install_gallery(library_panel)

    # -- layout ------------------------------------------------------------------------------

    def _place_docks(self) -> None:
        for dock, area in ((self.composer_dock, Qt.DockWidgetArea.LeftDockWidgetArea),
                           (self.queue_dock, Qt.DockWidgetArea.RightDockWidgetArea)):
            dock.setFloating(False)
            self.addDockWidget(area, dock)
            dock.show()

    def _size_docks(self) -> None:
        """The default widths for the window's width: the centre keeps room for a 16:9 clip
        360 px tall, the queue takes what is left up to its widest, the centre the rest."""
        spare = max(0.0, min(1.0, (self.width() - 1280) / 640))
        composer = round(COMPOSER_WIDTH[0] + spare * (COMPOSER_WIDTH[1] - COMPOSER_WIDTH[0]))
        from PySide6.QtWidgets import QStyle  # its Python type is built at first use: after paint

        separators = 2 * self.style().pixelMetric(
            QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, self)
        left = self.width() - composer - CENTRE_WIDTH - separators
        queue = max(QUEUE_WIDTH[0], min(QUEUE_WIDTH[1], left))
        self.resizeDocks([self.composer_dock, self.queue_dock], [composer, queue],
                         Qt.Orientation.Horizontal)
        QTimer.singleShot(0, self._note_default_widths)  # once the dock layout has settled

    def _widths(self) -> tuple[int, int, int]:
        return self.width(), self.composer_dock.width(), self.queue_dock.width()

    def _note_default_widths(self) -> None:
        self._default_widths = self._widths()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A dock resized in a window of the same width: the user dragged its edge.
        if (event.type() == QEvent.Type.Resize and self._default_widths is not None
                and self.width() == self._default_widths[0]
                and self._widths() != self._default_widths):
            self._default_widths = None
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A window resized (maximised on a small screen, say) keeps its default proportions
        # until the user sizes the docks: the centre keeps its room for the clip.
        if self.ready and self._default_widths is not None:
            QTimer.singleShot(0, self._size_docks)

    def reset_layout(self) -> None:
        """View → Reset layout: both docks back in their places and sizes, the viewer shown."""
        self._place_docks()
        self._size_docks()
        self.stage.show_viewer()
        # Sizes apply once the dock layout has settled; ask again after it did.
        QTimer.singleShot(0, self._size_docks)

    def cycle_region(self, step: int) -> None:
        """F6 / Shift+F6: composer → centre → queue, skipping a hidden dock."""
        regions: list[QWidget] = [w for w in (self.composer_dock, self.stage, self.queue_dock)
                                  if w.isVisible()]
        if not regions:
            return
        here = region_of(QApplication.focusWidget(), regions)
        target = regions[(regions.index(here) + step) % len(regions)] if here else regions[0]
        if target is self.stage:
            self.stage.focus_page()
        else:
            focus_region(target)

    def show_shortcuts(self) -> None:
        from app.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.menuBar(), self).open()

    def _restore(self) -> None:
        geometry = self._state.geometry(GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        layout = self._state.geometry(GEOMETRY + "-layout")
        if layout is not None:
            self.restoreState(layout, LAYOUT_VERSION)

    def save_layout(self) -> None:
        self._state.save_geometry(GEOMETRY, self.saveGeometry())
        self._state.save_geometry(GEOMETRY + "-layout", self.saveState(LAYOUT_VERSION))

    # -- what the studio asks ----------------------------------------------------------------

    def show_player(self) -> None:
        self.stage.show_viewer()

    def show_message(self, text: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    async def panels_painted(self, timeout_s: float) -> None:
        """Until the window painted with its panels in: at once when it did or is not showing,
        else at most `timeout_s` (a window that is never exposed does not hold the caller)."""
        if not self.isVisible() or True in self._painted:
            return
        import asyncio  # not before the frame's first paint (shell.py)

        painted: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def on_painted(ready: bool) -> None:
            if ready and not painted.done():
                painted.set_result(None)

        self.painted.connect(on_painted)
        try:
            await asyncio.wait_for(painted, timeout_s)
        except TimeoutError:
            log.info("the window did not paint in %s s", timeout_s)
        finally:
            self.painted.disconnect(on_painted)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.ready not in self._painted:
            self._painted.add(self.ready)
            # Queued: the children paint in the same pass, after their parent.
            QTimer.singleShot(0, partial(self.painted.emit, self.ready))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.closed.emit()
        super().closeEvent(event)
