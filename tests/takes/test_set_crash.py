"""kill -9 after 2 of 4 creates, then a restart: the two sent are followed, the other two are
shown "not sent" with "Send the rest", and the server saw exactly the creates made."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.states import TaskState
from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.backends import Backend
from app.services.home.settings import Settings
from app.services.session import Session
from app.services.tasks.store import TaskStore
from app.ui.queue import QueuePanel
from app.ui.queue.model import QueueModel
from tests.cli.conftest import KEY, ThreadedSimulator, cli_env
from tests.takes.test_set_send import until

S = TaskState
ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

# A session script sending a set of 4 one at a time; after the second create it stops dead
# (as if frozen) so the test can kill it with the other two never begun.
SCRIPT = """
import asyncio, sys, time
from app.core.models import GenerationRequest
from app.core.takes import Vary, VaryKey, plan_takes
from app.services.backends import Backend
from app.services.api.client import EvolinkClient
from app.services.api.config import resolve_endpoints
from app.services.session import open_session
from app.services.home.settings import Settings
from app.services.tasks.store import TaskStore

async def main() -> None:
    base = GenerationRequest(model="seedance-2.0-fast-text-to-video", duration=4,
                             quality="480p", generate_audio=False,
                             prompt="a paper kite over {rain|snow}")
    plan = plan_takes(base, vary=[Vary(VaryKey.ASPECT, ("16:9", "9:16"))])
    client = EvolinkClient(sys.argv[1], resolve_endpoints(sys.argv[2]))
    store = TaskStore.open_default()
    async with open_session(Backend(client, demo=False), store, Settings.open_default(),
                            source="cli", adopt_existing=False) as session:
        session.take_sets._concurrency = 1
        made = []
        def on_member(rec, result):
            made.append(rec)
            print(rec.task_id, flush=True)
            if len(made) == 2:
                print("STOP", flush=True)
                time.sleep(600)
        await session.take_sets.make(plan, on_member=on_member)

asyncio.run(main())
"""


def creates(ts: ThreadedSimulator) -> list[str | None]:
    return [r.idempotency_key for r in ts.sim.requests if r.group == "create" and r.status == 200]


def sent_two_then_killed(threaded_sim: ThreadedSimulator) -> set[str]:
    """The task ids of the two takes created before the script was killed."""
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, KEY, threaded_sim.base_url],
                            env=cli_env(threaded_sim.base_url), cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    lines = [proc.stdout.readline().strip() for _ in range(3)]
    assert lines[2] == "STOP", (lines, proc.stderr.read() if proc.poll() is not None else "")
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    sent_ids = set(lines[:2])
    assert len(creates(threaded_sim)) == 2 and set(threaded_sim.sim.tasks) == sent_ids
    return sent_ids


async def test_kill_after_two_of_four_then_send_the_rest(
        qtbot: QtBot, threaded_sim: ThreadedSimulator, studio_home: Path) -> None:
    sent_ids = sent_two_then_killed(threaded_sim)

    store = TaskStore(studio_home / "studio.sqlite3")
    client = EvolinkClient(KEY, resolve_endpoints(threaded_sim.base_url))
    try:
        session = Session(backend=Backend(client, demo=False), store=store,
                          settings=Settings.open_default(), poll_floor_s=0.05,
                          watch_interval_s=0.1)
        await session.start()
        try:
            await restart_and_send_rest(qtbot, session, threaded_sim, sent_ids)
        finally:
            await session.aclose()
    finally:
        await client.aclose()
        store.close()


async def restart_and_send_rest(qtbot: QtBot, session: Session, ts: ThreadedSimulator,
                                sent_ids: set[str]) -> None:
    store = session.store
    [set_id] = {r.set_id for r in store.list()}
    assert set_id is not None
    members = store.set_members(set_id)
    assert [m.state is S.DRAFT for m in members] == [False, False, True, True]
    panel = QueuePanel(session.queue, sets=session)
    qtbot.addWidget(panel)
    # The two sent are followed to their files; the set is one row saying two are not sent.
    await until(lambda: all(store.get(m.local_id).state is S.SAVED  # type: ignore[union-attr]
                            for m in members[:2]))
    assert panel.active_proxy.rowCount() == 1 and panel.finished_proxy.rowCount() == 0
    row = panel.active_proxy.index(0, 0)
    # A clip's SAVED is written in a worker thread, then shown: the row follows a moment later.
    await until(lambda: "2 saved" in row.data(QueueModel.TextRole).status)
    text = row.data(QueueModel.TextRole)
    assert text.title.startswith("4 takes") and "2 saved" in text.status
    assert "2 not sent" in text.status and "Send the rest" in text.note
    panel.select(members[0].local_id)
    assert panel.sets.send_rest_button.isEnabled()
    assert len(creates(ts)) == 2  # nothing was sent again by the restart itself
    # Unfolded, each take is a row of its own; the two never sent say so.
    panel.sets.unfold_button.click()
    assert panel.active_proxy.rowCount() + panel.finished_proxy.rowCount() == 4
    taken = [panel.active_proxy.index(r, 0).data(QueueModel.TextRole)
             for r in range(panel.active_proxy.rowCount())]
    assert sorted(t.status for t in taken)[-2:] == ["Not sent", "Not sent"]
    assert any(t.title.startswith("Take 3 of 4") for t in taken)
    panel.sets.unfold_button.click()
    panel.sets.send_rest_button.click()
    await until(lambda: all(store.get(m.local_id).state is S.SAVED  # type: ignore[union-attr]
                            for m in members))
    keys = creates(ts)
    assert len(keys) == 4 and len(set(keys)) == 4
    assert sorted(k or "" for k in keys) == sorted(m.idempotency_key for m in members)
    await until(lambda: not session.set_sending(set_id))
    assert not panel.sets.send_rest_button.isEnabled()
    # The store says SAVED before the rows do (written in a worker thread, shown after).
    await until(lambda: panel.finished_proxy.rowCount() == 1)
    await panel.shutdown()

