"""The window: composer in the middle, queue docked beside it, menus and a status bar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from app import APP_NAME
from app.services.window_state import WindowState
from app.ui.actions import Actions

GEOMETRY = "main"


class MainWindow(QMainWindow):
    """Lays out the panels it is given; knows no service.

    Signals: closed() — the user closed the window (the studio winds down, tasks stay stored).
    """

    closed = Signal()

    def __init__(self, *, composer: QWidget, queue_panel: QWidget, actions: Actions,
                 state: WindowState, status_widgets: Sequence[QWidget] = (), demo: bool = False,
                 player_panel: QWidget | None = None, library_panel: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.composer, self.queue_panel, self.registry = composer, queue_panel, actions
        self._state = state
        self.queue_dock = QDockWidget(self.tr("Queue"), self)
        self.player_dock = QDockWidget(self.tr("Player"), self)
        self.player_panel = player_panel
        self.library_dock = QDockWidget(self.tr("Library"), self)
        self.library_panel = library_panel
        self.message = QLabel()
        self._setup_ui(status_widgets, demo)
        actions["quit"].triggered.connect(self.close)

    def _setup_ui(self, status_widgets: Sequence[QWidget], demo: bool) -> None:
        self.setWindowTitle(self.tr("%1 — Demo").replace("%1", APP_NAME) if demo else APP_NAME)
        self.setObjectName("main-window")
        self.setCentralWidget(self.composer)
        self.queue_dock.setObjectName("queue-dock")
        self.queue_dock.setWidget(self.queue_panel)
        self.queue_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                    | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                                    | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.queue_dock.setMinimumWidth(380)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.queue_dock)
        # Wide enough for the composer's widest row beside the docked queue: QMainWindow would
        # otherwise squeeze the central widget under the dock and clip it.
        composer_min = max(self.composer.minimumWidth(), self.composer.minimumSizeHint().width())
        self.setMinimumSize(QSize(composer_min + self.queue_dock.minimumWidth() + 24, 640))
        toggle = self.queue_dock.toggleViewAction()
        toggle.setShortcut("Ctrl+Shift+Q")
        view = self.registry.fill_menus(self.menuBar())["&View"]
        view.addAction(toggle)
        if self.library_panel is not None:
            # A tab beside the queue: finished work next to work in progress.
            self.library_dock.setObjectName("library-dock")
            self.library_dock.setWidget(self.library_panel)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.library_dock)
            self.tabifyDockWidget(self.queue_dock, self.library_dock)
            self.queue_dock.raise_()
            library_toggle = self.library_dock.toggleViewAction()
            library_toggle.setShortcut("Ctrl+Shift+L")
            view.addAction(library_toggle)
        if self.player_panel is not None:
            # Below the composer, hidden until a clip is opened from the queue.
            self.player_dock.setObjectName("player-dock")
            self.player_dock.setWidget(self.player_panel)
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.player_dock)
            self.player_dock.hide()
            player_toggle = self.player_dock.toggleViewAction()
            player_toggle.setShortcut("Ctrl+Shift+P")
            view.addAction(player_toggle)
        bar = self.statusBar()
        bar.addWidget(self.message, 1)
        for widget in status_widgets:
            bar.addPermanentWidget(widget)
        self.resize(1360, 860)
        self._restore()

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

    def closeEvent(self, event: QCloseEvent) -> None:
        self._state.save_geometry(GEOMETRY, self.saveGeometry())
        self._state.save_geometry(GEOMETRY + "-docks", self.saveState())
        self.closed.emit()
        super().closeEvent(event)
