"""The core's messages carry ids and templates written once; the .ts translates every template."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from app.core import api_facts, composer_rules, media_limits, rules
from app.core.budget import BudgetCheck
from app.core.capabilities import MODELS, Mode, Quality, Span, Tier, model_for
from app.core.catalog import ALL_IDS, ApiMsg, RulesMsg
from app.core.media_limits import MediaFacts, MediaKind
from app.core.message_catalog import CONTEXT
from app.core.messages import (
    Message,
    from_data,
    to_data,
)
from app.core.models import GenerationRequest
from app.core.pricing import estimate
from app.core.takes import Vary, VaryKey, parse_vary, plan_takes
from app.services.api.errors import plain_message
from app.services.media.inputs import MediaInput
from app.services.media.uploads import EvolinkUploader, UnreadableFile, UploadRefused
from app.simulator import Simulator
from app.ui import messages
from app.ui.messages import render
from tests.faults import fault_messages
from tests.sequence import file_faults, stop_reasons
from tests.settings import service_messages as services
from tests.settings.recovery_messages import recovery_messages

MB = api_facts.MB
T2V, I2V, R2V = (model_for(m, Tier.STANDARD).id for m in Mode)
FAST_T2V = model_for(Mode.TEXT, Tier.FAST).id
IMG = "https://example.com/a.jpg"


def _req(model: str = T2V, **kw: Any) -> GenerationRequest:
    kw.setdefault("prompt", "a paper boat in the rain")
    return GenerationRequest(model=model, **kw)


def _facts(kind: MediaKind, **kw: Any) -> MediaFacts:
    good: dict[MediaKind, dict[str, Any]] = {
        MediaKind.IMAGE: {"format": "png", "size_bytes": 1000, "width": 640, "height": 480},
        MediaKind.VIDEO: {"format": "mp4", "size_bytes": 1000, "width": 640, "height": 640,
                          "duration_s": 4.0, "fps": 24.0},
        MediaKind.AUDIO: {"format": "wav", "size_bytes": 1000, "duration_s": 4.0},
    }
    return MediaFacts(kind, f"x.{kind.value}", **{**good[kind], **kw})


def _from_rules() -> Iterator[str]:
    requests = [
        _req("nope"), _req(prompt=""), _req(prompt="word " * 45_000),
        _req(image_urls=[IMG]), _req(video_urls=["https://e.com/1.mp4"] * 2),
        _req(audio_urls=["https://e.com/1.mp3"]), _req(I2V),
        _req(R2V, image_urls=[IMG] * 10, video_urls=["", "https://[abc"],
             audio_urls=["ftp://e.com/a.mp3"] * 4),
        _req(R2V, audio_urls=["https://e.com/1.mp3"]), _req(I2V, image_urls=["a.jpg"]),
        _req(duration=2), _req(duration=20), _req(quality="4k"), _req(FAST_T2V, quality="1080p"),
        _req(aspect_ratio="5:4"), _req(I2V, image_urls=[IMG], model_params={"a": 1}),
    ]
    for req in requests:
        yield from (p.message for p in rules.check(req))
    # No model of the table needs media outside image-to-video; a made-up one does.
    needy = dataclasses.replace(MODELS[R2V], images=Span(1, 9))
    yield from (p.message for p in rules._check_media_counts(_req(R2V), needy))
    for url in ("https://e.com/" + "x" * 2100, "https://[abc", "http://e.com/hook",
                "https:///hook", "https://localhost/hook", "https://10.0.0.1/hook"):
        yield rules.check_callback_url(url) or ""
    yield rules.prompt_advice("雨" * 600) or ""
    yield rules.prompt_advice("word " * 1200) or ""


def _from_media_limits() -> Iterator[str]:
    img, vid, aud = MediaKind.IMAGE, MediaKind.VIDEO, MediaKind.AUDIO
    items = [
        _facts(img, format="gif"), _facts(img, size_bytes=31 * MB),
        _facts(img, size_bytes=30 * MB + 1), _facts(img, size_bytes=30 * MB + 2),
        _facts(img, width=200, height=7000), _facts(img, width=6000, height=1000),
        _facts(vid, width=320, height=320), _facts(vid, duration_s=1.0),
        _facts(vid, fps=12.0),
    ]
    for f in items:
        yield from (p.message for p in media_limits.check_item(f, 0))
    sets = [
        media_limits.check_set(images=[_facts(img)] * 10),
        media_limits.check_set(videos=[_facts(vid, duration_s=8.0)] * 2),
        media_limits.check_set(images=[_facts(img)], audios=[_facts(aud, duration_s=8.0)] * 2),
        media_limits.check_set(images=[_facts(img, size_bytes=29 * MB)] * 3),
        media_limits.check_set(audios=[_facts(aud)]),
    ]
    for problems in sets:
        yield from (p.message for p in problems)


def _from_composer_rules() -> Iterator[str]:
    text, image, reference = (model_for(m, Tier.STANDARD) for m in Mode)
    fast, mini = model_for(Mode.IMAGE, Tier.FAST), model_for(Mode.TEXT, Tier.MINI)
    yield composer_rules.quality_fallback(fast, Quality.P1080)[1] or ""
    for spec, kind, index in ((image, MediaKind.IMAGE, 0), (image, MediaKind.IMAGE, 1),
                              (reference, MediaKind.IMAGE, 3), (reference, MediaKind.VIDEO, 0),
                              (reference, MediaKind.AUDIO, 1)):
        yield composer_rules.slot_title(spec, kind, index)
    yield from (composer_rules.kind_title(kind) for kind in MediaKind)
    yield composer_rules.greyed_reason(text, MediaKind.VIDEO, 0) or ""
    yield composer_rules.greyed_reason(reference, MediaKind.IMAGE, 9) or ""
    yield from composer_rules.kept_notices(text, {MediaKind.IMAGE: 1, MediaKind.AUDIO: 2})
    yield from composer_rules.kept_notices(mini, {MediaKind.VIDEO: 1})
    yield composer_rules.parse_model_params("{oops")[1] or ""
    yield composer_rules.parse_model_params("[1]")[1] or ""
    yield composer_rules.prompt_count("word " * 45_000).message or ""


def _from_pricing_and_services() -> Iterator[str]:
    for est in (estimate("nope", "720p", 5), estimate(T2V, "4k", 5),
                estimate(model_for(Mode.TEXT, Tier.MINI).id, "720p", 5),
                estimate(T2V, "1080p", 5),
                estimate(R2V, "720p", 5, has_video_input=True, content_filter=False)):
        yield from est.notes
    for status in (401, 402, 403, 404, 413, 429, 503, 418):
        yield plain_message(status)
    refused = UploadRefused(MediaKind.VIDEO, "big.mov", "")
    yield refused.message
    yield str(refused)
    yield UploadRefused(MediaKind.IMAGE, "a.png", "Too big.").message
    yield BudgetCheck(500, 412, 108).figures()  # the daily budget's question, priced or not
    yield BudgetCheck(500, 512.5, None).figures()
    for text in ("seed=1,2", "tier=mini", "duration=3,5"):  # a take set's sweep, refused
        found = parse_vary(text)
        assert isinstance(found, Message)
        yield found
    req = _req()
    yield from plan_takes(req, takes=0).problems
    yield from plan_takes(req, takes=8, vary=[Vary(VaryKey.AUDIO, ("on", "off")),
                                              Vary(VaryKey.AUDIO, ("on", "off"))]).problems


async def _unreadable_upload(tmp_path: Path) -> str:
    client: Any = SimpleNamespace(endpoints=SimpleNamespace(files_base_url="https://files"))
    missing = tmp_path / "gone.png"
    item = MediaInput(MediaKind.IMAGE, str(missing), missing)
    with pytest.raises(UnreadableFile) as info:
        await EvolinkUploader(client).url_for(item)
    return info.value.message


def _walk(text: str) -> Iterator[Message]:
    """`text` and every Message among its parameters, depth first."""
    if isinstance(text, Message):
        yield text
        for value in text.params.values():
            yield from _walk(value)


async def _from_the_services(tmp_path: Path) -> list[str]:
    texts = [*services.probe_messages(tmp_path), *await services.poller_messages()]
    texts += [t async for t in services.download_messages(tmp_path / "downloads")]
    sim = Simulator(api_keys={services.KEY}, generation_seconds=0.3)
    await sim.start()
    try:
        texts += [t async for t in services.store_messages(sim, tmp_path)]
        texts += [t async for t in recovery_messages(sim, tmp_path)]
        texts += [t async for t in services.settings_messages(sim, tmp_path)]
        texts += [t async for t in services.file_service_messages(sim, tmp_path / "files")]
        texts += [t async for t in services.client_messages(sim)]  # stops the simulator
    finally:
        await sim.stop()
    return texts


def _from_prices() -> list[str]:
    """Issue 21 item 2: the sources of a price, their ages, and the models a key may not use."""
    from app.core.composer_rules import model_access_reason
    from app.core.price_choice import PriceFigure, Source, age, choose, source_label
    from app.core.pricing import estimate

    mini = "seedance-2.0-mini-text-to-video"
    learned = [PriceFigure(41.0, Source.LEARNED, 0.0, n, model=mini, quality="720p")
               for n in (1, 3)]
    table = PriceFigure(30.0, Source.TABLE)
    out = [*estimate("seedance-2.0-text-to-video", "720p", 5, web_search=True).notes,
           *choose(quote=None, rules=None, table=table, learned=learned[1], now=0).notes,
           *(age(s) for s in (0, 120, 7200, 172800))]
    figures = [PriceFigure(1.0, Source.QUOTE, 0.0), PriceFigure(1.0, Source.RULES, 0.0),
               table, *learned]
    out.extend(label for f in figures if (label := source_label(f, 60.0)) is not None)
    denied = model_access_reason(MODELS[mini], frozenset())
    assert denied is not None
    return [*out, denied]


async def _every_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Message]:
    texts = [*_from_rules(), *_from_media_limits(), *_from_composer_rules(), *_from_prices(),
             *_from_pricing_and_services(), await _unreadable_upload(tmp_path),
             *await _from_the_services(tmp_path), *services.keychain_messages(monkeypatch),
             *fault_messages.every(tmp_path, monkeypatch),
             *await stop_reasons.every(tmp_path / "sequences"),
             *file_faults.every(tmp_path / "sequence-files")]
    assert all(isinstance(t, Message) for t in texts), [t for t in texts
                                                        if not isinstance(t, Message)]
    return [m for t in texts for m in _walk(t)]


@pytest.mark.logs_errors(r"^polling task-2 failed$")  # the poller logs its own bug: "a bug"
async def test_every_id_is_emitted_and_its_english_template_gives_the_core_text(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = await _every_message(tmp_path, monkeypatch)
    # The clip actions' ids are emitted by tests/library/test_panel_actions.py, the player's
    # by tests/player (a missing, damaged, unsupported clip); one may come here too, as the
    # reason inside another (a damaged clip stops a sequence).
    elsewhere = ("CLIP_", "PLAYER_")
    core_ids = {id for id in ALL_IDS if not id.name.startswith(elsewhere)}
    emitted = {m.id for m in found if not m.id.name.startswith(elsewhere)}
    assert emitted == core_ids, core_ids - emitted
    for m in found:
        assert render(m) == str(m), m.id
        assert from_data(json.loads(json.dumps(to_data(m)))) == m, m.id  # as the store keeps it


def test_a_message_is_its_english_string_everywhere() -> None:
    problem = rules.check(_req(duration=2))[0]
    msg = problem.message
    assert isinstance(msg, Message) and msg.id is RulesMsg.DURATION_TOO_SHORT
    assert msg == "Duration must be a whole number of seconds from 4 to 15; 2 s is too short"
    assert json.loads(json.dumps({"m": msg})) == {"m": str(msg)}
    for twin in (copy.deepcopy(msg), pickle.loads(pickle.dumps(msg))):
        assert twin == msg and isinstance(twin, Message) and twin.id is msg.id
        assert dict(twin.params) == dict(msg.params)
    assert copy.deepcopy(problem) == problem and hash(problem) == hash(copy.copy(problem))


class _Translation:
    """Stands in for QCoreApplication: every template translates to `text`."""

    def __init__(self, text: str) -> None:
        self.text = text

    def translate(self, context: str, source: str) -> str:
        assert context == messages.CONTEXT
        return self.text


def test_plain_strings_and_broken_translations_fall_back_to_english(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    assert render("from the server") == "from the server"
    msg = rules.check(_req(duration=20))[0].message
    monkeypatch.setattr(messages, "QCoreApplication", _Translation("{missing} s"))
    assert render(msg) == str(msg)
    monkeypatch.setattr(messages, "QCoreApplication", _Translation(""))
    assert render(Message(RulesMsg.URL_EMPTY, item="")) == " is empty"  # never an empty text


def test_a_message_is_rebuilt_from_its_id_and_parameters_not_its_english() -> None:
    nested = Message(ApiMsg.API_ERROR_DETAIL, message=Message(ApiMsg.API_NO_CREDITS),
                     detail="[quota] (HTTP 402)")
    data = json.loads(json.dumps(to_data(nested)))
    assert data == {"id": "API_ERROR_DETAIL", "params": {
        "message": {"id": "API_NO_CREDITS", "params": {}}, "detail": "[quota] (HTTP 402)"}}
    again = from_data(data)
    assert again == nested and again is not None and again.params["message"].id is \
        ApiMsg.API_NO_CREDITS
    plural = from_data({"id": "COUNT_IMAGES", "params": {"n": 1}})
    assert plural == "1 image" and plural is not None and plural.template == "{n} image"
    # An id that is gone, or parameters its template no longer takes: the caller keeps its text.
    assert from_data({"id": "NO_SUCH_ID", "params": {}}) is None
    assert from_data({"id": "DURATION_TOO_LONG", "params": {}}) is None
    assert from_data("text") is None


def test_ids_are_unique_and_every_template_is_translated_in_the_ts() -> None:
    from app.services.home.i18n import CATALOG as NAME
    from app.services.home.i18n import i18n_dir

    folder = i18n_dir()
    assert folder is not None
    root = ET.parse(folder / f"{NAME}_zh_CN.ts").getroot()
    translated = {message.findtext("source"): message.find("translation")
                  for context in root.iter("context") if context.findtext("name") == CONTEXT
                  for message in context.iter("message")}
    for id in ALL_IDS:
        for form in id.forms:
            found = translated.get(form)
            assert found is not None, f"{id.name}: {form!r} is not in the .ts"
            assert found.get("type") is None and found.text, f"{id.name} is not translated"
    assert len({id.key for id in ALL_IDS}) == len(ALL_IDS)


def test_chinese_templates_keep_every_placeholder() -> None:
    """A translation that lost or renamed a {field} would fall back to English at run time."""
    from app.services.home.i18n import CATALOG as NAME
    from app.services.home.i18n import i18n_dir

    folder = i18n_dir()
    assert folder is not None
    root = ET.parse(folder / f"{NAME}_zh_CN.ts").getroot()
    checked = 0
    for context in root.iter("context"):
        if context.findtext("name") != messages.CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = message.findtext("translation") or ""
            assert sorted(re.findall(r"\{[^}]*\}", source)) == \
                sorted(re.findall(r"\{[^}]*\}", text)), source
            checked += 1
    assert checked >= len(ALL_IDS)
