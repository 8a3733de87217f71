"""One session: the services of one backend (real API or demo), with or without a window.

The window (app/ui/studio.py), the CLI (`generate --wait`, `resume`) and `--self-test` each drive
a Session. It lives as long as its key and API base: a new theme or language rebuilds only the
window, so polls and downloads go on and a submission in flight is not waited for. Services
only the window uses (player, thumbnails, probing, library, prices) are built on first use, so
the CLI never loads them.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import importlib
import logging
from collections.abc import AsyncIterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.core.media_limits import MediaKind
from app.services.account.auth_gate import AuthGate
from app.services.account.balance import BalanceService
from app.services.api.client import EvolinkClient
from app.services.backends import Backend
from app.services.background import TaskGroup
from app.services.home.settings import API_BASE_URL, FILENAME_TEMPLATE, POLL_CONCURRENCY, Settings
from app.services.tasks.store import TaskRecord, TaskStore
from app.services.tasks.task_queue import TaskQueue

if TYPE_CHECKING:
    import httpx

    from app.core.models import GenerationRequest
    from app.core.takes import SentPlan
    from app.services.account.price_estimator import PriceEstimator
    from app.services.account.spending import SpendingLedger
    from app.services.api.uploaded_files import UploadedFiles
    from app.services.clips.clip_actions import ClipActions
    from app.services.clips.library import ClipLibrary
    from app.services.clips.playback import Player
    from app.services.clips.thumbnails import ThumbnailCache
    from app.services.drafts.presets import PresetBook
    from app.services.drafts.prompt_history import PromptHistory
    from app.services.media import inputs, uploads
    from app.services.media.media_worker import MediaWorker
    from app.services.sequences.sequence_project import SequenceProject
    from app.services.tasks.submission import SubmitResult, Submitter
    from app.services.tasks.take_sets import OnMember, SetOutcome, TakeSets

log = logging.getLogger(__name__)
SUBMIT_TASK = "submit"
SUBMIT_GRACE_S = 30.0  # uploads included; past it the task is recovered at the next start
# A change of these needs a new session (a new client or poller); clips folder and name
# template are read when each download starts.
SESSION_SETTINGS = frozenset({API_BASE_URL.key, POLL_CONCURRENCY.key})
# Left out of the window's first paint, needed by the first answer, record or download: loaded
# by start() in a worker thread, so that none of them stalls the loop ~100 ms importing them.
HEAVY_MODULES = ("httpx", "app.core.models", "app.core.task_list", "app.services.api.tls",
                 "app.services.tasks.downloads")


class Session(QObject):
    """The services of one backend, built from settings + store + backend.

    `start()` loads the queue and picks up unfinished tasks; `aclose()` lets a submission in
    flight end (bounded), then stops polling and downloading (nothing is cancelled on the
    server: the store has it all) and closes what it opened. The backend, the store and `http`
    (the keyless client for the public price rules; made at the first fetch when None) belong
    to the caller.

    Signals: promptSent(object TaskRecord) — a request went to the server: its prompt and
    settings are in the history (the store keeps every request sent; PromptHistory reads it).
    """

    promptSent = Signal(object)

    def __init__(self, *, backend: Backend, store: TaskStore, settings: Settings,
                 http: httpx.AsyncClient | None = None, source: str = "gui",
                 clips_dir: Path | None = None, parent: QObject | None = None,
                 **queue_options: Any) -> None:
        """`clips_dir` overrides the clips folder of the settings (the CLI's --out)."""
        super().__init__(parent)
        self.backend, self.http, self.store, self.settings = backend, http, store, settings
        self._own_http: httpx.AsyncClient | None = None
        self._tasks = TaskGroup("session")
        self.queue = TaskQueue(client=backend.client, store=store,
                               clips_dir=settings.clips_folder if clips_dir is None
                               else clips_dir,
                               template=lambda: settings[FILENAME_TEMPLATE],
                               max_concurrent_requests=settings[POLL_CONCURRENCY],
                               source=source, parent=self, **queue_options)
        self.queue_source = source
        self.gate = AuthGate(self)
        self.balance = BalanceService(backend.client.credits, self)
        self.queue.authFailed.connect(self.gate.report_unauthorized)
        self.balance.unauthorized.connect(self.gate.report_unauthorized)
        self._started = False

    @property
    def client(self) -> EvolinkClient:
        return self.backend.client

    @property
    def demo(self) -> bool:
        return self.backend.demo

    # -- built on first use (the window's) ------------------------------------------------

    @functools.cached_property
    def submitter(self) -> Submitter:
        from app.services.tasks.submission import Submitter

        return Submitter(self.queue, source=self.queue_source)

    @functools.cached_property
    def files(self) -> UploadedFiles:
        from app.services.api.files_client import FilesClient
        from app.services.api.uploaded_files import UploadedFiles
        from app.services.media.upload_cache import UploadCache

        return UploadedFiles(FilesClient(self.backend.client), UploadCache.default(), self)

    @functools.cached_property
    def media_worker(self) -> MediaWorker:
        from app.services.media.media_worker import MediaWorker

        return MediaWorker(parent=self)

    @functools.cached_property
    def prices(self) -> PriceEstimator:
        from app.services.account.price_estimator import PriceEstimator
        from app.services.account.price_sources import PriceSources, charges, control_base_for

        return PriceEstimator(
            PriceSources(self.client, self.http or self._public_http,
                         control_base_for(self.client)),
            charges=functools.partial(charges, self.store), parent=self)

    def _public_http(self) -> httpx.AsyncClient:
        """The session's own keyless client, made at the first price-rules fetch (httpx loads
        then, after the window painted) and closed with the session."""
        if self._own_http is None:
            from app.services.account.price_sources import make_public_client

            self._own_http = make_public_client()
        return self._own_http

    @functools.cached_property
    def library(self) -> ClipLibrary:
        from app.services.clips.library import ClipLibrary

        return ClipLibrary(self.store.path)

    @functools.cached_property
    def thumbnails(self) -> ThumbnailCache:
        from app.services.clips.thumbnails import ThumbnailCache

        return ThumbnailCache(parent=self)

    @functools.cached_property
    def clip_actions(self) -> ClipActions:
        from app.services.clips.clip_actions import ClipActions

        return ClipActions(self.store, template=lambda: self.settings[FILENAME_TEMPLATE],
                           parent=self)

    @functools.cached_property
    def spending(self) -> SpendingLedger:
        from app.services.account.spending import SpendingLedger

        return SpendingLedger(self.store.path)

    @functools.cached_property
    def sequences(self) -> SequenceProject:
        from app.services.sequences.sequence_project import SequenceProject

        return SequenceProject(parent=self)

    @functools.cached_property
    def history(self) -> PromptHistory:
        from app.services.drafts.prompt_history import PromptHistory

        return PromptHistory(self.store.path)

    @functools.cached_property
    def presets(self) -> PresetBook:
        from app.services.drafts.presets import FILE_NAME, PresetBook
        from app.services.home import paths

        return PresetBook(paths.data_dir() / FILE_NAME)

    @functools.cached_property
    def player(self) -> Player:
        from app.services.clips.playback import Player

        return Player(self)

    def release_player(self) -> None:
        """The window that showed the player is going: its widgets hold the player's signals,
        so the next window gets a new one."""
        player = self.__dict__.pop("player", None)
        if player is not None:
            player.close()
            player.deleteLater()

    # -- life cycle --------------------------------------------------------------------------

    async def start(self) -> None:
        if not self._started:
            self._started = True
            await asyncio.to_thread(_import, HEAVY_MODULES)
            await self.queue.start()
            from app.services.sequences.sequence_project import clean_up_at_start

            await asyncio.to_thread(clean_up_at_start)  # a killed save's or export's leftovers

    async def aclose(self) -> None:
        # A submission under way finishes first (bounded): cut off, its task would be stored as
        # "outcome unknown" although the server may be making it and charging for it.
        await self._tasks.wait(SUBMIT_TASK, SUBMIT_GRACE_S)
        await self._tasks.aclose()
        self.release_player()
        if "sequences" in self.__dict__:
            self.sequences.flush()
        await self.queue.shutdown()
        await self.balance.close()
        built = self.__dict__
        if "files" in built:
            await self.files.close()
        if "prices" in built:
            await self.prices.close()
        if self._own_http is not None:
            await self._own_http.aclose()
            self._own_http = None
        for name in ("library", "spending", "history"):
            if name in built:
                built[name].close()
        self._started = False

    # -- intents -----------------------------------------------------------------------------

    def send(self, request: GenerationRequest,
             media: Mapping[MediaKind, Sequence[inputs.MediaInput]] | None = None,
             on_upload: uploads.OnUpload | None = None) -> asyncio.Task[SubmitResult]:
        """Submit in the session's own task: a window closed meanwhile does not cut it off,
        and the queue shows its task whichever window is open. A failure nobody planned for
        is logged here and raised to whoever awaits the task."""
        task = self._tasks.start(self.submitter.submit(request, media, on_upload), SUBMIT_TASK)
        task.add_done_callback(self._on_send_done)
        return task

    def _on_send_done(self, task: asyncio.Task[SubmitResult]) -> None:
        # A failure is the task group's to log; only a request sent is history.
        if not task.cancelled() and task.exception() is None:
            from app.services.tasks.submission import Submitted

            result = task.result()
            if isinstance(result, Submitted):
                self.promptSent.emit(result.record)

    @functools.cached_property
    def take_sets(self) -> TakeSets:
        from app.services.tasks.take_sets import TakeSets

        return TakeSets(self.submitter, self.queue, source=self.queue_source, parent=self)

    def send_set(self, plan: SentPlan,
                 media: Mapping[MediaKind, Sequence[inputs.MediaInput]] | None = None,
                 on_upload: uploads.OnUpload | None = None,
                 on_member: OnMember | None = None) -> asyncio.Task[SetOutcome]:
        """A take set written ahead, then sent at a pace, in the session's submit task."""
        return self._tasks.start(self.take_sets.make(plan, media, on_upload, on_member),
                                 SUBMIT_TASK)

    def send_rest(self, set_id: str) -> asyncio.Task[SetOutcome]:
        """The members of a set not sent yet (after a crash or a refusal): sent now."""
        return self._tasks.start(self.take_sets.send(set_id), SUBMIT_TASK)

    def set_sending(self, set_id: str) -> bool:
        return self.take_sets.sending(set_id)

    def discard_rest(self, set_id: str) -> list[TaskRecord]:
        return self.take_sets.discard_rest(set_id)

    def sending(self) -> bool:
        return bool(self._tasks.running(SUBMIT_TASK))


def _import(names: Sequence[str]) -> None:
    for name in names:
        importlib.import_module(name)


@contextlib.asynccontextmanager
async def open_session(backend: Backend, store: TaskStore, settings: Settings, *,
                       source: str = "cli", clips_dir: Path | None = None,
                       **queue_options: Any) -> AsyncIterator[Session]:
    """A started session, closed after (the CLI's, the self-test's)."""
    session = Session(backend=backend, store=store, settings=settings, source=source,
                      clips_dir=clips_dir, **queue_options)
    await session.start()
    try:
        yield session
    finally:
        await session.aclose()

