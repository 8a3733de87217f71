"""The queue panel: active and finished tasks, their progress, and what can be done with them."""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.states import TaskState
from app.services.background import TaskGroup
from app.services.tasks.store import TaskRecord
from app.services.tasks.task_actions import TaskActions
from app.ui.account_notice import AccountNotice
from app.ui.dialogs.modal import Confirm, ask
from app.ui.labels import plain_label
from app.ui.messages import render
from app.ui.queue.buttons import NARROWEST_PX, TaskButtons
from app.ui.queue.delegate import QueueDelegate
from app.ui.queue.list_view import QueueListView
from app.ui.queue.model import QueueModel
from app.ui.queue.presentation import (
    ACTIVE_GROUP,
    FINISHED_GROUP,
    details_text,
    row_text,
    stop_tracking_warning,
)
from app.ui.queue.recovery_actions import RecoveryActions
from app.ui.queue.retry_actions import RETRYABLE, RetryActions
from app.ui.queue.set_actions import SetActions, SetSender
from app.ui.queue.set_rows import GroupProxy as _GroupProxy
from app.ui.queue.set_rows import SetFold
from app.ui.screen_reader import value_label

if TYPE_CHECKING:  # the queue itself is the session's; its module brings httpx
    from app.services.tasks.task_queue import TaskQueue

log = logging.getLogger(__name__)
S = TaskState


