"""The task store: round trips, write-ahead, the state machine, two processes, kill -9."""

from __future__ import annotations

import asyncio
import itertools
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.models import GenerationRequest, parse_task
from app.core.states import IllegalTransition, TaskState
from app.services.home import paths
from app.services.tasks.store import SCHEMA_VERSION, StoreError, TaskStore, UnknownTask

S = TaskState
REPO = Path(__file__).resolve().parents[2]


def request(prompt: str = "a fox in the snow") -> GenerationRequest:
    return GenerationRequest.model_validate({
        "model": "seedance-2.0-text-to-video", "prompt": prompt, "duration": 8,
        "quality": "1080p", "aspect_ratio": "21:9", "generate_audio": False,
        "model_params": {"camera": "static"}, "seed": 42,  # an extra field survives too
    })


def task(status: str, task_id: str = "task-unified-1757156493-abcd1234", **kw: Any) -> Any:
    return parse_task({"id": task_id, "status": status, **kw})


@pytest.fixture
def clock() -> Iterator[float]:
    return itertools.count(1000.0, 1.0)


@pytest.fixture
def store(tmp_path: Path, clock: Iterator[float]) -> Iterator[TaskStore]:
    s = TaskStore(tmp_path / "s.sqlite3", clock=lambda: next(clock))
    yield s
    s.close()


def test_open_default_lives_in_the_studio_home(studio_home: Path) -> None:
    with TaskStore.open_default() as s:
        assert s.path == studio_home / "studio.sqlite3" == paths.store_path()
        s.begin_submission(request(), source="cli")
    assert paths.clips_dir() == studio_home / "clips"
    assert paths.clips_dir().is_dir() and paths.log_dir().is_dir() and paths.cache_dir().is_dir()


def test_write_ahead_stores_the_full_request_before_any_id(store: TaskStore) -> None:
    rec = store.begin_submission(request(), source="gui")
    with TaskStore(store.path) as other:  # another connection, as another process would see it
        seen = other.get(rec.local_id)
    assert seen == rec
    assert seen.state is S.SUBMITTING and seen.task_id is None and seen.submitted_at is None
    assert seen.request == request()
    assert seen.request.model_extra == {"seed": 42}
    assert len(rec.local_id) == 32
    assert 16 <= len(rec.idempotency_key) <= 96


def test_idempotency_keys_and_sources_are_checked(store: TaskStore) -> None:
    assert store.begin_submission(request(), source="cli", idempotency_key="k" * 16) \
        .idempotency_key == "k" * 16
    a, b = (store.begin_submission(request(), source="cli") for _ in range(2))
    assert a.idempotency_key != b.idempotency_key
    for bad in ("short", "k" * 97, "has space in it!!"):
        with pytest.raises(ValueError, match="idempotency key"):
            store.begin_submission(request(), source="cli", idempotency_key=bad)
    with pytest.raises(ValueError, match="source"):
        store.begin_submission(request(), source="web")
    assert len(store.list()) == 3


def test_a_whole_life_round_trips(store: TaskStore, tmp_path: Path) -> None:
    rec = store.begin_submission(request(), source="cli", sent=True)
    assert rec.submitted_at is not None
    rec = store.record_created(rec.local_id, task("pending", usage={"credits_reserved": 120.5},
                                                   task_info={"estimated_time": 165}),
                               request_id="req-1")
    assert (rec.state, rec.task_id, rec.credits_reserved, rec.estimated_time, rec.request_id) \
        == (S.PENDING, "task-unified-1757156493-abcd1234", 120.5, 165.0, "req-1")
    rec = store.apply_poll(rec.local_id, task("processing", progress=40))
    assert (rec.state, rec.progress, rec.completed_at) == (S.PROCESSING, 40, None)
    assert rec.last_polled_at is not None
    rec = store.apply_poll(rec.local_id, task(
        "completed", progress=100, results=["https://cdn.example/x.mp4?sig=1"],
        usage={"credits_used": 118.0}))
    first_completed = rec.completed_at
    assert rec.state is S.COMPLETED and first_completed is not None
    assert rec.result_urls == ("https://cdn.example/x.mp4?sig=1",)
    assert (rec.credits_used, rec.credits_reserved) == (118.0, 120.5)
    rec = store.apply_poll(rec.local_id, task("completed", progress=100))
    assert rec.completed_at == first_completed and rec.result_urls  # kept, not reset
    assert rec.urls_expire_at == first_completed + 24 * 3600

    target = tmp_path / "clip.mp4"
    rec = store.mark_downloading(rec.local_id, target)
    assert (rec.state, rec.download_path) == (S.DOWNLOADING, str(target))
    rec = store.mark_download_interrupted(rec.local_id, "connection reset")
    assert (rec.state, rec.note) == (S.COMPLETED, "connection reset")
    rec = store.mark_downloading(rec.local_id)
    assert rec.download_path == str(target)
    rec = store.mark_saved(rec.local_id, target)
    assert (rec.state, rec.file_path, rec.note) == (S.SAVED, str(target), None)
    assert rec.saved_at is not None and rec.updated_at >= rec.saved_at

    store.close()
    with TaskStore(store.path) as reopened:
        assert reopened.get(rec.local_id) == rec


