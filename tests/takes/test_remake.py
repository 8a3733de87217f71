""""Make again at…": the dialog's rungs (costs, reasons, the default keeper), quotes arriving
later, media gone said plainly, and what the record's media become (files, links)."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from app.core import api_facts
from app.core.capabilities import Tier
from app.core.media_limits import MediaKind
from app.core.models import GenerationRequest
from app.core.remake import MediaPlan, media_plan
from app.services.media.remake_media import media_inputs, plan_for
from app.ui.library.remake_dialog import RemakeDialog
from tests.library.conftest import make_record

SEARCH = GenerationRequest(model="seedance-2.0-fast-text-to-video", prompt="the harbour today",
                           quality="480p", duration=5, model_params={"web_search": True})


def price(request: GenerationRequest) -> float | None:
    return None if "mini" in request.model else 10.0 * request.duration


def dialog(qtbot: Any, request: GenerationRequest = SEARCH,
           plan: MediaPlan | None = None) -> RemakeDialog:
    made = RemakeDialog(request, plan or MediaPlan(), price)
    qtbot.addWidget(made)
    return made


def test_rungs_show_cost_or_why_not_and_the_keeper_is_chosen(qtbot: Any) -> None:
    d = dialog(qtbot)
    mini, fast, *_keepers = d.choice_texts()
    assert "not available" in mini and not d.rungs[0].isEnabled()
    assert d.rungs[0].toolTip()  # the rule's whole sentence
    assert "(as this clip: a new take)" in fast and "≈ 50.0 credits" in fast
    assert d.rungs[2].isChecked()  # Standard 720p: the keeper
    chosen = d.chosen()
    assert chosen is not None and chosen.model == "seedance-2.0-text-to-video"
    assert "50.0 credits" in d.cost.text()
    assert d.send_button.isEnabled()


def test_duration_changes_the_request_and_its_cost(qtbot: Any) -> None:
    d = dialog(qtbot)
    d.duration.setValue(8)
    chosen = d.chosen()
    assert chosen is not None and chosen.duration == 8 and chosen.prompt == SEARCH.prompt
    assert "80.0 credits" in d.cost.text()
    assert d.select(Tier.FAST, "480p")
    assert "(as this clip" not in d.choice_texts()[1]  # 8 s is not this clip's 5 s


def test_a_quote_replaces_the_table_figure(qtbot: Any) -> None:
    d = dialog(qtbot, SEARCH.model_copy(update={"model_params": None}))
    assert "cost not known yet" in d.choice_texts()[0]
    mini = d.requests()[0]
    d.set_price(mini, 7.5)
    assert "≈ 7.5 credits" in d.choice_texts()[0]


def test_media_gone_is_said_and_nothing_can_be_sent(qtbot: Any) -> None:
    request = GenerationRequest(model="seedance-2.0-image-to-video", prompt="kite",
                                image_urls=["https://files.example.com/u/1.png"])
    gone = media_plan(request, {request.image_urls[0]: "/gone/1.png"}, set(),
                      links_valid=False)
    d = dialog(qtbot, request, gone)
    assert "image 1" in d.media.text() and not d.media.isHidden()
    assert d.chosen() is None
    assert not d.send_button.isEnabled()
    assert d.buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()


def test_a_record_media_are_its_files_or_its_valid_links(tmp_path: Path) -> None:
    png = tmp_path / "in.png"
    from PySide6.QtGui import QColor, QImage

    image = QImage(64, 36, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(png))
    url = "https://files.example.com/u/in.png"
    base = make_record(1, tmp_path)
    record = dataclasses.replace(
        base, request=base.request.model_copy(update={
            "model": "seedance-2.0-image-to-video", "image_urls": [url]}),
        media_sources={url: str(png)}, submitted_at=time.time())
    plan = plan_for(record)
    assert plan.usable and plan.of(MediaKind.IMAGE)[0].local == str(png)
    media, problems = media_inputs(plan)
    assert not problems and media[MediaKind.IMAGE][0].path == png
    assert media[MediaKind.IMAGE][0].facts is not None
    png.unlink()
    assert plan_for(record).usable  # the link is still valid
    late = time.time() + api_facts.UPLOAD_TTL_S
    assert not plan_for(record, now=late).usable
