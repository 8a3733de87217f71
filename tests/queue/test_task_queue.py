"""The queue against the simulator with faults: every paid clip ends up on disk, byte-identical."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from typing import Any

import pytest

from app.core.states import TaskState
from app.services.api.errors import SubmissionOutcomeUnknown
from app.services.clips.sidecar import read_sidecar
from app.services.tasks.generation import submit
from app.services.tasks.store import TaskRecord, TaskStore
from app.services.tasks.task_actions import TaskActions
from app.simulator import Simulator
from tests.queue.conftest import request, until

S = TaskState


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def saved_identical(sim: Simulator, rec: TaskRecord) -> bool:
    clip = Path(rec.file_path or "")
    return (rec.state is S.SAVED and clip.exists()
            and sha(clip) == sha(sim.clip_path(rec.task_id or ""))
            and not clip.with_name(clip.name + ".part").exists()
            and (read_sidecar(clip) or {}).get("task_id") == rec.task_id)


async def test_submitted_task_is_polled_downloaded_and_reported(
        sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        finished: list[TaskRecord] = []
        counts: list[int] = []
        inserted: list[int] = []
        queue.taskFinished.connect(finished.append)
        queue.activeCountChanged.connect(counts.append)
        queue.rowAboutToBeInserted.connect(inserted.append)
        rec = await queue.submit(request())
        assert inserted == [0] and queue.records()[0].local_id == rec.local_id
        await until(lambda: bool(finished))
        [done] = finished
        assert saved_identical(sim, done)
        assert counts[0] == 1 and counts[-1] == 0 and queue.active_count == 0


async def test_rate_limit_storm_and_5xx_are_ridden_out_within_the_cap(
        sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        recs = [await queue.submit(request(f"storm clip {i}")) for i in range(6)]
        # One batch read asks for all six, so each fault holds back every task at once.
        sim.faults.rate_limit(n=10, retry_after=0.1, only="batch")
        sim.faults.server_error(n=4, status=502, only="batch")
        await until(lambda: all(queue.record(r.local_id).state is S.SAVED  # type: ignore[union-attr]
                                for r in recs), deadline_s=40)
        assert sim.faults.pending == 0
        assert queue.poller.stats.max_in_flight <= 4
        assert queue.poller.stats.errors > 0
        for r in recs:
            assert saved_identical(sim, queue.record(r.local_id))  # type: ignore[arg-type]


async def test_slow_answers_and_malformed_json_do_not_lose_the_task(
        sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        rec = await queue.submit(request("slow and garbled"))
        sim.faults.delay(seconds=0.4, n=3, only="batch")
        sim.faults.malformed_json(n=3, only="batch")
        await until(lambda: queue.record(rec.local_id).state is S.SAVED)  # type: ignore[union-attr]
        assert saved_identical(sim, queue.record(rec.local_id))  # type: ignore[arg-type]


async def test_reset_mid_download_resumes_with_range_byte_identical(
        sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        sim.faults.reset_download(after_bytes=15_000, n=2)
        rec = await queue.submit(request("a reset mid download"))
        await until(lambda: queue.record(rec.local_id).state is S.SAVED)  # type: ignore[union-attr]
        assert saved_identical(sim, queue.record(rec.local_id))  # type: ignore[arg-type]
        downloads = [r for r in sim.requests if r.path.startswith("/files/results/")]
        assert len(downloads) >= 3 and not any(r.has_authorization for r in downloads)


async def test_expired_result_url_says_expired(sim: Simulator, queue_for: Any, store: TaskStore,
                                               studio_home: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # The store's commit (an fsync) of the failed download waits in a worker, not the window.
    threads: list[threading.Thread] = []
    mark_expired = store.mark_expired

    def spy(local_id: str) -> TaskRecord:
        threads.append(threading.current_thread())
        return mark_expired(local_id)

    monkeypatch.setattr(store, "mark_expired", spy)
    async with queue_for() as queue:
        finished: list[TaskRecord] = []
        queue.taskFinished.connect(finished.append)
        sim.faults.delay(seconds=0.5, n=1, only="download")  # time to expire the link first
        rec = await queue.submit(request("too late to fetch"))
        await until(lambda: queue.record(rec.local_id).state  # type: ignore[union-attr]
                    in (S.DOWNLOADING, S.COMPLETED) or bool(finished))
        sim.expire_results()
        await until(lambda: bool(finished))
        assert finished[0].state is S.EXPIRED
        assert list((studio_home / "clips").glob("*.mp4")) == []
    assert threads and threading.main_thread() not in threads


async def test_offline_is_shown_and_recovers_by_itself(sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        changes: list[bool] = []
        queue.offlineChanged.connect(changes.append)
        sim.faults.drop_connection(n=6, only="batch")
        rec = await queue.submit(request("through a tunnel"))
        await until(lambda: queue.record(rec.local_id).state is S.SAVED,  # type: ignore[union-attr]
                    deadline_s=40)
        assert changes[0] is True and changes[-1] is False
        assert not queue.offline


async def test_failed_task_keeps_the_servers_reason(queue_for: Any) -> None:
    async with queue_for() as queue:
        finished: list[TaskRecord] = []
        queue.taskFinished.connect(finished.append)
        await queue.submit(request("a forbidden scene [fail:content_policy_violation]"))
        await until(lambda: bool(finished))
        assert finished[0].state is S.FAILED
        assert finished[0].error_code == "content_policy_violation"
        assert "safety" in (finished[0].error_message or "")


async def test_stop_tracking_stops_polling_and_remove_hides(sim: Simulator,
                                                            queue_for: Any) -> None:
    async with queue_for() as queue:
        rec = await queue.submit(request("forever [never]"))
        await until(lambda: queue.record(rec.local_id).state is S.PROCESSING)  # type: ignore[union-attr]
        with pytest.raises(ValueError, match="Stop tracking"):
            TaskActions(queue).remove(rec.local_id)
        TaskActions(queue).stop_tracking(rec.local_id)
        assert queue.active_count == 0 and not queue.poller.is_tracked(rec.local_id)
        polls = len([r for r in sim.requests if r.group in ("get", "batch")])
        TaskActions(queue).remove(rec.local_id)
        assert queue.records() == []
        await until(lambda: True)
        assert len([r for r in sim.requests if r.group in ("get", "batch")]) <= polls + 1


async def test_retry_is_a_new_submission_of_the_same_request(sim: Simulator,
                                                             queue_for: Any) -> None:
    async with queue_for() as queue:
        first = await queue.submit(request("again please [fail:service_error]"))
        await until(lambda: queue.record(first.local_id).state is S.FAILED)  # type: ignore[union-attr]
        second = await TaskActions(queue).retry(first.local_id)
        assert second.local_id != first.local_id and second.task_id != first.task_id
        assert second.request == first.request and len(sim.tasks) == 2


async def test_outcome_unknown_is_found_again_not_resent(sim: Simulator, queue_for: Any) -> None:
    async with queue_for() as queue:
        sim.faults.delay(seconds=2.0, n=1, only="create")
        with pytest.raises(SubmissionOutcomeUnknown):
            await queue.submit(request("lost in the post"))
        [rec] = queue.records()
        assert rec.state is S.OUTCOME_UNKNOWN and len(sim.tasks) == 1
        found = await TaskActions(queue).find_unknown(rec.local_id)
        assert found.record is not None and found.record.task_id in sim.tasks
        await until(lambda: queue.record(rec.local_id).state is S.SAVED)  # type: ignore[union-attr]
        assert len(sim.tasks) == 1


async def test_a_task_started_elsewhere_shows_up_and_is_adopted(
        sim: Simulator, client, queue_for: Any, studio_home: Path) -> None:
    async with queue_for() as queue:
        other = TaskStore(studio_home / "studio.sqlite3")  # another connection, as the CLI's
        try:
            rec = await submit(client, other, request("from the command line"), source="cli")
        finally:
            other.close()
        await until(lambda: queue.record(rec.local_id) is not None)
        await until(lambda: queue.record(rec.local_id).state is S.SAVED)  # type: ignore[union-attr]
        assert saved_identical(sim, queue.record(rec.local_id))  # type: ignore[arg-type]
