"""`Simulator`: the local Evolink stand-in, started in-process; `run_standalone` for the CLI."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import signal
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from aiohttp import web

from app.core import api_facts
from app.services.account.keychain import mask
from app.simulator.adaptive import first_frame_aspect
from app.simulator.clips import ClipCache
from app.simulator.context import DEMO_KEY, RecordedRequest, SimContext
from app.simulator.engine import Engine, SimTask
from app.simulator.faults import Faults
from app.simulator.painting import can_draw_text, ensure_gui_app
from app.simulator.saved_state import StateFile
from app.simulator.server import make_app
from app.simulator.sim_prices import SimPrices

log = logging.getLogger("app.simulator")


class Simulator:
    """A real HTTP server on loopback that answers like the Evolink API, with scripted faults."""

    def __init__(self, api_keys: Iterable[str] | None = None, *,
                 generation_seconds: float = 0.5, initial_credits: float = 1000.0,
                 result_ttl_s: float = api_facts.RESULT_URL_TTL_S,
                 clips_dir: Path | str | None = None, time_scale: float = 1.0,
                 generation_max_seconds: float | None = None, seed: int | None = None,
                 batch_endpoint: bool = True, max_files: int = api_facts.FILES_DEFAULT_MAX,
                 status_words: Mapping[str, str] | None = None,
                 denied_models: Mapping[str, Iterable[str]] | None = None,
                 state_dir: Path | str | None = None) -> None:
        """`generation_seconds` (up to `generation_max_seconds`, drawn per task) are simulated
        seconds, `time_scale` of them to a real one; `batch_endpoint=False` answers its
        batch read 404, like a gateway without it. `status_words` spells statuses as
        Evolink's skill docs do, e.g. {"pending": "queued", "processing": "running"}
        (Engine.speak_statuses changes it later).

        `state_dir`: a folder that keeps the tasks, their clips (unless `clips_dir` says
        otherwise) and the credits across runs, even one ended by a crash: a new simulator on
        the same folder answers for the tasks of the last one (the demo's, in the data folder).
        Uploaded files are not kept: they are removed at the next start."""
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        state = None if state_dir is None else StateFile(Path(state_dir))
        if clips_dir is None and state is not None:
            clips_dir = state.folder / "clips"
        if clips_dir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="seedance-sim-")
            clips_dir = self._tmp.name
        root = Path(clips_dir)
        uploads = root / "uploads"
        if state is not None:  # their records died with the last run, as did its renders
            shutil.rmtree(uploads, ignore_errors=True)
            for part in root.glob(".*.part"):
                part.unlink(missing_ok=True)
        uploads.mkdir(parents=True, exist_ok=True)
        self.faults = Faults()
        self.engine = Engine(generation_seconds=generation_seconds,
                             initial_credits=initial_credits, result_ttl_s=result_ttl_s,
                             clips=ClipCache(root), time_scale=time_scale,
                             generation_max_seconds=generation_max_seconds, seed=seed,
                             state=state)
        self.engine.speak_statuses(dict(status_words or {}))
        keys = frozenset(api_keys) if api_keys is not None else frozenset({DEMO_KEY})
        self._context = SimContext(engine=self.engine, faults=self.faults, api_keys=keys,
                                   uploads_dir=uploads, max_files=max_files,
                                   batch_endpoint=batch_endpoint,
                                   denied_models={k: frozenset(v) for k, v in
                                                  (denied_models or {}).items()})
        self.engine.adaptive_aspect = lambda req: first_frame_aspect(req, self._context.uploads)
        self._runner: web.AppRunner | None = None
        self.base_url: str | None = None

    @property
    def tasks(self) -> dict[str, SimTask]:
        return self.engine.tasks

    @property
    def requests(self) -> list[RecordedRequest]:
        return self._context.requests

    @property
    def credits_remaining(self) -> float:
        return self.engine.remaining

    @property
    def prices(self) -> SimPrices:
        """The simulated gateway's prices: change them in a test to see a source followed."""
        return self._context.prices

    @property
    def clips_dir(self) -> Path:
        return self.engine.clips.directory

    def clip_path(self, task_id: str) -> Path:
        """The rendered clip of a task (what its result URL serves); LookupError before then."""
        clip = self.engine.tasks[task_id].clip
        if clip is None:
            raise LookupError(f"task {task_id} has no rendered clip (yet)")
        return clip

    def expire_results(self) -> None:
        self.engine.expire_results()

    @property
    def max_files(self) -> int:
        """The file service's quota: uploads fail once this many live files are kept."""
        return self._context.max_files

    @max_files.setter
    def max_files(self, value: int) -> None:
        self._context.max_files = max(0, int(value))

    @property
    def download_bytes_per_s(self) -> float | None:
        """Files (result clips, uploads) are served at most this fast; None: unthrottled."""
        return self._context.download_bytes_per_s

    @download_bytes_per_s.setter
    def download_bytes_per_s(self, value: float | None) -> None:
        self._context.download_bytes_per_s = value

    @property
    def uploaded_ids(self) -> list[str]:
        """The file ids the file service holds (not deleted), oldest first."""
        return list(self._context.uploads)

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Listen on host:port (0: any free port) and return the base URL."""
        if self._runner is not None:
            raise RuntimeError("the simulator is already running")
        if not can_draw_text():
            ensure_gui_app()  # fonts need a QGuiApplication; made here only on the main thread
        runner = web.AppRunner(make_app(self._context), access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        self.faults.started()
        site = web.TCPSite(runner, host, port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self.engine.resume_renders()
        bound_host, bound_port = runner.addresses[0][:2]
        shown = "127.0.0.1" if bound_host in ("0.0.0.0", "::") else bound_host
        if ":" in shown:
            shown = f"[{shown}]"
        self.base_url = f"http://{shown}:{bound_port}"
        log.info("simulator listening at %s", self.base_url)
        return self.base_url

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            self.faults.stopping()
            await runner.cleanup()
        await self.engine.drain()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
        log.info("simulator stopped")

    async def __aenter__(self) -> Simulator:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


def run_standalone(host: str = "127.0.0.1", port: int = 8765, generation_seconds: float = 12.0,
                   *, api_keys: Iterable[str] | None = None, initial_credits: float = 1000.0,
                   result_ttl_s: float = api_facts.RESULT_URL_TTL_S,
                   clips_dir: Path | str | None = None, time_scale: float = 1.0,
                   generation_max_seconds: float | None = None, seed: int | None = None,
                   batch_endpoint: bool = True) -> None:
    """Serve until Ctrl-C (blocking); prints where to point the app."""
    ensure_gui_app()  # main thread, before the loop: text on the clips needs fonts
    keys = list(api_keys) if api_keys is not None else None
    sim = Simulator(keys, generation_seconds=generation_seconds,
                    initial_credits=initial_credits, result_ttl_s=result_ttl_s,
                    clips_dir=clips_dir, time_scale=time_scale,
                    generation_max_seconds=generation_max_seconds, seed=seed,
                    batch_endpoint=batch_endpoint)

    async def serve() -> None:
        stop = asyncio.Event()
        # SIGTERM (a service manager, `kill`) and Ctrl-C both end the same way: the clips
        # rendered into the temporary folder are removed with it (also when it never listened).
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError):  # Windows: Ctrl-C stays an exception
                loop.add_signal_handler(signum, stop.set)
        try:
            base = await sim.start(host, port)
            key_hint = (f"EVOLINK_API_KEY={DEMO_KEY}" if keys is None else
                        "one of the configured keys (" + ", ".join(mask(k) for k in keys) + ")")
            print(f"Seedance simulator listening at {base}\n"
                  f"Point the app at it:\n"
                  f"  export EVOLINK_BASE_URL={base}\n"
                  f"  API key: {key_hint}\n"
                  f"Clips are rendered into {sim.clips_dir}\n"
                  f"Press Ctrl-C to stop.", flush=True)
            await stop.wait()
        finally:
            await sim.stop()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve())
    print("Simulator stopped.", flush=True)