def test_illegal_transitions_are_refused_and_change_nothing(store: TaskStore) -> None:
    rec = store.begin_submission(request(), source="cli")
    with pytest.raises(IllegalTransition):
        store.mark_saved(rec.local_id, Path("/tmp/x.mp4"))
    with pytest.raises(IllegalTransition):
        store.mark_downloading(rec.local_id)
    assert store.get(rec.local_id) == rec
    rec = store.record_created(rec.local_id, task("processing"))
    with pytest.raises(IllegalTransition):
        store.record_rejected(rec.local_id, "invalid_parameters", "no")
    with pytest.raises(IllegalTransition):
        store.record_outcome_unknown(rec.local_id, "lost")
    assert store.get(rec.local_id) == rec
    rec = store.apply_poll(rec.local_id, task("failed", error={"code": "service_error",
                                                                "message": "busy"}))
    assert (rec.state, rec.error_code, rec.error_message) == (S.FAILED, "service_error", "busy")
    with pytest.raises(IllegalTransition):
        store.mark_expired(rec.local_id)
    assert store.get(rec.local_id) == rec


def test_stale_or_foreign_polls(store: TaskStore) -> None:
    rec = store.begin_submission(request(), source="cli")
    rec = store.record_created(rec.local_id, task("processing", progress=60))
    rec = store.apply_poll(rec.local_id, task("pending", progress=10))
    assert (rec.state, rec.progress) == (S.PROCESSING, 60)  # a stale answer moves nothing back
    rec = store.apply_poll(rec.local_id, task("weird-new-status"))
    assert rec.state is S.PROCESSING
    with pytest.raises(ValueError, match="not task-other"):
        store.apply_poll(rec.local_id, task("completed", task_id="task-other"))
    assert store.get(rec.local_id) == rec
    with pytest.raises(UnknownTask):
        store.apply_poll("nope", task("pending"))


def test_rejected_and_recovered_submissions(store: TaskStore) -> None:
    a = store.begin_submission(request(), source="cli")
    a = store.record_rejected(a.local_id, "invalid_parameters", "duration too long")
    assert (a.state, a.error_code, a.task_id) == (S.REJECTED, "invalid_parameters", None)
    b = store.begin_submission(request(), source="gui")
    b = store.record_outcome_unknown(b.local_id, "timed out")
    assert (b.state, b.note) == (S.OUTCOME_UNKNOWN, "timed out")
    b = store.record_created(b.local_id, task("completed", task_id="task-found",
                                              results=["https://cdn/x.mp4"]))
    assert (b.state, b.task_id, b.note, b.progress) == (S.COMPLETED, "task-found", None, 100)
    assert b.completed_at is not None


def test_find_by_id_prefix_and_short_id(store: TaskStore) -> None:
    a = store.begin_submission(request(), source="cli")
    a = store.record_created(a.local_id, task("pending", task_id="task-unified-111-aaaa0001"))
    b = store.begin_submission(request(), source="cli")
    b = store.record_created(b.local_id, task("pending", task_id="task-unified-222-bbbb0002"))
    assert store.find("task-unified-111-aaaa0001") == a
    assert store.find(b.local_id) == b
    assert store.find(b.local_id[:10]) == b
    assert store.find("task-unified-2") == b
    assert store.find("bbbb0002") == b  # the short id in a clip's name
    assert store.find("task-unified-") is None  # ambiguous
    assert {r.local_id for r in store.matches("task-unified-")} == {a.local_id, b.local_id}
    assert store.find("") is None and store.find("zzz") is None
    assert store.find("0002") is None  # too short a suffix to trust


def test_list_is_newest_first_and_unfinished_covers_resumable_states(store: TaskStore) -> None:
    recs = [store.begin_submission(request(f"p{i}"), source="cli") for i in range(5)]
    store.record_rejected(recs[0].local_id, None, "no")
    store.record_created(recs[1].local_id, task("processing", task_id="t1"))
    store.record_outcome_unknown(recs[2].local_id, "lost")
    store.record_created(recs[3].local_id, task("completed", task_id="t3"))
    assert [r.request.prompt for r in store.list()] == ["p4", "p3", "p2", "p1", "p0"]
    assert [r.request.prompt for r in store.list(limit=2, offset=1)] == ["p3", "p2"]
    assert [r.request.prompt for r in store.list(states=[S.REJECTED, S.PROCESSING])] \
        == ["p1", "p0"]
    assert store.list(states=[]) == []
    assert [r.request.prompt for r in store.unfinished()] == ["p1", "p2", "p3", "p4"]


