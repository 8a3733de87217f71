"""One window on a session: the panels over the session's services, wired together."""

from __future__ import annotations

import asyncio
import logging
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, SignalInstance

from app.core.media_limits import MediaKind
from app.core.states import TaskState
from app.services.account.keychain import KeyProvider
from app.services.api import errors
from app.services.background import TaskGroup
from app.services.home.settings import (
    API_BASE_URL,
    DAILY_BUDGET,
    DEFAULT_ASPECT_RATIO,
    DEFAULT_DURATION,
    DEFAULT_GENERATE_AUDIO,
    DEFAULT_MODEL,
    DEFAULT_QUALITY,
    LANGUAGE,
    NOTIFICATIONS,
    THEME,
)
from app.services.home.window_state import WindowState
from app.services.session import SESSION_SETTINGS, Session
from app.services.tasks.store_schema import TaskRecord
from app.ui.actions import ActionId, Actions
from app.ui.composer.panel import ComposerPanel
from app.ui.dialogs import help_actions
from app.ui.dialogs.modal import open_modal
from app.ui.labels import upload_quota_label
from app.ui.main_window import MainWindow
from app.ui.messages import render
from app.ui.player.clip_action_bar import ClipActionBar
from app.ui.player.panel import PlayerPanel
from app.ui.queue.notifier import TaskNotifier
from app.ui.queue.panel import QueuePanel
from app.ui.status.balance_label import BalanceLabel
from app.ui.status.demo_badge import DemoBadge

if TYPE_CHECKING:  # built once the window painted (Studio.build_flows)
    from app.core.file_service import FileQuota
    from app.services.drafts.composer_draft import ComposerDraft
    from app.ui.composer.history_popup import PromptMemory
    from app.ui.sequence.views import SequenceViews
    from app.ui.spending.views import SpendingViews
    from app.ui.studio_dialogs import StudioDialogs
    from app.ui.submit_flow import SubmitFlow
    from app.ui.takes.take_flow import TakeFlow
    from app.ui.viewer_clip import ViewerClip

log = logging.getLogger(__name__)
COMPOSER_STATE = "composer"
# The composer is saved this long after its last edit: a crash or kill -9 loses at most that.
COMPOSER_SAVE_DELAY_MS = 400
# A change of these rebuilds the window only (the launch loop re-applies language and theme);
# SESSION_SETTINGS rebuild the session under it too.
WINDOW_SETTINGS = frozenset({LANGUAGE.key, THEME.key})
READY_PAINT_WAIT_S = 0.5  # the flows are built after the panels painted, or after this


class Outcome(StrEnum):
    QUIT = "quit"
    WINDOW = "window"  # a new window on the same session (a new language or theme)
    REAL = "real"  # a new session on the real API (a key was entered, or the API base changed)
    DEMO = "demo"  # a new session on the simulator


