"""One running studio: services and panels for one backend (real API or demo), wired together."""

from __future__ import annotations

import asyncio
import functools
import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import QObject, QTimer

from app.core.file_service import FileQuota
from app.core.media_limits import MediaKind
from app.core.states import TaskState
from app.services import errors
from app.services.auth_gate import AuthGate
from app.services.background import TaskGroup
from app.services.balance import BalanceService
from app.services.client import EvolinkClient, describe
from app.services.clip_actions import ClipActions
from app.services.composer_draft import ComposerDraft
from app.services.files_client import FilesClient, UploadQuotaExhausted
from app.services.generation import InvalidRequest
from app.services.keychain import KeyProvider
from app.services.library import ClipLibrary
from app.services.media_worker import MediaWorker
from app.services.playback import Player
from app.services.price_estimator import PriceEstimator
from app.services.price_sources import PriceSources, charges, control_base_for
from app.services.settings import Settings
from app.services.spending import SpendingLedger
from app.services.store import TaskStore
from app.services.store_schema import TaskRecord
from app.services.task_queue import TaskQueue
from app.services.thumbnails import ThumbnailCache
from app.services.upload_cache import UploadCache
from app.services.uploaded_files import UploadedFiles
from app.services.uploads import UploadRefused
from app.services.window_state import WindowState
from app.ui.actions import Actions
from app.ui.clip_flow import ClipFlow
from app.ui.composer.panel import ComposerPanel
from app.ui.dialogs import help_actions
from app.ui.dialogs.about_dialog import AboutDialog
from app.ui.dialogs.uploaded_files_dialog import UploadedFilesDialog
from app.ui.labels import upload_quota_label
from app.ui.library.panel import LibraryPanel
from app.ui.main_window import MainWindow
from app.ui.messages import render
from app.ui.player.panel import PlayerPanel
from app.ui.queue.notifier import TaskNotifier
from app.ui.queue.panel import QueuePanel
from app.ui.spending.views import SpendingViews
from app.ui.status.balance_label import BalanceLabel
from app.ui.status.demo_badge import DemoBadge
from app.ui.studio_dialogs import StudioDialogs

log = logging.getLogger(__name__)
COMPOSER_STATE = "composer"
# The composer is saved this long after its last edit: a crash or kill -9 loses at most that.
COMPOSER_SAVE_DELAY_MS = 400
SUBMIT_TASK = "submit"
SUBMIT_GRACE_S = 30.0  # uploads included; past it the task is recovered at the next start
# A change of these rebuilds the window (the launch loop re-applies language and theme).
RESTART_SETTINGS = frozenset({"api_base_url", "clips_folder", "filename_template",
                              "poll_concurrency", "language", "theme"})


class Outcome(StrEnum):
    QUIT = "quit"
    REAL = "real"  # restart on the real API (a key was entered, or settings changed)
    DEMO = "demo"  # restart on the simulator


@dataclass
class Backend:
    client: EvolinkClient
    demo: bool