def test_migrates_an_empty_file_and_refuses_a_newer_one(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    with TaskStore(empty) as s:
        s.begin_submission(request(), source="cli")
    conn = sqlite3.connect(empty)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        TaskStore(empty)


async def test_usable_from_a_worker_thread_and_refused_after_close(store: TaskStore) -> None:
    rec = await asyncio.to_thread(store.begin_submission, request(), source="gui")
    assert store.get(rec.local_id) == rec
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.get(rec.local_id)


WRITER = """
import sys
from app.core.models import GenerationRequest, parse_task
from app.services.tasks.store import TaskStore
path, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
store = TaskStore(__import__("pathlib").Path(path))
req = GenerationRequest(model="seedance-2.0-text-to-video", prompt="x")
print("ready", flush=True)
go = __import__("pathlib").Path(path + ".go")
while not go.exists():  # a start line, so that the writers really overlap
    __import__("time").sleep(0.002)
for i in range(n if n > 0 else 10**9):
    rec = store.begin_submission(req.model_copy(update={"prompt": f"{tag}-{i}"}),
                                 source="cli", sent=True)
    store.record_created(rec.local_id, parse_task({"id": f"{tag}-task-{i}", "status": "pending"}))
    store.apply_poll(rec.local_id, parse_task({"id": f"{tag}-task-{i}", "status": "processing",
                                                "progress": i % 100}))
    print(rec.local_id, flush=True)
"""


def _writer(path: Path, tag: str, n: int) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), tag, str(n)], cwd=REPO,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def _go(path: Path) -> None:
    Path(f"{path}.go").touch()


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    TaskStore(path).close()  # migrated once, so both writers start on the hot path
    procs = [_writer(path, tag, 150) for tag in ("a", "b")]
    _go(path)
    outs = [p.communicate(timeout=120)[0].split() for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    with TaskStore(path) as s:
        records = s.list(limit=1000)
    assert len(records) == 300
    assert {r.local_id for r in records} == set(outs[0]) | set(outs[1])
    for r in records:
        tag, i = r.request.prompt.split("-")
        assert (r.state, r.task_id, r.progress) == (S.PROCESSING, f"{tag}-task-{i}", int(i) % 100)
        assert r.submitted_at is not None


@pytest.mark.slow
def test_a_writer_killed_mid_run_keeps_every_committed_record(tmp_path: Path) -> None:
    path = tmp_path / "killed.sqlite3"
    proc = _writer(path, "k", 0)  # writes until killed
    assert proc.stdout is not None
    _go(path)
    committed = [proc.stdout.readline().strip() for _ in range(25)]
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with TaskStore(path) as s:
        for local_id in committed:
            rec = s.get(local_id)
            assert rec is not None and rec.state is S.PROCESSING
        # The one being written when the kill came is whole or absent, never half-written.
        for rec in s.list(limit=1000):
            assert rec.request.prompt.startswith("k-")
        s.begin_submission(request(), source="gui")  # and the file still takes writes


def test_a_batch_of_poll_answers_is_one_transaction_and_a_bad_one_is_left_alone(
        store: TaskStore) -> None:
    recs = []
    for i in range(3):
        rec = store.begin_submission(request(f"take {i}"), source="gui")
        recs.append(store.record_created(rec.local_id, task("pending", task_id=f"task-{i}")))
    statements: list[str] = []
    store._conn().set_trace_callback(statements.append)
    out = store.apply_polls([
        (recs[0].local_id, task("processing", task_id="task-0", progress=30)),
        (recs[1].local_id, task("completed", task_id="not-its-task", progress=100)),
        ("no-such-record", task("processing", task_id="task-9")),
        (recs[2].local_id, task("completed", task_id="task-2", progress=100,
                                results=["https://cdn.example/2.mp4"])),
    ])
    store._conn().set_trace_callback(None)
    first, bad, unknown, last = (out[recs[0].local_id], out[recs[1].local_id],
                                 out["no-such-record"], out[recs[2].local_id])
    assert isinstance(bad, ValueError) and isinstance(unknown, UnknownTask)
    assert not isinstance(first, Exception) and not isinstance(last, Exception)
    assert first == store.get(recs[0].local_id) and (first.state, first.progress) == (
        S.PROCESSING, 30)
    assert store.get(recs[1].local_id) == recs[1]  # another task's answer changed nothing
    assert last == store.get(recs[2].local_id) and last.state is S.COMPLETED
    assert [s for s in statements if s in ("BEGIN IMMEDIATE", "COMMIT")] == [
        "BEGIN IMMEDIATE", "COMMIT"]  # one transaction: one wait for the disk
