"""The window: composer in the middle, queue docked beside it, menus and a status bar."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from app import APP_NAME
from app.services.window_state import WindowState
from app.ui.actions import Actions
from app.ui.screen_reader import CoveredDockTabs
from app.ui.status.message_bar import MessageBar

GEOMETRY = "main"


class MainWindow(QMainWindow):
    """Lays out the panels it is given; knows no service.

    Built in two steps so that it paints before the heavy modules load: the constructor makes
    the frame (menus, empty docks, status bar, remembered geometry), `install()` puts the panels
    in. `ready` is False until then.

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
        self.queue_dock = QDockWidget(self.tr("Queue"), self)
        self.library_dock = QDockWidget(self.tr("Library"), self)
        self.player_dock = QDockWidget(self.tr("Player"), self)
        self.setStatusBar(MessageBar())
        self._setup_ui()
        # A covered tab's controls must not read as showing to a screen reader.
        CoveredDockTabs(self.findChildren(QDockWidget), self)
        actions["quit"].triggered.connect(self.close)

    def _setup_ui(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.setObjectName("main-window")
        loading = QLabel(self.tr("Opening…"))
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        loading.setEnabled(False)
        self.setCentralWidget(loading)
        movable = (QDockWidget.DockWidgetFeature.DockWidgetMovable
                   | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                   | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        view = self.registry.fill_menus(self.menuBar())["&View"]
        # The queue and the library are tabs side by side; the player sits below the composer,
        # hidden until a clip is opened.
        for dock, name, area, shortcut in (
                (self.queue_dock, "queue-dock", Qt.DockWidgetArea.RightDockWidgetArea,
                 "Ctrl+Shift+Q"),
                (self.library_dock, "library-dock", Qt.DockWidgetArea.RightDockWidgetArea,
                 "Ctrl+Shift+L"),
                (self.player_dock, "player-dock", Qt.DockWidgetArea.BottomDockWidgetArea,
                 "Ctrl+Shift+P")):
            dock.setObjectName(name)
            dock.setFeatures(movable)
            dock.setWidget(QWidget())
            self.addDockWidget(area, dock)
            toggle = dock.toggleViewAction()
            toggle.setShortcut(shortcut)
            view.addAction(toggle)
        self.queue_dock.setMinimumWidth(380)
        self.tabifyDockWidget(self.queue_dock, self.library_dock)
        self.queue_dock.raise_()
        self.player_dock.hide()
        self.resize(1360, 860)
        self._restore()

    def install(self, *, composer: QWidget, queue_panel: QWidget, library_panel: QWidget,
                player_panel: QWidget, status_widgets: Sequence[QWidget] = (),
                demo: bool = False) -> None:
        """Put the panels in the frame; the window is `ready` from then on."""
        self.composer, self.queue_panel = composer, queue_panel
        self.library_panel, self.player_panel = library_panel, player_panel
        if demo:
            self.setWindowTitle(self.tr("%1 — Demo").replace("%1", APP_NAME))
        self.setCentralWidget(composer)
        for dock, panel in ((self.queue_dock, queue_panel), (self.library_dock, library_panel),
                            (self.player_dock, player_panel)):
            placeholder = dock.widget()
            dock.setWidget(panel)
            placeholder.deleteLater()
        # Wide enough for the composer's widest row beside the docked queue: QMainWindow would
        # otherwise squeeze the central widget under the dock and clip it.
        composer_min = max(composer.minimumWidth(), composer.minimumSizeHint().width())
        self.setMinimumSize(QSize(composer_min + self.queue_dock.minimumWidth() + 24, 640))
        for widget in status_widgets:
            self.statusBar().addPermanentWidget(widget)
        self.ready = True

    def _restore(self) -> None:
        geometry = self._state.geometry(GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        dock_state = self._state.geometry(GEOMETRY + "-docks")
        if dock_state is not None:
            self.restoreState(dock_state)

    def show_player(self) -> None:
        self.player_dock.show()
        self.player_dock.raise_()

    def show_message(self, text: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.ready not in self._painted:
            self._painted.add(self.ready)
            # Queued: the children paint in the same pass, after their parent.
            QTimer.singleShot(0, partial(self.painted.emit, self.ready))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._state.save_geometry(GEOMETRY, self.saveGeometry())
        self._state.save_geometry(GEOMETRY + "-docks", self.saveState())
        self.closed.emit()
        super().closeEvent(event)
