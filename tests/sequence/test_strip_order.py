"""The strip reorders by drag (its model's mimeData and dropMimeData, and a drop on it) and by
keys; the order the user made is the one saved in the sequence's file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from app.core.models import GenerationRequest
from app.core.sequence import Sequence, Shot
from app.services.sequences.sequence_files import load_sequence
from app.services.sequences.sequence_project import SequenceProject
from app.ui.sequence.panel import SequencePanel
from app.ui.sequence.strip import SHOT_ID_ROLE, SHOT_MIME, ShotStrip

NAMES = ("one", "two", "three", "four")


def shots() -> Sequence:
    return Sequence(shots=tuple(
        Shot(request=GenerationRequest(model="seedance-2.0-fast-text-to-video", prompt=p,
                                       duration=4, quality="480p")) for p in NAMES))


def order(sequence: Sequence) -> list[str]:
    return [s.request.prompt for s in sequence.shots if s.request is not None]


def wired(qtbot: QtBot, tmp_path: Path) -> tuple[SequencePanel, SequenceProject]:
    """A panel on a project, wired as the Sequence dock wires them."""
    project = SequenceProject(tmp_path / "sequences", delay_ms=50)
    panel = SequencePanel()
    qtbot.addWidget(panel)
    panel.edited.connect(project.set)
    project.changed.connect(panel.show_sequence)
    project.set(shots())
    panel.resize(380, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, project


def saved(project: SequenceProject) -> list[str]:
    assert project.path is not None
    return order(load_sequence(project.path)) if project.path.is_file() else []


def drop(strip: ShotStrip, data: QMimeData, row: int, *, upper: bool) -> QDropEvent:
    """A drop on the upper or lower half of `row`, as a drag ending there delivers it (Qt
    passes a drop only to the target of a drag in progress: the handler is called here)."""
    rect = strip.visualItemRect(strip.item(row))
    y = rect.top() + 2 if upper else rect.bottom() - 2
    event = QDropEvent(QPointF(QPoint(rect.center().x(), y)), Qt.DropAction.MoveAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    strip.dropEvent(event)
    return event


def test_a_drag_moves_a_shot_and_the_new_order_is_saved(qtbot: QtBot, tmp_path: Path) -> None:
    panel, project = wired(qtbot, tmp_path)
    strip = panel.strip
    # What a drag of the first row carries, dropped after the last row.
    data = strip.mimeData([strip.item(0)])
    assert data.hasFormat(SHOT_MIME) and SHOT_MIME in strip.mimeTypes()
    assert strip.dropMimeData(4, data, Qt.DropAction.MoveAction)
    assert order(project.sequence) == ["two", "three", "four", "one"]
    assert strip.item(3).data(SHOT_ID_ROLE) == project.sequence.shots[3].id  # rows rebuilt
    qtbot.waitUntil(lambda: saved(project) == ["two", "three", "four", "one"], timeout=5000)

    # A drop event on the strip: the last row ("one") onto the upper half of the first row.
    event = drop(strip, strip.mimeData([strip.item(3)]), 0, upper=True)
    assert event.isAccepted() and event.dropAction() == Qt.DropAction.IgnoreAction
    assert order(project.sequence) == ["one", "two", "three", "four"]
    # The second row onto the lower half of the third: after it.
    drop(strip, strip.mimeData([strip.item(1)]), 2, upper=False)
    assert order(project.sequence) == ["one", "three", "two", "four"]
    qtbot.waitUntil(lambda: saved(project) == ["one", "three", "two", "four"], timeout=5000)
    # Dropped on itself: nothing changes.
    drop(strip, strip.mimeData([strip.item(1)]), 1, upper=True)
    assert order(project.sequence) == ["one", "three", "two", "four"]


def test_keys_move_the_selected_shot_and_the_new_order_is_saved(qtbot: QtBot,
                                                                 tmp_path: Path) -> None:
    panel, project = wired(qtbot, tmp_path)
    strip = panel.strip
    strip.setFocus()
    strip.setCurrentRow(0)
    qtbot.keyClick(strip, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(strip, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert order(project.sequence) == ["two", "three", "one", "four"]
    assert strip.currentRow() == 2  # the moved shot stays selected
    qtbot.keyClick(strip, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert order(project.sequence) == ["two", "one", "three", "four"]
    strip.setCurrentRow(3)
    qtbot.keyClick(strip, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert order(project.sequence) == ["two", "one", "four", "three"]
    qtbot.waitUntil(lambda: saved(project) == ["two", "one", "four", "three"], timeout=5000)
    # At an end, the key does nothing.
    strip.setCurrentRow(0)
    qtbot.keyClick(strip, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert order(project.sequence) == ["two", "one", "four", "three"]


def test_files_dropped_between_rows_are_asked_for_there(qtbot: QtBot, tmp_path: Path) -> None:
    panel, _project = wired(qtbot, tmp_path)
    data = QMimeData()
    clip = tmp_path / "extra.mp4"
    data.setUrls([QUrl.fromLocalFile(str(clip))])
    with qtbot.waitSignal(panel.filesDropped) as dropped:
        drop(panel.strip, data, 1, upper=False)
    assert dropped.args == [[clip], 2]
    other = QMimeData()
    other.setData(SHOT_MIME, b"not-a-shot-of-this-strip")
    assert not panel.strip.dropMimeData(0, other, Qt.DropAction.MoveAction)


def test_in_a_narrow_dock_the_picture_gives_way_to_the_text(qtbot: QtBot) -> None:
    strip = ShotStrip()
    qtbot.addWidget(strip)
    strip.resize(600, 400)
    strip.show()
    qtbot.waitUntil(lambda: strip.iconSize().width() == 112)
    strip.resize(200, 400)
    qtbot.waitUntil(lambda: strip.iconSize().width() < 90)
    assert strip.iconSize().width() == int(strip.viewport().width() * 0.4)
    strip.resize(120, 400)
    qtbot.waitUntil(lambda: strip.iconSize().width() == 64)  # never smaller
    assert strip.iconSize().height() == 36  # still 16:9
