"""The queue's store watcher: another process's writes show; nothing is re-read for nothing."""

from __future__ import annotations

import asyncio
from typing import Any

from app.services.tasks.store import TaskStore
from tests.queue.conftest import request, until


async def test_writes_from_another_process_show_and_an_idle_store_is_not_reread(
        queue_for: Any, store: TaskStore) -> None:
    async with queue_for() as queue:
        with TaskStore(store.path) as other:  # another connection, as the CLI would have
            rec = other.begin_submission(request("from the command line"), source="cli")
            other.record_rejected(rec.local_id, "invalid_request", "refused")
            await until(lambda: queue.record(rec.local_id) is not None)
            other.note(rec.local_id, "seen elsewhere")
            await until(lambda: (r := queue.record(rec.local_id)) is not None
                        and r.note == "seen elsewhere")
            other.set_hidden(rec.local_id)
            await until(lambda: queue.record(rec.local_id) is None)
        # This process's own other writers (the library) use the same connection: PRAGMA
        # data_version does not move, the rows written lately are read instead.
        mine = store.begin_submission(request("from the library's connection"), source="gui")
        store.record_rejected(mine.local_id, "invalid_request", "refused")
        await until(lambda: queue.record(mine.local_id) is not None)
        store.note(mine.local_id, "noted here")
        await until(lambda: (r := queue.record(mine.local_id)) is not None
                    and r.note == "noted here")
        # Idle: the whole list is not read again, only what was written lately.
        calls = {"list": 0, "changed_since": 0}
        for name in calls:
            original = getattr(store, name)

            def counted(*args: Any, _name: str = name, _original: Any = original,
                        **kwargs: Any) -> Any:
                calls[_name] += 1
                return _original(*args, **kwargs)

            setattr(store, name, counted)
        await until(lambda: calls["changed_since"] >= 2)
        assert calls["list"] == 0


def _counting(store: TaskStore, name: str) -> dict[str, int]:
    calls = {"n": 0}
    original = getattr(store, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        return original(*args, **kwargs)

    setattr(store, name, counted)
    return calls


async def test_own_worker_thread_commits_are_not_reread_another_stores_are(
        queue_for: Any, store: TaskStore) -> None:
    """Commits from this store's worker threads move PRAGMA data_version (another
    connection) but are numbered as its own: the watcher reads no whole list for them. A
    commit of another TaskStore on the file (another process, as the CLI) is read and shown,
    also when it falls between two of ours."""
    async with queue_for() as queue:
        lists, ticks = _counting(store, "list"), _counting(store, "changed_since")
        version, _seq = store.write_mark()
        for i in range(4):
            rec = await asyncio.to_thread(store.begin_submission, request(f"mine {i}"),
                                          source="gui")
            rec = await asyncio.to_thread(store.record_rejected, rec.local_id,
                                          "invalid_request", "refused")
            queue.show(rec)
        assert store.write_mark()[0] != version  # the threads' commits moved it
        seen = ticks["n"]
        await until(lambda: ticks["n"] >= seen + 2)  # ten ticks of the watcher at least
        assert (lists["n"], queue.reloads) == (0, 0)

        with TaskStore(store.path) as other:
            mine = await asyncio.to_thread(store.begin_submission, request("mine again"),
                                           source="gui")
            theirs = other.begin_submission(request("from the command line"), source="cli")
            other.record_rejected(theirs.local_id, "invalid_request", "refused")
            await asyncio.to_thread(store.record_rejected, mine.local_id, "invalid_request",
                                    "refused")
            await until(lambda: queue.record(theirs.local_id) is not None)
        assert lists["n"] >= 1 and queue.reloads >= 1
        shown = queue.record(theirs.local_id)
        assert shown is not None and shown.error_message == "refused"
