"""The composer's Takes and Vary: the requests listed before anything is sent, the invalid
ones struck with their reason, the total shown; a plain request stays a plain request."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.media.media_worker import MediaWorker, SyncExecutor
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


def test_prompt_alternatives_or_lines_alone_make_a_set(panel: ComposerPanel) -> None:
    """One take and nothing swept: the prompt alone can still stand for several requests (the
    box builds no request while there is only one, so each way to more than one counts)."""
    panel.prompt.edit.setPlainText("a paper kite over {rain|snow}")
    assert [line.split("   ")[0] for line in lines(panel.takes)] == ["1. rain", "2. snow"]
    panel.prompt.edit.setPlainText("a paper kite\na red balloon")
    assert panel.takes.list.isHidden()
    panel.takes.per_line.setChecked(True)
    assert [line.split("   ")[0] for line in lines(panel.takes)] == [
        "1. a paper kite", "2. a red balloon"]
    assert panel.takes.list.isVisible()


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


DEFAULT = {"count": 1, "vary_open": False, "per_line": False, "vary": [["", ""], ["", ""]]}


def test_takes_and_vary_come_back_from_the_saved_state(panel: ComposerPanel,
                                                       qtbot: QtBot) -> None:
    panel.prompt.edit.setPlainText("a paper kite over {rain|snow}")
    assert panel.save_state()["takes"] == DEFAULT
    panel.takes.count.setValue(3)
    panel.takes.toggle.click()
    vary(panel.takes, 0, "tier", "standard, fast")
    vary(panel.takes, 1, "duration", "4, 8")
    # As the window's state file keeps it (JSON), into a composer built afresh.
    state = json.loads(json.dumps(panel.save_state()))
    assert state["takes"] == {"count": 3, "vary_open": True, "per_line": False,
                              "vary": [["tier", "standard, fast"], ["duration", "4, 8"]]}
    other = ComposerPanel(MediaWorker(SyncExecutor()))
    qtbot.addWidget(other)
    other.show()
    other.restore_state(state)
    box = other.takes
    assert box.count.value() == 3 and box.toggle.isChecked() and box.body.isVisible()
    assert [c.currentData() for c in box.keys] == ["tier", "duration"]
    assert [e.text() for e in box.values] == ["standard, fast", "4, 8"]
    assert other.save_state() == state
    before, after = panel.request(), other.request()
    assert before is not None and after is not None
    plan = box.plan_for(after)
    assert plan is not None and plan == panel.takes.plan_for(before)
    assert len(plan.takes) == 3 * 2 * 2 * 2  # takes × {rain|snow} × tiers × durations
    assert lines(box) == lines(panel.takes) and box.total.text() == panel.takes.total.text()


def test_a_save_without_takes_or_with_damaged_ones_gives_the_defaults(
        panel: ComposerPanel, qtbot: QtBot) -> None:
    panel.prompt.edit.setPlainText("a paper kite")
    older = {k: v for k, v in panel.save_state().items() if k != "takes"}  # saved before takes
    other = ComposerPanel(MediaWorker(SyncExecutor()))
    qtbot.addWidget(other)
    other.restore_state(older)
    assert other.takes.state() == DEFAULT and other.prompt.text() == "a paper kite"
    other.restore_state({"takes": {"count": 5}})  # a missing field is its default
    assert other.takes.state() == {**DEFAULT, "count": 5}
    other.restore_state({"takes": {"count": "3", "vary_open": 1, "per_line": "yes",
                                   "vary": [["weather", "x"], ["tier"], 7]}})
    assert other.takes.state() == DEFAULT
    other.restore_state({"takes": {"count": 99, "vary": [["audio", "on, off"]]}})
    assert other.takes.state() == {**DEFAULT, "count": 8, "vary": [["audio", "on, off"],
                                                                   ["", ""]]}
