"""`seedance-studio --self-test`: prove an installed build works, offscreen, without the network.

It opens the real main window in the demo mode (the built-in simulator, in-process), plays the
bundled sample clip through QMediaPlayer into a QVideoSink until a frame arrives, and makes one
generation round trip through the window's own session (submit → completed → the downloaded
clip opens with PyAV). Everything it writes goes to a throwaway SEEDANCE_STUDIO_HOME: the user's
store, settings, clips and keychain are never touched. Exit 0, or 1 after naming what failed.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import APP_NAME, __version__

if TYPE_CHECKING:
    from app.ui.studio import Studio

# PyInstaller puts resources/ beside the `app` package, as in a source checkout; the build
# writes the sample there (packaging/build-linux.sh). A source run makes one on the fly.
SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "selftest" / "sample.mp4"
SAMPLE_SIZE = (320, 180)
SAMPLE_SECONDS = 2
FRAME_TIMEOUT_S = 20.0
WINDOW_TIMEOUT_S = 20.0
ROUND_TRIP_TIMEOUT_S = 60.0
TEST_MODEL = "seedance-2.0-fast-text-to-video"


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    seconds: float


def write_sample(path: str | Path) -> Path:
    """An H.264/AAC MP4 of SAMPLE_SECONDS at SAMPLE_SIZE, drawn like the simulator's clips."""
    from app.simulator.clips import ClipSpec, render_clip
    from app.simulator.painting import ensure_gui_app

    ensure_gui_app()  # the frames carry text: fonts need a QGuiApplication
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    width, height = SAMPLE_SIZE
    render_clip(target, ClipSpec(width, height, SAMPLE_SECONDS, True, f"{APP_NAME} self-test"))
    return target


async def _timed(name: str, checks: list[Check], body: Callable[[], Awaitable[str]]) -> bool:
    start = time.monotonic()
    try:
        detail, ok = await body(), True
    except Exception as exc:  # a self-test reports every failure as text, never a traceback only
        detail, ok = f"{type(exc).__name__}: {exc}".strip(), False
        if os.environ.get("SEEDANCE_STUDIO_SELFTEST_TRACE") == "1":
            traceback.print_exc()
    checks.append(Check(name, ok, detail, time.monotonic() - start))
    return ok


async def _play_sample(home: Path) -> str:
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink

    sample, origin = SAMPLE, "bundled"
    if not sample.is_file():
        sample, origin = await asyncio.to_thread(write_sample, home / "sample.mp4"), "generated"
    loop = asyncio.get_running_loop()
    first: asyncio.Future[str] = loop.create_future()
    player, sink, audio = QMediaPlayer(), QVideoSink(), QAudioOutput()
    audio.setVolume(0.0)  # no audio device is fine: playback goes on without one

    def on_frame(frame: QVideoFrame) -> None:
        if frame.isValid() and not first.done():
            first.set_result(f"{frame.width()}×{frame.height()}")

    def on_error(_error: QMediaPlayer.Error, message: str) -> None:
        if not first.done():
            first.set_exception(RuntimeError(f"QMediaPlayer: {message}"))

    if not player.isAvailable():
        raise RuntimeError("QtMultimedia has no media backend (is the FFmpeg plugin missing?)")
    sink.videoFrameChanged.connect(on_frame)
    player.errorOccurred.connect(on_error)
    player.setVideoSink(sink)
    player.setAudioOutput(audio)
    player.setSource(QUrl.fromLocalFile(str(sample)))
    player.play()
    try:
        size = await asyncio.wait_for(first, FRAME_TIMEOUT_S)
    except TimeoutError:
        raise RuntimeError(f"no video frame within {FRAME_TIMEOUT_S:.0f} s "
                           f"(status {player.mediaStatus().name})") from None
    finally:
        player.stop()
        player.setSource(QUrl())
    return f"{origin} sample, first frame {size}"


async def _wait_visible(studio: Studio, runner: asyncio.Task[Any]) -> str:
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    while not studio.window.isVisible():
        if runner.done():
            runner.result()  # raises what ended it
            raise RuntimeError("the studio ended before its window showed")
        if time.monotonic() > deadline:
            raise RuntimeError(f"the main window did not show within {WINDOW_TIMEOUT_S:.0f} s")
        await asyncio.sleep(0.05)
    from app.services.home.i18n import i18n_dir
    from app.ui.app_icon import app_icon

    window = studio.window
    problems = [p for p, bad in (("no app icon", app_icon().isNull()),
                                 ("no translations folder", i18n_dir() is None),
                                 ("no demo badge", studio.badge is None)) if bad]
    if problems:
        raise RuntimeError("; ".join(problems))
    return f"“{window.windowTitle()}” {window.width()}×{window.height()}"