class Studio(QObject):
    """Builds the window over a session, wires its panels, and runs until it should end; the
    session goes on after it (the launch loop closes it when the key or API base changes)."""

    def __init__(self, *, session: Session, state: WindowState, provider: KeyProvider,
                 window: MainWindow | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self._settings, self._state = session, session.settings, state
        self._outcome: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
        self._tasks = TaskGroup("studio", on_failure=self._on_task_failed)
        self._wired: list[tuple[SignalInstance, Any]] = []  # to the session: cut at the end
        self.queue, self.gate, self.balance = session.queue, session.gate, session.balance
        self.prices, self.player = session.prices, session.player
        self.composer = ComposerPanel(session.media_worker, state=self._saved_composer())
        self.composer.set_estimator(self.prices)
        self.queue_panel = QueuePanel(self.queue, demo=session.demo, sets=session)
        self.player_panel = PlayerPanel(self.player)
        self.balance_label, self.badge = BalanceLabel(), DemoBadge() if session.demo else None
        # The first studio of a run fills the frame painted before its modules loaded.
        self._frame_closed = window is not None and not window.isVisible()
        self.window = window or MainWindow(actions=Actions(), state=state)
        self.actions = self.window.registry
        self.window.install(composer=self.composer, queue_panel=self.queue_panel,
                            library_panel=None, player_panel=self.player_panel,
                            status_widgets=[w for w in (self.badge, self.balance_label)
                                            if w is not None],
                            demo=session.demo)
        self._provider = provider
        self.clip_bar = ClipActionBar(self.actions.viewer_actions())
        self.player_panel.add_below_transport(self.clip_bar)
        self._connect_panels()

    def build_flows(self) -> None:
        """The library (hidden at start), the dialogs, and what the panels do together: built by
        run() once the window painted with its panels, so it is ready sooner (their modules load
        here); a Send before then builds them first."""
        if hasattr(self, "sequence"):
            return
        from app.ui.clip_flow import ClipFlow
        from app.ui.composer.history_popup import PromptMemory
        from app.ui.library.panel import LibraryPanel
        from app.ui.spending.views import SpendingViews
        from app.ui.studio_dialogs import StudioDialogs
        from app.ui.submit_flow import SubmitFlow
        from app.ui.takes.take_flow import TakeFlow, gateway_price, table_price
        from app.ui.viewer_clip import ViewerClip

        session, settings = self.session, self._settings
        self.library, self.thumbnails = session.library, session.thumbnails
        self.clip_actions, self.files = session.clip_actions, session.files
        self.viewer_clip: ViewerClip = ViewerClip(
            actions=self.actions, panel=self.player_panel, store=session.store,
            service=self.clip_actions, window=self.window, parent=self)
        self.dialogs: StudioDialogs = StudioDialogs(
            provider=self._provider, settings=settings, window=self.window,
            api_base_url=settings[API_BASE_URL])
        self.spending: SpendingViews = SpendingViews(
            session.spending, budget=lambda: self._settings[DAILY_BUDGET],
            estimate=self._estimate, window=self.window, parent=self)
        self.submit_flow: SubmitFlow = SubmitFlow(
            session=session, composer=self.composer, window=self.window,
            spending=self.spending, spawn=self._spawn, parent=self)
        self.take_set_flow = self.submit_flow.take_set_flow
        self.library_panel = LibraryPanel(self.library, self.thumbnails, actions=self.clip_actions)
        self.window.install_gallery(self.library_panel)
        self.clip_flow = ClipFlow(composer=self.composer, library_panel=self.library_panel,
                                  store=session.store, window=self.window,
                                  say=self.window.show_message, parent=self)
        self.take_flow: TakeFlow = TakeFlow(
            library=self.library, clip_actions=self.clip_actions, send=session.send,
            price=table_price, window=self.window, say=self.window.show_message,
            quote=gateway_price(self.prices), parent=self)
        self.prompt_memory: PromptMemory = PromptMemory(
            editor=self.composer.prompt, apply=self.composer.restore_state,
            current=self.composer.request, history=session.history, book=session.presets,
            window=self.window, say=self.window.show_message, parent=self)
        self.clip_flow.follow(self.viewer_clip)
        self.notifier = TaskNotifier(self.queue, self.window, enabled=settings[NOTIFICATIONS])
        self.sequence = self._sequence_views()
        self._connect()

    def _sequence_views(self) -> SequenceViews:
        from app.services.sequences.sequence_frames import library_clip_paths
        from app.ui.sequence.views import SequenceViews

        commands = self.library_panel.commands
        return SequenceViews(
            project=self.session.sequences, session=self.session, window=self.window,
            registry=self.actions, player_panel=self.player_panel,
            composer_request=self.composer.request,
            library_selection=lambda: [Path(r.file_path) for r in commands.selected()
                                       if r.file_path],
            library_menu=commands.menu, clip_paths=lambda: library_clip_paths(self.library),
            clips_folder=self._settings.clips_folder, spawn=self._spawn,
            say=self.window.show_message,
            budget=lambda: self._settings[DAILY_BUDGET], parent=self)

    def _saved_composer(self) -> dict[str, Any]:
        """The composer as the last window left it, else the defaults of the settings."""
        saved = self._state.panel(COMPOSER_STATE)
        if not saved:
            s = self._settings
            saved = {"model": s[DEFAULT_MODEL], "duration": s[DEFAULT_DURATION],
                     "quality": s[DEFAULT_QUALITY], "aspect_ratio": s[DEFAULT_ASPECT_RATIO],
                     "generate_audio": s[DEFAULT_GENERATE_AUDIO]}
        return saved

    def _connect_panels(self) -> None:
        """The panels' own wiring: working from their first paint."""
        self._composer_save = QTimer(self.composer)  # dies with the composer it saves
        self._composer_save.setSingleShot(True)
        self._composer_save.setInterval(COMPOSER_SAVE_DELAY_MS)
        self._composer_save.timeout.connect(self._save_composer)
        self.composer.edited.connect(self._composer_save.start)
        self.composer.submitRequested.connect(self._on_composer_submit_requested)
        self.composer.noticeChanged.connect(self.window.show_message)
        self.window.closed.connect(lambda: self._finish(Outcome.QUIT))
        self.queue_panel.openFolderRequested.connect(help_actions.open_folder)
        self.queue_panel.openClipRequested.connect(self._on_queue_panel_open_clip_requested)
        self.player_panel.message.connect(self.window.show_message)
        self.queue_panel.message.connect(self.window.show_message)

    def _connect(self) -> None:
        self.library_panel.openClipRequested.connect(self._on_queue_panel_open_clip_requested)
        takes = self.take_flow
        self.library_panel.compareTakesRequested.connect(takes.compare)
        self.library_panel.remakeRequested.connect(takes.remake)
        self.player_panel.remakeRequested.connect(takes.remake_file)
        self.player_panel.compareTakesRequested.connect(takes.compare_set_of)
        takes.libraryChanged.connect(self.library_panel.refresh)
        takes.openClipRequested.connect(self._on_queue_panel_open_clip_requested)
        self._wire(self.queue.taskFinished, self._on_queue_task_finished)
        self._wire(self.session.promptSent, self.prompt_memory.refresh)
        self._wire(self.player.mediaLoaded, self.viewer_clip.update)
        self._wire(self.player.errorOccurred, self.viewer_clip.update)
        self.viewer_clip.message.connect(self.window.show_message)
        self.viewer_clip.changed.connect(self.library_panel.refresh)
        self._wire(self.queue.offlineChanged, self._on_queue_offline_changed)
        self._wire(self.balance.updated, self.balance_label.show_credits)
        self._wire(self.balance.loading, self.balance_label.show_loading)
        self._wire(self.balance.failed, self.balance_label.show_failed)
        self.balance_label.refresh_requested.connect(self.balance.refresh)
        self._wire(self.gate.key_rejected, self.dialogs.open_key)
        self._wire(self.files.quotaChanged, self._on_files_quota_changed)
        if self.badge is not None:
            self.badge.leave_requested.connect(self._on_badge_leave_requested)
        self.dialogs.keySaved.connect(lambda: self._finish(Outcome.REAL))
        self.dialogs.settingsChanged.connect(self._on_dialogs_settings_changed)
        a = self.actions
        a[ActionId.REUSE_CLIP].triggered.connect(self.clip_flow.choose_and_restore)
        a[ActionId.OPEN_CLIPS].triggered.connect(
            lambda: help_actions.open_folder(self._settings.clips_folder()))
        a[ActionId.SETTINGS].triggered.connect(self.dialogs.open_settings)
        a[ActionId.API_KEY].triggered.connect(lambda: self.dialogs.open_key(""))
        a[ActionId.REFRESH_BALANCE].triggered.connect(self.balance.refresh)
        a[ActionId.OPEN_LOGS].triggered.connect(help_actions.open_log_folder)
        a[ActionId.UPLOADED_FILES].triggered.connect(
            lambda: self.dialogs.open_uploaded_files(self.files))
        a[ActionId.SPENDING].triggered.connect(self.spending.open)
        self.composer.board().changed.connect(self._on_board_changed)
        a[ActionId.ABOUT].triggered.connect(self._on_about_triggered)
        self._wire(self.session.take_sets.sendingChanged, self.queue_panel.sets.sending_changed)

    def _wire(self, signal: SignalInstance, slot: Any) -> None:
        """A session's signal to this window: disconnected when the window goes, as the
        session outlives it."""
        signal.connect(slot)
        self._wired.append((signal, slot))

    # -- lifecycle -------------------------------------------------------------------------

    def _focus_prompt(self) -> None:
        """Where a session starts: typing the prompt."""
        if not self._frame_closed:
            self.composer.prompt.edit.setFocus()

    async def run(self) -> Outcome:
        self._focus_prompt()  # the frame may be showing already, while the session starts
        await self.window.panels_painted(READY_PAINT_WAIT_S)
        self.build_flows()
        await self.session.start()
        if self._frame_closed:
            self._finish(Outcome.QUIT)  # closed while it was still an empty frame
        else:
            self.window.show()
            self._focus_prompt()
        self.balance.refresh()
        self._spawn(self._load_models(), "models")
        self._spawn(self.sequence.restore(), "sequence-restore")
        self.prompt_memory.refresh()
        outcome = await self._outcome
        await self._shutdown()
        return outcome

    def _finish(self, outcome: Outcome) -> None:
        if not self._outcome.done():
            self._outcome.set_result(outcome)

    def _save_composer(self) -> None:
        self._composer_save.stop()
        self._state.save_panel(COMPOSER_STATE, self.composer.save_state())

    async def _shutdown(self) -> None:
        """The window goes; the session's work goes on (a submission in flight included: its
        task shows up in the queue of the next window)."""
        self.composer.edited.disconnect(self._composer_save.start)  # the last save is this one
        self._save_composer()
        self.spending.prompt.dismiss()
        self.submit_flow.close()  # an open "Send anyway?" is answered "Don't send"
        for signal, slot in self._wired:
            signal.disconnect(slot)
        self._wired.clear()
        await self.sequence.shutdown()
        await self._tasks.aclose()
        await self.clip_flow.shutdown()
        await self.take_flow.shutdown()
        await self.prompt_memory.shutdown()
        self.session.release_player()
        await self.queue_panel.shutdown()
        self.spending.close()
        if self.window.isVisible():
            self.window.close()
        self.window.deleteLater()

    def _spawn(self, coro: Any, name: str) -> None:
        self._tasks.start(coro, name)

    def _on_task_failed(self, name: str, exc: BaseException) -> None:
        """A failure nobody expected (a full disk, a bug): said where the user looks, and
        Generate usable again; the log has the traceback."""
        from app.ui.submit_flow import SUBMIT_TASK

        if name == SUBMIT_TASK:
            self.submit_flow.failed(exc)
        else:
            what = render(str(exc)) or type(exc).__name__
            self.window.show_message(self.tr("Something went wrong: %1 (the log has the "
                                             "details).").replace("%1", what), 0)

    async def _load_models(self) -> None:
        """Grey out the models this key may not use (GET /v1/models [seen])."""
        try:
            allowed = await self.session.client.models()
        except (errors.ApiError, errors.NetworkError) as exc:
            log.info("the models of this key are unknown: %s", exc)
            return
        self.composer.set_allowed_models(allowed or None)  # an empty list: read as unknown

    # -- slots -----------------------------------------------------------------------------

    def _estimate(self) -> float | None:
        figure = self.composer.cost.figure()
        return figure.credits if figure is not None else None

    def _on_queue_task_finished(self, rec: TaskRecord) -> None:
        self.balance.refresh()
        self.spending.refresh()
        self.library_panel.refresh()
        # A saved clip goes to the centre, unless the user is watching one of their own there.
        if rec.state is TaskState.SAVED and rec.file_path:
            self.player_panel.show_new_clip(Path(rec.file_path))

    def _on_composer_submit_requested(self, draft: ComposerDraft) -> None:
        self.build_flows()  # a Send in the moment between the ready paint and run()'s build
        self.submit_flow.submit(draft)

    def _on_about_triggered(self) -> None:
        from app.ui.dialogs.about_dialog import AboutDialog

        open_modal(AboutDialog(self.window))

    def _on_queue_panel_open_clip_requested(self, path: Path) -> None:
        self.window.show_player()
        self.player_panel.open_clip(path, play=True)

    def _on_queue_offline_changed(self, offline: bool) -> None:
        self.window.show_message(self.tr("Offline — retrying automatically") if offline
                                 else self.tr("Back online"), 0 if offline else 5000)

    def _on_badge_leave_requested(self) -> None:
        if self.dialogs.has_key():
            self._finish(Outcome.REAL)
        else:
            self.dialogs.open_key(self.tr("Enter your Evolink API key to leave the demo."))

    def _on_dialogs_settings_changed(self, keys: set[str]) -> None:
        if NOTIFICATIONS.key in keys:
            self.notifier.enabled = self._settings[NOTIFICATIONS]
        if keys & SESSION_SETTINGS:
            self._finish(Outcome.DEMO if self.session.demo else Outcome.REAL)
        elif keys & WINDOW_SETTINGS:
            self._finish(Outcome.WINDOW)

    # -- the file service (issue 21 item 5; its dialog: StudioDialogs) ---------------------

    def _on_files_quota_changed(self, quota: FileQuota) -> None:
        self.composer.media.show_upload_quota(upload_quota_label(quota))

    def _on_board_changed(self, _kind: object) -> None:
        board = self.composer.board()
        local = any(e.path is not None for k in MediaKind for e in board.entries(k))
        if local and self.files.last is None:  # read once the first local file comes in
            self.files.refresh_quota()

