"""What a screen reader hears, read from Qt's accessibility interfaces (what AT-SPI passes on):
value labels say what they show, pictures and Qt's own controls have names, the pickers are
radio buttons, a covered dock tab is not on show. packaging/a11y_walk.py checks the same through
AT-SPI in CI."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QSizeGrip,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.capabilities import Mode, Quality, Tier
from app.core.composer_rules import Choice
from app.core.states import TaskState
from app.services.tasks.store import TaskStore
from app.ui.composer.segmented import Segmented
from app.ui.dialogs.about_dialog import AboutDialog
from app.ui.labels import plain_label
from app.ui.studio import Outcome, Studio
from tests.ui.conftest import running_studio
from tests.waiting import until

Running = tuple[Studio, "asyncio.Task[Outcome]"]


@pytest.fixture
async def running(qtbot: QtBot, studio_home: Path) -> AsyncIterator[Running]:
    async with running_studio(TaskStore(studio_home / "studio.sqlite3")) as studio_and_run:
        # The start-up fetch of the model list settles on the asyncio loop before the test
        # (Qt events processed outside it cut its connection short).
        tasks = studio_and_run[0]._tasks
        await until(lambda: not tasks.running("models"))
        yield studio_and_run


def heard(widget: QWidget) -> str:
    """The name a screen reader says (Qt's accessible Name, as AT-SPI passes it on)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None, widget
    return iface.text(QAccessible.Text.Name)


def described(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None, widget
    return iface.text(QAccessible.Text.Description)


def shown(label: QLabel) -> str:
    """The text a label shows, as plain text (Qt reads rich text labels the same way)."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def assert_says_what_it_shows(label: QLabel, caption: str | None = None) -> None:
    assert label.text(), label
    assert heard(label) == shown(label), (heard(label), label.text())
    if caption is not None:
        assert described(label) == caption


def assert_no_label_hides_its_text(root: QWidget) -> None:
    """Every shown label with text is heard as that text (no fixed name over it); every shown
    picture has a name."""
    checked = 0
    for label in root.findChildren(QLabel):
        if not label.isVisible():
            continue
        if label.text():
            assert label.accessibleName() in ("", plain_label(label.text())), (
                f"{label.accessibleName()!r} hides {label.text()!r}")
            checked += 1
        elif label.pixmap() is not None and not label.pixmap().isNull():
            assert heard(label), f"a picture without a name in {label.parent()}"
    assert checked > 10


async def generate_and_play(studio: Studio, qtbot: QtBot) -> None:
    prompt = studio.composer.prompt.edit
    prompt.setFocus()
    qtbot.keyClicks(prompt, "a paper crane unfolding into a bird")
    qtbot.mouseClick(studio.composer.generate, Qt.MouseButton.LeftButton)
    await until(lambda: [r.state for r in studio.queue.records()] == [TaskState.SAVED], 15)
    [rec] = studio.queue.records()
    studio.queue_panel.select(rec.local_id)
    studio.queue_panel.openClipRequested.emit(Path(rec.file_path or ""))
    await until(lambda: studio.player.duration_ms() > 0)
    await until(lambda: studio.library_panel.model.total == 1)


async def test_value_labels_are_heard_as_what_they_show(running: Running, qtbot: QtBot) -> None:
    studio, _ = running
    composer = studio.composer
    assert_says_what_it_shows(composer.prompt.counter, "Prompt length")
    assert heard(composer.prompt.counter).startswith("0 characters")
    assert_says_what_it_shows(composer.reason, "Why Generate is disabled")
    await until(lambda: "credits" in composer.cost.text())
    assert_says_what_it_shows(composer.cost)
    balance = studio.balance_label
    assert balance.text().startswith("Credits") and heard(balance) == balance.text()

    await generate_and_play(studio, qtbot)
    assert heard(composer.prompt.counter).startswith("35 characters")
    queue = studio.queue_panel
    assert_says_what_it_shows(queue.detail, "Selected task")
    assert "Saved as " in heard(queue.detail) and "Task id: task-" in heard(queue.detail)
    queue.feedback.setText("Saved as clip.mp4")  # what the panel says after an action
    assert_says_what_it_shows(queue.feedback, "Queue message")
    library = studio.library_panel
    assert_says_what_it_shows(library.count_label)
    assert "1" in heard(library.count_label)
    player = studio.player_panel
    transport = player.transport
    await until(lambda: transport.total.text() != "0:00")
    for label, caption in ((transport.elapsed, "Elapsed"), (transport.total, "Length")):
        assert_says_what_it_shows(label, caption)
    details = player.details
    assert_says_what_it_shows(details.prompt, "Prompt")
    assert heard(details.prompt) == "a paper crane unfolding into a bird"
    for key, caption in (("model", "Model"), ("quality", "Quality"), ("aspect", "Aspect"),
                         ("duration", "Duration"), ("credits", "Credits")):
        assert_says_what_it_shows(details.values[key], caption)
    assert heard(details.values["model"]).startswith("Text to video")

    studio.window.stage.show_gallery()
    await until(lambda: studio.library_panel.isVisible())
    assert_no_label_hides_its_text(studio.window)


def test_about_dialog_versions_are_heard(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.version_labels) >= 3
    for name, label in dialog.version_labels.items():
        assert_says_what_it_shows(label)
        assert described(label) in (name, "Operating system")
    assert_says_what_it_shows(dialog.log_path, "Log folder")
    assert_no_label_hides_its_text(dialog)


async def test_controls_qt_makes_have_names(running: Running, qtbot: QtBot) -> None:
    studio, _ = running
    window = studio.window
    [grip] = window.statusBar().findChildren(QSizeGrip)
    assert heard(grip) == "Resize the window"
    clear_buttons = [b for edit in window.findChildren(QLineEdit)
                     for b in edit.findChildren(QToolButton)
                     if b.defaultAction() is not None
                     and b.defaultAction().objectName() == "_q_qlineeditclearaction"]
    assert len(clear_buttons) >= 3  # the library's search, the composer's URL fields
    for button in clear_buttons:
        assert heard(button).startswith("Clear ")
    assert heard(studio.library_panel.search.findChildren(QToolButton)[0]) == "Clear Search"
    # The library's filters: a screen reader names a combo by its current text on Linux; its
    # caption comes from a buddy label (AT-SPI's labelled-by).
    library = studio.library_panel
    for combo, caption in ((library.model_combo, "Model"), (library.date_combo, "Date"),
                           (library.aspect_combo, "Aspect ratio")):
        iface = QAccessible.queryAccessibleInterface(combo)
        labels = [rel[0].text(QAccessible.Text.Name)
                  for rel in iface.relations(QAccessible.RelationFlag.Label)]
        assert labels == [caption]
    # Media-slot thumbnails are pictures: named after the slot, then after the file.
    studio.composer.model_picker.mode.button(Mode.REFERENCE).click()
    slots = studio.composer.media.findChildren(QLabel, "slotThumb")
    assert slots
    names = [heard(thumb) for thumb in slots if thumb.isVisibleTo(studio.composer)]
    assert "Image 1: empty" in names and all(names)


def test_pickers_are_radio_buttons_arrow_keys_pick_tab_moves_on(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    picker = Segmented("Quality", host)
    after = QToolButton(host)
    after.setText("next")
    after.setAccessibleName("next")
    after.move(400, 0)
    picker.set_choices([Choice(Quality.P480, "480p"), Choice(Quality.P720, "720p"),
                        Choice(Quality.P1080, "1080p", reason="not here")])
    picker.set_value(Quality.P480)
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    picked: list[object] = []
    picker.changed.connect(picked.append)
    for value in (Quality.P480, Quality.P720, Quality.P1080):
        iface = QAccessible.queryAccessibleInterface(picker.button(value))
        assert iface.role() == QAccessible.Role.RadioButton
        assert heard(picker.button(value)) == value.value
    assert picked == []  # set_value is the program's change, not the user's
    # Only the chosen one is a Tab stop; Tab from it leaves the row.
    assert picker.button(Quality.P480).focusPolicy() & Qt.FocusPolicy.TabFocus
    assert not picker.button(Quality.P720).focusPolicy() & Qt.FocusPolicy.TabFocus
    picker.setFocus()
    assert QApplication.focusWidget() is picker.button(Quality.P480)
    # Right picks the next enabled choice; the disabled 1080p is skipped.
    qtbot.keyClick(picker.button(Quality.P480), Qt.Key.Key_Right)
    assert picked == [Quality.P720] and picker.value() is Quality.P720
    assert QApplication.focusWidget() is picker.button(Quality.P720)
    qtbot.keyClick(picker.button(Quality.P720), Qt.Key.Key_Right)
    assert picker.value() is Quality.P720
    qtbot.keyClick(picker.button(Quality.P720), Qt.Key.Key_Left)
    assert picked == [Quality.P720, Quality.P480]
    assert picker.button(Quality.P480).focusPolicy() & Qt.FocusPolicy.TabFocus
    assert not picker.button(Quality.P720).focusPolicy() & Qt.FocusPolicy.TabFocus
    # A screen reader's "Toggle" action checks the button without a click: still a pick.
    iface = QAccessible.queryAccessibleInterface(picker.button(Quality.P720))
    actions = iface.actionInterface()
    assert actions is not None
    actions.doAction(actions.toggleAction())
    assert picked == [Quality.P720, Quality.P480, Quality.P720]


def test_the_composer_pickers_are_radio_groups(qtbot: QtBot) -> None:
    from app.ui.composer.pickers import ModelPicker

    picker = ModelPicker()
    qtbot.addWidget(picker)
    buttons = picker.findChildren(QAbstractButton)
    assert len(buttons) == 6
    assert {QAccessible.queryAccessibleInterface(b).role() for b in buttons} == {
        QAccessible.Role.RadioButton}
    picker.tier.set_value(Tier.FAST)
    assert picker.tier.focusProxy() is picker.tier.button(Tier.FAST)


async def test_a_covered_dock_tab_is_not_on_show(running: Running) -> None:
    studio, _ = running
    window = studio.window
    await until(lambda: studio.queue_panel.isVisible())
    # The user puts the queue behind the composer, as tabs of one dock area.
    window.tabifyDockWidget(window.composer_dock, window.queue_dock)
    window.composer_dock.raise_()
    await until(lambda: not studio.queue_panel.isVisible())
    hidden = [b for b in window.queue_dock.findChildren(QAbstractButton)
              if b.objectName().startswith("qt_dockwidget_")]
    assert hidden and not any(b.isVisible() for b in hidden)
    window.queue_dock.raise_()
    await until(lambda: studio.queue_panel.isVisible())
    assert not studio.composer.isVisible()
    assert any(b.isVisible() for b in hidden)
    assert window.queue_dock.width() == window.composer_dock.width()  # one area, one size
