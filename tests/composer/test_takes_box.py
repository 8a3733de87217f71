"""The composer's Takes and Vary: the requests listed before anything is sent, the invalid
ones struck with their reason, the total shown; a plain request stays a plain request."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.composer.panel import ComposerPanel
from app.ui.composer.takes_box import TakesBox


def lines(box: TakesBox) -> list[str]:
    return [box.list.item(i).text() for i in range(box.list.count())]


def vary(box: TakesBox, row: int, key: str, values: str) -> None:
    box.keys[row].setCurrentIndex(box.keys[row].findData(key))
    box.values[row].setText(values)


def test_one_request_is_no_set(panel: ComposerPanel) -> None:
    panel.prompt.edit.setPlainText("a paper kite over a field")
    request = panel.request()
    assert request is not None and panel.takes.plan_for(request) is None
    assert panel.takes.list.isHidden() and panel.takes.total.isHidden()


def test_takes_and_prompt_alternatives_list_every_request_with_the_total(
        panel: ComposerPanel) -> None:
    panel.prompt.edit.setPlainText("a paper kite over {rain|snow}")
    panel.takes.count.setValue(2)
    request = panel.request()
    assert request is not None
    plan = panel.takes.plan_for(request)
    assert plan is not None and plan.sendable and len(plan.takes) == 4
    assert [line.split("   ")[0] for line in lines(panel.takes)] == [
        "1. rain", "2. rain", "3. snow", "4. snow"]
    assert panel.takes.list.isVisible()
    assert panel.takes.total.text().startswith("Requests to send: 4 · ≈ ")
    assert panel.takes.total.text().endswith("credits in all")
    assert panel.takes.total.accessibleName() == ""  # a changing value: no fixed name


def test_an_invalid_combination_is_struck_with_its_reason_never_sent(
        panel: ComposerPanel) -> None:
    panel.prompt.edit.setPlainText("a paper kite over a field")
    panel.takes.toggle.click()
    assert panel.takes.body.isVisible()
    vary(panel.takes, 0, "tier", "standard, fast")
    vary(panel.takes, 1, "quality", "720p, 1080p")
    request = panel.request()
    assert request is not None
    plan = panel.takes.plan_for(request)
    assert plan is not None and len(plan.takes) == 3 and len(plan.dropped) == 1
    struck = [line for line in lines(panel.takes) if "not sent" in line]
    assert len(struck) == 1 and "1080p is only available on the standard models" in struck[0]
    assert "\u0336" in struck[0]  # the take itself struck through
    assert panel.takes.total.text().startswith("Requests to send: 3")


def test_a_value_that_is_no_value_blocks_the_set(panel: ComposerPanel) -> None:
    panel.prompt.edit.setPlainText("a paper kite over a field")
    panel.takes.toggle.click()
    vary(panel.takes, 0, "duration", "4, 99")
    assert panel.takes.problem.isVisible()
    assert "“99” is not a duration value" in panel.takes.problem.text()
    request = panel.request()
    assert request is not None
    plan = panel.takes.plan_for(request)
    assert plan is not None and not plan.sendable
    assert panel.takes.total.text() == "Nothing can be sent yet"


def test_every_control_is_named_and_labelled(panel: ComposerPanel) -> None:
    box = panel.takes
    box.toggle.click()
    assert box.count_label.buddy() is box.count and box.count.accessibleName() == "Takes"
    assert box.toggle.accessibleName() == "Vary settings"
    for label, combo in zip(box.key_labels, box.keys, strict=True):
        assert label.buddy() is combo and combo.accessibleName() == label.text().replace("&", "")
    assert all(e.accessibleName() == "Values" for e in box.values)
    assert box.list.focusPolicy() == Qt.FocusPolicy.TabFocus