class QueuePanel(QWidget):
    """Tasks grouped as active and finished, with actions on the selected one.

    Signals: openClipRequested(Path) — play a saved clip (double-click);
    openFolderRequested(Path) — show the folder holding a clip (the window opens it);
    retryRequested(str) — a retry of this local id was confirmed with its cost and sent;
    message(str) — a sentence for the status bar.
    """

    openClipRequested = Signal(Path)
    openFolderRequested = Signal(Path)
    retryRequested = Signal(str)
    message = Signal(str)

    def __init__(self, queue: TaskQueue, parent: QWidget | None = None, *,
                 confirm: Confirm = ask, demo: bool = False,
                 sets: SetSender | None = None) -> None:
        """`sets`: sends the rest of a take set (without it, sets are only shown)."""
        super().__init__(parent)
        self._queue, self._actions = queue, TaskActions(queue)
        self._confirm = confirm
        self._demo = demo  # the demo simulator's tasks: no charges to warn about
        self._tasks = TaskGroup("queue panel", on_failure=self._on_task_failed)
        self.model = QueueModel(queue, self, demo=demo)
        self.fold = SetFold(self.model, queue, self, sending=sets and sets.set_sending)
        self.active_proxy = _GroupProxy(ACTIVE_GROUP, self)
        self.finished_proxy = _GroupProxy(FINISHED_GROUP, self)
        self.offline_banner = QLabel(self.tr(
            "Offline — the video service cannot be reached. Retrying automatically; "
            "nothing is lost."))
        self.active_label = QLabel()
        self.finished_label = QLabel()
        self.active_view = QueueListView()
        self.finished_view = QueueListView()
        self.detail = QLabel()
        self.feedback = QLabel()
        self.copy_button = QPushButton(self.tr("Copy task &ID"))
        self.folder_button = QPushButton(self.tr("Open &folder"))
        self.track_button = QPushButton(self.tr("&Stop tracking…"))
        self.retry_button = QPushButton(self.tr("&Retry…"))
        self.find_button = QPushButton(self.tr("Fi&nd it"))
        self.resend_button = QPushButton(self.tr("Send again (same &key)…"))
        self.again_button = QPushButton(self.tr("Do&wnload again"))  # an expired link, tried
        self.recovery = RecoveryActions(queue, self, confirm=confirm, run=self._run)
        self.retries = RetryActions(self._actions, self, confirm=confirm, run=self._run,
                                    demo=demo)
        self.sets = SetActions(queue, self.fold, self, sender=sets, confirm=confirm, run=self._run)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.details_button = QPushButton(self.tr("Copy &details"))  # for a support request
        self.account = AccountNotice()  # a retry's account refusal, with its page's link
        self.copy_action = QAction(self.tr("Copy task ID"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        # On the queue's lists only: window-wide, Ctrl+C in the gallery would be ambiguous.
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._current: str | None = None
        self._setup_ui()
        queue.activeCountChanged.connect(self._on_queue_counts_changed)
        queue.rowInserted.connect(self._on_queue_counts_changed)
        queue.rowRemoved.connect(self._on_queue_counts_changed)
        queue.recordChanged.connect(self._on_queue_record_changed)
        queue.offlineChanged.connect(self.offline_banner.setVisible)
        self.model.textsStale.connect(self._on_model_texts_stale)
        for view in (self.active_view, self.finished_view):
            view.selectionModel().currentChanged.connect(self._on_view_current_changed)
            view.doubleClicked.connect(self._on_view_double_clicked)
            view.customContextMenuRequested.connect(self._on_view_context_menu)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.details_button.clicked.connect(self._on_details_clicked)
        self.copy_action.triggered.connect(self._on_copy_clicked)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.track_button.clicked.connect(self._on_track_clicked)
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.find_button.clicked.connect(self._on_find_clicked)
        self.resend_button.clicked.connect(self._on_resend_clicked)
        self.again_button.clicked.connect(self._on_again_clicked)
        self.recovery.said.connect(self._say)
        self.retries.said.connect(self._say)
        self.retries.changed.connect(self._update_actions)
        self.retries.requested.connect(self._on_retry_requested)
        self.retries.refused.connect(self._on_retry_refused)
        self.recovery.changed.connect(self._update_actions)
        self.sets.said.connect(self._say)
        self.sets.changed.connect(self._on_queue_counts_changed)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self._on_queue_counts_changed()
        self._update_actions()

    def _setup_ui(self) -> None:
        self.offline_banner.setVisible(self._queue.offline)
        self.offline_banner.setWordWrap(True)
        value_label(self.offline_banner, self.tr("Offline"))
        self.offline_banner.setStyleSheet(
            "background:#b26a00;color:white;padding:6px 10px;border-radius:4px")
        delegate = QueueDelegate(QueueModel.TextRole, self)
        for view, proxy, label, name in (
                (self.active_view, self.active_proxy, self.active_label, self.tr("Active tasks")),
                (self.finished_view, self.finished_proxy, self.finished_label,
                 self.tr("Finished tasks"))):
            proxy.setSourceModel(self.fold)
            self.fold.groupsChanged.connect(proxy.regroup)
            view.setModel(proxy)
            view.setItemDelegate(delegate)
            view.setUniformItemSizes(True)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.setAccessibleName(name)
            view.setAlternatingRowColors(True)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.addAction(self.copy_action)
            label.setBuddy(view)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self.finished_view.setSizePolicy(QSizePolicy.Policy.Preferred,
                                         QSizePolicy.Policy.Expanding)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value_label(self.detail, self.tr("Selected task"))
        self.feedback.setWordWrap(True)
        value_label(self.feedback, self.tr("Queue message"))
        # Rows of three with words, or of four icons in a narrow dock (see resizeEvent).
        b = self.buttons = TaskButtons(QGridLayout(), (
            (self.copy_button, "copy"), (self.folder_button, "folder"),
            (self.remove_button, "remove"), (self.track_button, "stop-tracking"),
            (self.retry_button, "retry"), (self.find_button, "find"),
            (self.resend_button, "resend"), (self.details_button, "details"),
            (self.again_button, "retry")))
        b.set_tip(self.track_button, stop_tracking_warning(demo=self._demo))
        b.set_tip(self.find_button, self.tr("Look for a submission whose answer was lost among "
                                            "the account's recent tasks. Nothing is sent "
                                            "again."))
        b.set_tip(self.resend_button, self.tr("Send the request again with the idempotency "
                                              "key of the first attempt, never a new one."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.offline_banner)
        layout.addWidget(self.active_label)
        layout.addWidget(self.active_view, 2)
        layout.addWidget(self.finished_label)
        layout.addWidget(self.finished_view, 3)
        layout.addWidget(self.detail)
        layout.addLayout(b.grid)
        # A set's buttons keep their words: their text changes with the set (Show/Fold takes).
        set_row = QVBoxLayout()
        for button in self.sets.buttons:
            set_row.addWidget(button)
        layout.addLayout(set_row)
        self.setMinimumWidth(NARROWEST_PX)  # the words give way to icons below their width
        layout.addWidget(self.feedback)
        layout.addWidget(self.account)

    # --- selection --------------------------------------------------------------------------

    def current(self) -> TaskRecord | None:
        return self._queue.record(self._current) if self._current else None

    def select(self, local_id: str) -> None:
        """Make this task the current one (for keyboard users and tests)."""
        for view, proxy in ((self.active_view, self.active_proxy),
                            (self.finished_view, self.finished_proxy)):
            for row in range(proxy.rowCount()):
                index = proxy.index(row, 0)
                if index.data(QueueModel.LocalIdRole) == local_id:
                    view.setCurrentIndex(index)
                    view.setFocus()
                    return

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self._current = current.data(QueueModel.LocalIdRole)
        other = self.finished_view if current.model() is self.active_proxy else self.active_view
        other.selectionModel().clearSelection()
        self._update_actions()

    def _on_model_texts_stale(self) -> None:
        """The countdowns moved: the active rows on screen paint again (with their new text)."""
        self.active_view.viewport().update()

    def _on_queue_record_changed(self, row: int) -> None:
        if self._current and self._queue.record_at(row).local_id == self._current:
            self._update_actions()

    def _on_queue_counts_changed(self, *_args: object) -> None:
        self.active_label.setText(self.tr("&Active (%1)").replace(
            "%1", str(self.active_proxy.rowCount())))
        self.finished_label.setText(self.tr("F&inished (%1)").replace(
            "%1", str(self.finished_proxy.rowCount())))
        if self._current and self._queue.record(self._current) is None:
            self._current = None
        self._update_actions()

    def _update_actions(self) -> None:
        rec = self.current()
        tracked_active = rec is not None and not rec.untracked and rec.state in (
            S.PENDING, S.PROCESSING, S.COMPLETED, S.DOWNLOADING)
        self.copy_button.setEnabled(bool(rec and rec.task_id))
        self.copy_action.setEnabled(bool(rec and rec.task_id))
        self.details_button.setEnabled(rec is not None)
        self.folder_button.setEnabled(bool(rec and rec.file_path))
        self.track_button.setEnabled(bool(rec and rec.task_id and not rec.state.terminal))
        again = bool(rec and rec.untracked)
        self.buttons.set_label(self.track_button, self.tr("Track &again") if again
                               else self.tr("&Stop tracking…"),
                               "track" if again else "stop-tracking")
        self.retry_button.setEnabled(bool(rec and rec.state in RETRYABLE))
        self.find_button.setEnabled(bool(rec and rec.state is S.OUTCOME_UNKNOWN))
        self.resend_button.setEnabled(bool(rec and rec.state is S.OUTCOME_UNKNOWN))
        self.again_button.setEnabled(bool(rec and rec.state is S.EXPIRED))
        self.remove_button.setEnabled(bool(rec) and not tracked_active)
        self.sets.update(rec)
        if rec is None:
            self.detail.setText(self.tr("Select a task to see its details."))
            return
        text = row_text(rec, self._queue.live(rec.local_id), demo=self._demo)
        parts = [text.note, text.credits,
                 self.tr("Task id: %1").replace("%1", rec.display_id)]
        self.detail.setText("<br>".join([f"<b>{_html(text.status)}</b>",
                                         *(_html(p) for p in parts if p)]))

    # --- actions ----------------------------------------------------------------------------

    def _run(self, coro: Coroutine[Any, Any, Any], name: str) -> None:
        self._tasks.start(coro, name)

    def _on_task_failed(self, _name: str, exc: BaseException) -> None:
        self._say(self.tr("That did not work: %1 (the log has the details).")
                  .replace("%1", render(str(exc)) or type(exc).__name__))

    def _say(self, text: str) -> None:
        self.feedback.setText(text)
        self.message.emit(text)

    def _on_details_clicked(self) -> None:
        rec = self.current()
        if rec is not None:
            QGuiApplication.clipboard().setText(details_text(rec))
            self._say(self.tr("Details copied."))

    def _on_copy_clicked(self) -> None:
        rec = self.current()
        if rec and rec.task_id:
            QGuiApplication.clipboard().setText(rec.task_id)
            self._say(self.tr("Copied task id %1").replace("%1", rec.task_id))

    def _on_folder_clicked(self) -> None:
        rec = self.current()
        if rec and rec.file_path:
            self.openFolderRequested.emit(Path(rec.file_path).parent)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        rec: TaskRecord | None = index.data(QueueModel.RecordRole)
        if rec is not None and rec.state is S.SAVED and rec.file_path:
            self.openClipRequested.emit(Path(rec.file_path))

    def _on_track_clicked(self) -> None:
        if (rec := self.current()) is not None:
            self.retries.toggle_tracking(rec)

    def _on_retry_clicked(self) -> None:
        if (rec := self.current()) is not None:
            self.retries.retry(rec)

    def _on_retry_requested(self, local_id: str) -> None:
        self.account.clear()
        self.retryRequested.emit(local_id)

    def _on_retry_refused(self, text: str, url: str) -> None:
        self.feedback.clear()  # the notice says it, beside its account-page link
        self.message.emit(text)
        self.account.show_refusal(text, url or None)

    def _on_find_clicked(self) -> None:
        rec = self.current()
        if rec is not None:
            self.recovery.find(rec.local_id)

    def _on_resend_clicked(self) -> None:
        rec = self.current()
        if rec is not None:
            self.recovery.resend(rec.local_id)

    def _on_again_clicked(self) -> None:
        if (rec := self.current()) is not None:
            self.recovery.download_again(rec.local_id)

    def _on_remove_clicked(self) -> None:
        rec = self.current()
        if rec is None:
            return
        try:
            self._actions.remove(rec.local_id)
        except ValueError as exc:
            self._say(render(exc.args[0]) if exc.args else str(exc))
            return
        self._say(self.tr("Removed from the list (the clip and its record stay on disk)."))

    def _on_view_context_menu(self, pos: QPoint) -> None:
        view = self.sender()
        if not isinstance(view, QListView) or not view.indexAt(pos).isValid():
            return
        view.setCurrentIndex(view.indexAt(pos))
        menu = QMenu(self)
        for button in (self.copy_button, self.details_button, self.folder_button,
                       self.track_button, self.retry_button, self.find_button,
                       self.resend_button, self.again_button,
                       self.remove_button, *self.sets.buttons):
            action = menu.addAction(button.icon(), plain_label(self.buttons.label(button)))
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(view.viewport().mapToGlobal(pos))  # no nested event loop (exec) under qasync

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        margins = self.contentsMargins().left() + self.contentsMargins().right() + 12
        self.buttons.set_compact(self.width() - margins < self.buttons.wide_width())

    async def shutdown(self) -> None:
        await self._tasks.aclose()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
