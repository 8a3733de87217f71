"""Prompt history from the store, and presets in their JSON file: saved whole, a damaged
file set aside, exported and imported with names kept apart."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from app.core.models import GenerationRequest, parse_task
from app.services.drafts.presets import PresetBook, PresetFileError
from app.services.drafts.prompt_history import PromptHistory
from app.services.tasks.store import TaskStore

MINI = "seedance-2.0-mini-text-to-video"
STD = "seedance-2.0-image-to-video"


def sent(store: TaskStore, prompt: str, n: int, **kw: object) -> None:
    rec = store.begin_submission(GenerationRequest.model_validate(
        {"model": MINI, "prompt": prompt, **kw}), source="gui")
    store.record_created(rec.local_id, parse_task(
        {"id": f"task-unified-1757156493-{n:08d}", "status": "pending"}))


@pytest.fixture
def store(tmp_path: Path) -> TaskStore:
    clock = itertools.count(1000.0, 10.0)
    s = TaskStore(tmp_path / "s.db", clock=lambda: next(clock))
    yield s  # type: ignore[misc]
    s.close()


async def test_history_is_distinct_newest_first_and_searchable(store: TaskStore) -> None:
    sent(store, "a kite over dunes", 1, duration=5)
    sent(store, "100% rain_drops on glass", 2)
    sent(store, "a kite over dunes", 3, duration=9, image_urls=["https://x.test/a.png"],
         model=STD)
    store.add_set([(GenerationRequest(model=MINI, prompt="a draft never sent"), "")],
                  source="gui")
    history = PromptHistory(store.path)
    try:
        entries = await history.load()
        assert [(e.prompt, e.uses) for e in entries] == [("a kite over dunes", 2),
                                                          ("100% rain_drops on glass", 1)]
        kite = entries[0].request
        assert kite.duration == 9 and kite.model == STD and kite.image_urls == []
        assert [e.prompt for e in history.entries("KITE dunes")] == ["a kite over dunes"]
        assert [e.prompt for e in history.entries("100%")] == ["100% rain_drops on glass"]
        assert history.entries("rain_") and not history.entries("rainXdrops")
        assert history.entries("_drops") and not history.entries("%drops")
    finally:
        history.close()


def test_presets_round_trip_replace_and_remove(tmp_path: Path) -> None:
    book = PresetBook(tmp_path / "presets.json", clock=lambda: 5.0)
    assert book.load() == []
    req = GenerationRequest(model=MINI, prompt="neon city", image_urls=["https://x.test/i.png"])
    book.put("Neon", req)
    book.put("alpha", GenerationRequest(model=MINI, prompt="first"))
    presets = book.put("NEON", req.model_copy(update={"duration": 12}))
    assert [(p.name, p.request.duration) for p in presets] == [("alpha", 5), ("NEON", 12)]
    assert presets[1].request.image_urls == []  # media links expire: never kept
    assert [p.name for p in PresetBook(book.path).load()] == ["alpha", "NEON"]
    assert [p.name for p in book.remove("neon")] == ["alpha"]
    with pytest.raises(PresetFileError, match="needs a name"):
        book.put("  ", req)


def test_a_damaged_file_is_set_aside_not_lost(tmp_path: Path) -> None:
    path = tmp_path / "presets.json"
    path.write_text('{"format": "seedance-studio-prompts", "version": 1, "presets": [',
                    encoding="utf-8")
    book = PresetBook(path, clock=lambda: 77.0)
    assert book.load() == []
    aside = tmp_path / "presets.json.damaged-77"
    assert aside.read_text(encoding="utf-8").endswith("[")
    assert book.notice is not None and "presets.json.damaged-77" in book.notice
    book.put("fresh", GenerationRequest(model=MINI, prompt="again"))
    assert [p.name for p in book.load()] == ["fresh"]


def test_export_and_import_keep_names_apart(tmp_path: Path, store: TaskStore) -> None:
    sent(store, "history prompt", 1)
    mine = PresetBook(tmp_path / "mine.json")
    mine.put("Storm", GenerationRequest(model=MINI, prompt="a storm"))
    history = PromptHistory(store.path)
    out = mine.export(tmp_path / "export.json", history.entries())
    history.close()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["history"][0]["prompt"] == "history prompt"
    theirs = PresetBook(tmp_path / "theirs.json")
    theirs.put("storm", GenerationRequest(model=MINI, prompt="their storm"))
    assert theirs.import_from(out) == ["Storm (2)"]
    assert [p.request.prompt for p in theirs.load()] == ["their storm", "a storm"]
    (tmp_path / "other.json").write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(PresetFileError, match="not a Seedance Studio prompts file"):
        theirs.import_from(tmp_path / "other.json")