async def _round_trip(studio: Studio) -> str:
    import av

    from app.core.models import GenerationRequest
    from app.core.states import TaskState
    from app.services.tasks.store_schema import TaskRecord
    from app.services.tasks.submission import Submitted

    finished: asyncio.Future[TaskRecord] = asyncio.get_running_loop().create_future()
    wanted: list[str] = []

    def on_finished(rec: TaskRecord) -> None:
        if rec.local_id in wanted and not finished.done():
            finished.set_result(rec)

    studio.queue.taskFinished.connect(on_finished)
    request = GenerationRequest(model=TEST_MODEL, prompt="a paper boat on a rainy street",
                                duration=4, quality="480p", aspect_ratio="16:9",
                                generate_audio=True)
    result = await studio.session.send(request)
    if not isinstance(result, Submitted):
        raise RuntimeError(f"the submission was not accepted: {result}")
    rec = result.record
    wanted.append(rec.local_id)
    current = studio.queue.record(rec.local_id)
    if current is not None and current.state.terminal:
        on_finished(current)
    try:
        rec = await asyncio.wait_for(finished, ROUND_TRIP_TIMEOUT_S)
    except TimeoutError:
        now = studio.queue.record(rec.local_id)
        state = now.state.value if now else "gone"
        raise RuntimeError(f"task {rec.display_id} not saved within "
                           f"{ROUND_TRIP_TIMEOUT_S:.0f} s (state {state})") from None
    if rec.state is not TaskState.SAVED or not rec.file_path:
        raise RuntimeError(f"task {rec.display_id} ended {rec.state.value}: "
                           f"{rec.error_message or rec.note or 'no clip saved'}")

    def probe(path: str) -> str:
        with av.open(path) as container:
            video = container.streams.video[0]
            codecs = "+".join(s.codec_context.name for s in container.streams)
            frames = sum(1 for _ in container.decode(video=0))
        if frames == 0:
            raise RuntimeError(f"{path}: no decodable video frame")
        return f"{codecs} {video.codec_context.width}×{video.codec_context.height}, {frames} frames"

    return f"task {rec.display_id} saved: {await asyncio.to_thread(probe, rec.file_path)}"


async def _run_checks(home: Path) -> list[Check]:
    from app.services import thread_jobs
    from app.services.account.keychain import KeyProvider
    from app.services.api.client import EvolinkClient
    from app.services.api.config import resolve_endpoints
    from app.services.backends import Backend
    from app.services.home.settings import Settings
    from app.services.home.window_state import WindowState
    from app.services.session import open_session
    from app.services.tasks.store import TaskStore
    from app.simulator import DEMO_KEY, Simulator
    from app.ui.studio import Studio

    thread_jobs.use_on(asyncio.get_running_loop())  # as the app's loop (see app/ui/launch.py)
    checks: list[Check] = []
    await _timed("playback", checks, lambda: _play_sample(home))
    sim = Simulator(generation_seconds=0.5, initial_credits=1000.0, clips_dir=home / "sim")
    store = TaskStore.open_default()
    try:
        url = await sim.start()
        async with EvolinkClient(DEMO_KEY, resolve_endpoints(url)) as client, open_session(
                Backend(client, demo=True), store, Settings.open_default(),
                source="gui") as session:
            studio = Studio(session=session, state=WindowState.open_default(),
                            provider=KeyProvider(env={}))
            runner = asyncio.ensure_future(studio.run())
            try:
                if await _timed("window", checks, lambda: _wait_visible(studio, runner)):
                    await _timed("round trip", checks, lambda: _round_trip(studio))
            finally:
                studio.window.close()
                await asyncio.wait_for(runner, 15)
    finally:
        store.close()
        await sim.stop()
    return checks


def run_self_test() -> int:
    """Run every check, print one line each, and return the exit code (0 only if all passed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
    import qasync
    from PySide6.QtWidgets import QApplication  # noqa: TID251 — the self-test opens the window

    from app.services.home.paths import HOME_ENV
    from app.ui.app_icon import install_app_icon

    print(f"{APP_NAME} {__version__} self-test ({sys.executable}, "
          f"Qt platform {os.environ['QT_QPA_PLATFORM']})", flush=True)
    start = time.monotonic()
    previous_home = os.environ.get(HOME_ENV)
    with tempfile.TemporaryDirectory(prefix="seedance-selftest-") as tmp:
        os.environ[HOME_ENV] = tmp
        app = QApplication.instance() or QApplication([sys.argv[0]])
        from app.services.main_thread_gc import collect_on_this_thread

        collect_on_this_thread(app)
        assert isinstance(app, QApplication)
        app.setApplicationName(APP_NAME)
        install_app_icon(app)
        QApplication.setQuitOnLastWindowClosed(False)
        try:
            checks = qasync.run(_run_checks(Path(tmp)))
        except Exception as exc:
            checks = [Check("start", False, f"{type(exc).__name__}: {exc}", 0.0)]
        with contextlib.suppress(Exception):
            app.processEvents()
    if previous_home is None:
        os.environ.pop(HOME_ENV, None)
    else:
        os.environ[HOME_ENV] = previous_home
    for c in checks:
        print(f"  {'ok  ' if c.ok else 'FAIL'} {c.name:<11} {c.seconds:5.1f} s  {c.detail}",
              flush=True)
    failed = [c.name for c in checks if not c.ok]
    expected = {"playback", "window", "round trip"}
    missing = sorted(expected - {c.name for c in checks})
    took = time.monotonic() - start
    if failed or missing:
        not_run = f"; not run: {', '.join(missing)}" if missing else ""
        print(f"self-test FAILED ({', '.join(failed) or 'none failed'}{not_run}) "
              f"in {took:.1f} s", flush=True)
        return 1
    print(f"self-test passed in {took:.1f} s", flush=True)
    return 0
