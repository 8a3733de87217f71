"""`seedance-studio resume` of a task submitted from the window: the CLI reads the user's
Settings, so the clip lands in their clips folder under their name template."""

from __future__ import annotations

import asyncio
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.states import TaskState
from app.services.account.keychain import KeyProvider
from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.backends import Backend
from app.services.home.settings import CLIPS_FOLDER, FILENAME_TEMPLATE, Settings
from app.services.home.window_state import WindowState
from app.services.session import Session
from app.services.tasks.store import TaskStore
from app.ui.studio import Outcome, Studio
from tests.cli.conftest import KEY, ThreadedSimulator, cli_env, run_cli
from tests.queue.conftest import until

TEMPLATE = "window-{short-id}-{duration}.mp4"


async def test_resume_saves_a_window_task_where_the_settings_say(qtbot: QtBot,
                                                                 studio_home: Path) -> None:
    clips = studio_home / "my clips"
    settings = Settings.open_default()
    settings.set(CLIPS_FOLDER, str(clips))
    settings.set(FILENAME_TEMPLATE, TEMPLATE)
    ts = ThreadedSimulator(api_keys={KEY}, generation_seconds=3.0, initial_credits=2000.0)
    store = TaskStore(studio_home / "studio.sqlite3")
    try:
        async with EvolinkClient(KEY, resolve_endpoints(ts.base_url)) as client:
            session = Session(backend=Backend(client, demo=False), store=store,
                              settings=settings)
            studio = Studio(session=session, state=WindowState.open_default(),
                            provider=KeyProvider(env={}))
            run = asyncio.ensure_future(studio.run())
            composer = studio.composer
            composer.prompt.set_text("a lighthouse in a storm, resumed from the shell")
            await until(lambda: composer.generate.isEnabled())
            composer.generate.click()
            await until(lambda: any(r.task_id for r in session.queue.records()))
            [rec] = session.queue.records()
            assert rec.state.active  # still generating when the window goes
            studio.window.close()
            assert await asyncio.wait_for(run, 10) is Outcome.QUIT
            await session.aclose()

        done = await asyncio.to_thread(run_cli, "resume", env=cli_env(ts.base_url))
        assert done.returncode == 0, done.stderr
        saved = store.get(rec.local_id)
        assert saved is not None and saved.state is TaskState.SAVED
        path = Path(saved.file_path or "")
        assert path.parent == clips
        assert path.name == f"window-{(rec.task_id or '')[-8:]}-{rec.request.duration}s.mp4"
        assert path.is_file() and done.stdout.strip() == str(path)
    finally:
        store.close()
        ts.stop()
