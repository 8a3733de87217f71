"""Tells the user when a clip is ready or failed while the window is not focused; counts tasks."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from app.core.states import TaskState
from app.services.tasks.store import TaskRecord
from app.services.tasks.task_queue import TaskQueue
from app.ui.messages import render
from app.ui.queue.presentation import excerpt

TRAY_MS = 8000


class TaskNotifier(QObject):
    """Desktop notices for finished tasks, and the active-task count in the window title.

    Signals: notified(str, str) — a notice (title, text) was shown, or would have been with no
    system tray (then the taskbar entry is flashed instead).
    """

    notified = Signal(str, str)

    def __init__(self, queue: TaskQueue, window: QWidget, *,
                 tray: QSystemTrayIcon | None = None, enabled: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self._tray = tray
        self.enabled = enabled
        self._suffix = ""
        if self._tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(window.windowIcon(), self)
            self._tray.setToolTip(window.windowTitle())
            self._tray.show()
        queue.taskFinished.connect(self._on_queue_task_finished)
        queue.activeCountChanged.connect(self._on_queue_active_count_changed)
        self._on_queue_active_count_changed(queue.active_count)

    def _on_queue_active_count_changed(self, count: int) -> None:
        title = self._window.windowTitle()
        if self._suffix and title.endswith(self._suffix):
            title = title[: -len(self._suffix)]
        self._suffix = self.tr(" — %1 active").replace("%1", str(count)) if count else ""
        self._window.setWindowTitle(title + self._suffix)

    def _on_queue_task_finished(self, rec: TaskRecord) -> None:
        if not self.enabled or self._window.isActiveWindow():
            return
        prompt = excerpt(rec.request.prompt, 60)
        if rec.state is TaskState.SAVED:
            title, text = self.tr("Clip ready"), self.tr("“%1” is saved.").replace("%1", prompt)
            icon = QSystemTrayIcon.MessageIcon.Information
        elif rec.state is TaskState.EXPIRED:
            title = self.tr("Clip expired")
            text = self.tr("“%1”: the link expired before it was saved.").replace("%1", prompt)
            icon = QSystemTrayIcon.MessageIcon.Warning
        else:
            reason = (render(rec.error_message or "") or rec.error_code
                      or self.tr("no reason given"))
            title = self.tr("Generation failed")
            text = self.tr("“%1”: %2. No credits were spent.").replace("%1", prompt).replace(
                "%2", reason.rstrip("."))
            icon = QSystemTrayIcon.MessageIcon.Warning
        if self._tray is not None and self._tray.isVisible():
            self._tray.showMessage(title, text, icon, TRAY_MS)
        else:
            QApplication.alert(self._window)
        self.notified.emit(title, text)
