"""The spending service over a real store: charges, refunds apart, running tasks held, today's
total for the budget, and the CSV written whole."""

from __future__ import annotations

import csv
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.core.spending import CSV_HEADER, Period, csv_rows, summarize
from app.services.account.spending import SpendingLedger, write_csv
from tests.spending.conftest import FAST, MINI, add_task, berlin_at, store_at


def test_charges_and_refunds_read_back_from_the_store(tmp_path: Path,
                                                      berlin: ZoneInfo) -> None:
    now = berlin_at(2026, 12, 2, 18, 0)
    store, clock = store_at(tmp_path / "tasks.db", now)
    add_task(store, clock, berlin_at(2026, 12, 1, 23, 59, 59), 100)  # yesterday
    add_task(store, clock, berlin_at(2026, 12, 2, 0, 0, 0), 300)  # today, from midnight
    add_task(store, clock, berlin_at(2026, 12, 2, 9, 0), 40.5, model=MINI, outcome="failed")
    add_task(store, clock, berlin_at(2026, 12, 2, 17, 0), 112, outcome="processing")
    add_task(store, clock, berlin_at(2026, 12, 2, 17, 30), 999, outcome="rejected")
    ledger = SpendingLedger(store.path, clock=lambda: now)
    try:
        spends = ledger.spends()
        assert sorted((s.spent, s.refunded, s.held) for s in spends) == [
            (0, 0, 112), (0, 40.5, 0), (100, 0, 0), (300, 0, 0)]
        assert ledger.today() == 412  # 300 charged + 112 held; the refund does not count
        summary = summarize(spends, Period.DAY, now=now)
        assert [b.totals.spent for b in summary.buckets[-2:]] == [100, 300]
        assert summary.buckets[-1].totals.refunded == 40.5
        assert summary.buckets[-1].by_model[MINI].refunded == 40.5
        assert summary.totals.held == 112
    finally:
        ledger.close()
        store.close()


async def test_loading_runs_off_the_ui_thread(tmp_path: Path, berlin: ZoneInfo) -> None:
    now = time.time()
    store, clock = store_at(tmp_path / "tasks.db", now)
    add_task(store, clock, now - 10, 25)
    ledger = SpendingLedger(store.path)
    try:
        import threading

        seen: list[str] = []
        real = ledger.spends

        def spends(since: float | None = None) -> list:  # type: ignore[type-arg]
            seen.append(threading.current_thread().name)
            return real(since)

        ledger.spends = spends  # type: ignore[method-assign]
        assert [s.spent for s in await ledger.load()] == [25]
        assert await ledger.load_today() == 25
        assert seen and threading.main_thread().name not in seen
    finally:
        ledger.close()
        store.close()


def test_ten_thousand_tasks_read_quickly(tmp_path: Path, berlin: ZoneInfo) -> None:
    now = berlin_at(2026, 12, 2, 18, 0)
    store, _clock = store_at(tmp_path / "tasks.db", now)
    store.close()
    import sqlite3

    conn = sqlite3.connect(store.path)  # 10,000 settled rows written at once, as a year of use
    conn.executemany(
        "INSERT INTO tasks (local_id, state, request_json, idempotency_key, source, created_at, "
        "updated_at, model, credits_reserved, credits_charged, credits_refunded) "
        "VALUES (?, ?, '{}', 'k', 'gui', ?, ?, ?, 20, ?, ?)",
        [(f"id{i}", "saved" if i % 10 else "failed", now - i * 3000, now,
          FAST if i % 3 else MINI, 20 if i % 10 else 0, 0 if i % 10 else 20)
         for i in range(10_000)])
    conn.commit()
    conn.close()
    ledger = SpendingLedger(store.path, clock=lambda: now)
    try:
        started = time.perf_counter()
        spends = ledger.spends()
        summary = summarize(spends, Period.MONTH, now=now)
        took = time.perf_counter() - started
        assert len(spends) == 10_000
        assert summary.all_time.spent == 9_000 * 20 and summary.all_time.refunded == 1_000 * 20
        assert took < 2.0, took  # about 50 ms here; off the UI thread all the same
    finally:
        ledger.close()


def test_the_csv_is_written_whole_and_replaces_the_old_file(tmp_path: Path,
                                                            berlin: ZoneInfo) -> None:
    now = berlin_at(2026, 12, 2, 18, 0)
    store, clock = store_at(tmp_path / "tasks.db", now)
    add_task(store, clock, berlin_at(2026, 12, 2, 9, 0), 40.5, model=MINI, outcome="failed")
    add_task(store, clock, berlin_at(2026, 12, 2, 10, 0), 67.5)
    ledger = SpendingLedger(store.path, clock=lambda: now)
    target = tmp_path / "spending.csv"
    target.write_text("old contents\n")
    try:
        write_csv(target, csv_rows(summarize(ledger.spends(), Period.DAY, now=now)))
    finally:
        ledger.close()
        store.close()
    with target.open(newline="") as f:
        rows = list(csv.reader(f))
    assert rows == [list(CSV_HEADER), ["2026-12-02", "day", FAST, "67.5", "0", "0", "1"],
                    ["2026-12-02", "day", MINI, "0", "40.5", "0", "1"]]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".spending")] == []
    assert target.read_text().endswith("\n")


def test_a_csv_that_cannot_be_written_leaves_nothing_behind(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    target = folder / "spending.csv"
    target.mkdir(parents=True)  # a folder in the way: the rename fails
    with pytest.raises(IsADirectoryError):
        write_csv(target, [CSV_HEADER])
    assert sorted(p.name for p in folder.iterdir()) == ["spending.csv"]