class Studio(QObject):
    """Builds the window for one backend, wires its panels, and runs until it should end."""

    def __init__(self, *, backend: Backend, http: httpx.AsyncClient, store: TaskStore,
                 settings: Settings, state: WindowState, provider: KeyProvider,
                 window: MainWindow | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend, self._settings, self._state = backend, settings, state
        self._outcome: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
        self._tasks = TaskGroup("studio", on_failure=self._on_task_failed)
        self.queue = TaskQueue(client=backend.client, http=http, store=store,
                               clips_dir=settings.clips_folder(),
                               template=settings.get("filename_template"),
                               max_concurrent_requests=settings.get("poll_concurrency"),
                               parent=self)
        self.gate = AuthGate(self)
        self.balance = BalanceService(backend.client.credits, self)
        self.files = UploadedFiles(FilesClient(backend.client), UploadCache.default(), self)
        self._files_dialog: UploadedFilesDialog | None = None
        self.composer = ComposerPanel(MediaWorker(parent=self))
        self.prices = PriceEstimator(
            PriceSources(backend.client, http, control_base_for(backend.client)),
            charges=functools.partial(charges, store), parent=self)
        self.composer.set_estimator(self.prices)
        self.queue_panel = QueuePanel(self.queue, demo=backend.demo)
        self.player = Player(self)
        self.player_panel = PlayerPanel(self.player)
        self.library = ClipLibrary(store.path)
        self.thumbnails = ThumbnailCache(parent=self)
        self.clip_actions = ClipActions(
            store, template=lambda: str(settings.get("filename_template")), parent=self)
        self.library_panel = LibraryPanel(self.library, self.thumbnails,
                                          actions=self.clip_actions)
        self.balance_label = BalanceLabel()
        self.badge = DemoBadge() if backend.demo else None
        # The first studio of a run fills the frame painted before its modules loaded.
        self._frame_closed = window is not None and not window.isVisible()
        self.window = window or MainWindow(actions=Actions(), state=state)
        self.actions = self.window.registry
        self.window.install(composer=self.composer, queue_panel=self.queue_panel,
                            library_panel=self.library_panel, player_panel=self.player_panel,
                            status_widgets=[w for w in (self.badge, self.balance_label)
                                            if w is not None],
                            demo=backend.demo)
        self.clip_flow = ClipFlow(composer=self.composer, library_panel=self.library_panel,
                                  store=store, window=self.window,
                                  say=self.window.show_message, parent=self)
        self.notifier = TaskNotifier(self.queue, self.window,
                                     enabled=bool(settings.get("notifications")))
        self.dialogs = StudioDialogs(provider=provider, settings=settings, window=self.window,
                                     api_base_url=settings.get("api_base_url"))
        self.spending = SpendingViews(
            SpendingLedger(store.path), budget=lambda: int(settings.get("daily_budget")),
            estimate=self._estimate, window=self.window, parent=self)
        self._restore_composer()
        self._connect()

    def _restore_composer(self) -> None:
        saved = self._state.panel(COMPOSER_STATE)
        if not saved:
            s = self._settings
            saved = {"model": s.get("default_model"), "duration": s.get("default_duration"),
                     "quality": s.get("default_quality"),
                     "aspect_ratio": s.get("default_aspect_ratio"),
                     "generate_audio": s.get("default_generate_audio")}
        self.composer.restore_state(saved)

    def _connect(self) -> None:
        self._composer_save = QTimer(self.composer)  # dies with the composer it saves
        self._composer_save.setSingleShot(True)
        self._composer_save.setInterval(COMPOSER_SAVE_DELAY_MS)
        self._composer_save.timeout.connect(self._save_composer)
        self.composer.edited.connect(self._composer_save.start)
        self.composer.submitRequested.connect(self._on_composer_submit_requested)
        self.composer.noticeChanged.connect(self.window.show_message)
        self.queue_panel.openFolderRequested.connect(help_actions.open_folder)
        self.queue_panel.openClipRequested.connect(self._on_queue_panel_open_clip_requested)
        self.player_panel.message.connect(self.window.show_message)
        self.library_panel.openClipRequested.connect(self._on_queue_panel_open_clip_requested)
        self.queue_panel.message.connect(self.window.show_message)
        self.queue.taskFinished.connect(self._on_queue_task_finished)
        self.queue.offlineChanged.connect(self._on_queue_offline_changed)
        self.queue.authFailed.connect(self.gate.report_unauthorized)
        self.balance.updated.connect(self.balance_label.show_credits)
        self.balance.loading.connect(self.balance_label.show_loading)
        self.balance.failed.connect(self.balance_label.show_failed)
        self.balance.unauthorized.connect(self.gate.report_unauthorized)
        self.balance_label.refresh_requested.connect(self.balance.refresh)
        self.gate.key_rejected.connect(self._on_gate_key_rejected)
        if self.badge is not None:
            self.badge.leave_requested.connect(self._on_badge_leave_requested)
        self.dialogs.keySaved.connect(lambda: self._finish(Outcome.REAL))
        self.dialogs.settingsChanged.connect(self._on_dialogs_settings_changed)
        self.window.closed.connect(lambda: self._finish(Outcome.QUIT))
        a = self.actions
        a["reuse_clip"].triggered.connect(self.clip_flow.choose_and_restore)
        a["open_clips"].triggered.connect(
            lambda: help_actions.open_folder(self._settings.clips_folder()))
        a["settings"].triggered.connect(self.dialogs.open_settings)
        a["api_key"].triggered.connect(lambda: self.dialogs.open_key(""))
        a["refresh_balance"].triggered.connect(self.balance.refresh)
        a["open_logs"].triggered.connect(help_actions.open_log_folder)
        a["uploaded_files"].triggered.connect(self.open_uploaded_files)
        a["spending"].triggered.connect(self.spending.open)
        self.files.quotaChanged.connect(self._on_files_quota_changed)
        self.composer.board().changed.connect(self._on_board_changed)
        a["about"].triggered.connect(lambda: AboutDialog(self.window).exec())

    # -- lifecycle -------------------------------------------------------------------------

    async def run(self) -> Outcome:
        await self.queue.start()
        if self._frame_closed:
            self._finish(Outcome.QUIT)  # closed while it was still an empty frame
        else:
            self.window.show()
            self.composer.prompt.edit.setFocus()  # where a session starts: typing the prompt
        self.balance.refresh()
        self._spawn(self._load_models(), "models")
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
        self.composer.edited.disconnect(self._composer_save.start)  # the last save is this one
        self._save_composer()
        self.spending.prompt.dismiss()  # an open "Send anyway?" is answered "Don't send"
        # A submission under way finishes first (bounded): cut off, its task would be stored as
        # "outcome unknown" although the server may be making it and charging for it.
        if self._tasks.running(SUBMIT_TASK):
            await self._tasks.wait(SUBMIT_TASK, SUBMIT_GRACE_S)
            self._save_composer()  # its end edits the composer: saved now, not by the timer
        await self._tasks.aclose()
        await self.clip_flow.shutdown()
        self.player.close()
        await self.queue.shutdown()
        self.library.close()
        await self.queue_panel.shutdown()
        await self.balance.close()
        await self.files.close()
        await self.prices.close()
        self.spending.close()
        if self.window.isVisible():
            self.window.close()
        self.window.deleteLater()

    def _spawn(self, coro: Any, name: str) -> None:
        self._tasks.start(coro, name)

    def _on_task_failed(self, name: str, exc: BaseException) -> None:
        """A failure nobody expected (a full disk, a bug): said where the user looks, and
        Generate usable again; the log has the traceback."""
        what = render(str(exc)) or type(exc).__name__
        if name == SUBMIT_TASK:
            self.composer.show_submit_error(None, self.tr(
                "The submission failed: %1. Nothing was sent if the queue does not list it; "
                "the log has the details.").replace("%1", what))
        else:
            self.window.show_message(self.tr("Something went wrong: %1 (the log has the "
                                             "details).").replace("%1", what), 0)

    async def _load_models(self) -> None:
        """Grey out the models this key may not use (GET /v1/models [seen])."""
        try:
            allowed = await self._backend.client.models()
        except (errors.ApiError, errors.NetworkError) as exc:
            log.info("the models of this key are unknown: %s", exc)
            return
        self.composer.set_allowed_models(allowed or None)  # an empty list: read as unknown

    # -- slots -----------------------------------------------------------------------------

    def _on_composer_submit_requested(self, draft: ComposerDraft) -> None:
        # One task from the budget question to the server's answer: closing the window waits
        # for a send under way, and never leaves a "Send anyway" answered but not sent.
        self._spawn(self._submit_within_budget(draft), SUBMIT_TASK)

    def _estimate(self) -> float | None:
        figure = self.composer.cost.figure()
        return figure.credits if figure is not None else None

    async def _submit_within_budget(self, draft: ComposerDraft) -> None:
        """Past the daily budget, nothing is sent unless the user says so."""
        try:
            allowed = await self.spending.prompt.allows()
        except Exception:  # the store could not be read: Generate is usable again
            self.composer.set_busy(False)
            raise
        if allowed:
            await self._submit(draft)
            return
        self.composer.set_busy(False)
        self.window.show_message(self.tr("Not sent: over your daily budget."))

    async def _submit(self, draft: ComposerDraft) -> None:
        self.composer.account.clear()
        media = {MediaKind.IMAGE: draft.images, MediaKind.VIDEO: draft.videos,
                 MediaKind.AUDIO: draft.audios}
        try:
            rec = await self.queue.submit(draft.request, media,
                                          on_upload=self.composer.board().set_upload)
        except UploadRefused as exc:  # the slot says why; Generate waits for a URL or removal
            self.composer.set_busy(False)
            self.composer.media.offer_url(exc.kind, exc.key)
            self.window.show_message(render(describe(exc)))
            return
        except UploadQuotaExhausted as exc:  # before any create; the media area says why
            self.composer.media.show_quota_refusal(render(exc.message))
            self.composer.show_submit_error(exc.param, render(exc.message))
            return
        except InvalidRequest as exc:
            first = exc.problems[0]
            self.composer.show_submit_error(first.field, render(first))
            return
        except errors.AdmissionRefused as exc:  # certainly not created: the account's words
            self.composer.set_busy(False)
            self.composer.account.show_refusal(render(exc.not_created), exc.action_url)
            self.gate.report(exc.cause)  # a disabled or expired key on 401 asks for another
            return
        except errors.SubmissionOutcomeUnknown as exc:
            self.composer.set_busy(False)
            lost = self.tr("Sent, but the answer was lost: the task is in the queue as "
                           "“outcome unknown”. ")
            self.window.show_message(lost + render(exc.message), 0)
            return
        except errors.Unauthorized as exc:
            self.gate.report(exc)
            self.composer.show_submit_error(None, render(exc.message))
            return
        except errors.ApiError as exc:
            self.composer.show_submit_error(exc.param, render(describe(exc)))
            return
        self.composer.set_busy(False)
        self.window.show_message(self.tr("Submitted: %1").replace("%1", rec.task_id or ""))
        self.balance.refresh()
        if any(m.path is not None for items in media.values() for m in items):
            self.files.refresh_quota()

    def _on_queue_task_finished(self, rec: TaskRecord) -> None:
        self.balance.refresh()
        self.spending.refresh()
        self.library_panel.refresh()
        # A saved clip goes to the centre, unless the user is watching one of their own there.
        if rec.state is TaskState.SAVED and rec.file_path:
            self.player_panel.show_new_clip(Path(rec.file_path))

    def _on_queue_panel_open_clip_requested(self, path: Path) -> None:
        self.window.show_player()
        self.player_panel.open_clip(path, play=True)

    def _on_queue_offline_changed(self, offline: bool) -> None:
        self.window.show_message(self.tr("Offline — retrying automatically") if offline
                                 else self.tr("Back online"), 0 if offline else 5000)

    def _on_gate_key_rejected(self, reason: str) -> None:
        self.dialogs.open_key(reason)

    def _on_badge_leave_requested(self) -> None:
        if self.dialogs.has_key():
            self._finish(Outcome.REAL)
        else:
            self.dialogs.open_key(self.tr("Enter your Evolink API key to leave the demo."))

    def _on_dialogs_settings_changed(self, keys: set[str]) -> None:
        if "notifications" in keys:
            self.notifier.enabled = bool(self._settings.get("notifications"))
        if keys & RESTART_SETTINGS:
            self._finish(Outcome.DEMO if self._backend.demo else Outcome.REAL)

    # -- the file service (issue 21 item 5) -------------------------------------------------

    def open_uploaded_files(self) -> UploadedFilesDialog:
        if self._files_dialog is None:
            self._files_dialog = UploadedFilesDialog(self.files, self.window)
            self._files_dialog.finished.connect(self._on_files_dialog_finished)
        self._files_dialog.open()
        self._files_dialog.raise_()
        return self._files_dialog

    def _on_files_dialog_finished(self, _result: int) -> None:
        if self._files_dialog is not None:
            self._files_dialog.deleteLater()
        self._files_dialog = None

    def _on_files_quota_changed(self, quota: FileQuota) -> None:
        self.composer.media.show_upload_quota(upload_quota_label(quota))

    def _on_board_changed(self, _kind: object) -> None:
        board = self.composer.board()
        local = any(e.path is not None for k in MediaKind for e in board.entries(k))
        if local and self.files.last is None:  # read once the first local file comes in
            self.files.refresh_quota()

