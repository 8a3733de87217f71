"""The queue's store watcher: another process's writes show; nothing is re-read for nothing."""

from __future__ import annotations

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
