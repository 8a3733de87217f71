"""Start the desktop app on a qasync loop: real API with a stored key, else the demo simulator."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys

from app import APP_NAME, __version__

log = logging.getLogger(__name__)


async def _run(window_closed: asyncio.Event, demo: bool) -> None:
    from app.services import generation, paths
    from app.services.client import EvolinkClient
    from app.services.config import resolve_endpoints
    from app.services.downloads import make_download_client
    from app.services.keychain import KeyProvider
    from app.services.store import TaskStore
    from app.ui.main_window import MainWindow

    sim = None
    source = None if demo else KeyProvider().resolve()
    if source is None:
        from app.simulator import DEMO_KEY, Simulator

        sim = Simulator(generation_seconds=8.0, initial_credits=5000.0)
        base = await sim.start()
        client = EvolinkClient(DEMO_KEY, resolve_endpoints(base))
    else:
        client = EvolinkClient(source.key)
    store = TaskStore.open_default()
    generation.recover_interrupted(store)
    async with make_download_client() as http:
        window = MainWindow(client=client, http=http, store=store,
                            clips_dir=paths.clips_dir(), demo=sim is not None)
        window.closed.connect(window_closed.set)
        window.show()
        await window_closed.wait()
        await window.shutdown()
    await client.aclose()
    if sim is not None:
        await sim.stop()


def run_gui(*, demo: bool = False) -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    from app.services.logs import setup_logging

    setup_logging(console=True)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Seedance Studio")
    closed = asyncio.Event()
    # qasync.run is asyncio.run with a Qt loop factory (a loop policy before Python 3.12).
    with contextlib.suppress(asyncio.CancelledError):
        qasync.run(_run(closed, demo))
    return 0
