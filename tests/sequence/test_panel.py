"""The Sequence panel, the export dialog and the viewer's frame marks, on real clips."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.models import GenerationRequest
from app.core.sequence import Continuity, LinkKind, Sequence, Shot
from app.services.clips.playback import Player
from app.services.sequences.film_export import PART, FilmResult
from app.ui.player.frame_marks import FrameMarks
from app.ui.player.panel import PlayerPanel
from app.ui.sequence.export_dialog import ExportDialog
from app.ui.sequence.panel import SequencePanel
from tests.queue.conftest import until
from tests.sequence.media import make_clip, shot_of


def req(prompt: str) -> GenerationRequest:
    return GenerationRequest(model="seedance-2.0-fast-text-to-video", prompt=prompt,
                             duration=4, quality="480p")


def drafts() -> Sequence:
    return Sequence(shots=tuple(Shot(request=req(p)) for p in ("one", "two", "three")))


def live_panel(qtbot: QtBot, sequence: Sequence) -> SequencePanel:
    """A panel that shows every sequence it asks for, as the project does."""
    panel = SequencePanel()
    qtbot.addWidget(panel)
    panel.edited.connect(panel.show_sequence)
    panel.show_sequence(sequence)
    panel.resize(380, 600)
    panel.show()
    return panel


def prompts(panel: SequencePanel) -> list[str]:
    return [s.request.prompt for s in panel.sequence.shots if s.request is not None]


def test_shots_reorder_by_keys_and_are_removed_and_duplicated(qtbot: QtBot) -> None:
    panel = live_panel(qtbot, drafts())
    strip = panel.strip
    strip.setFocus()
    strip.setCurrentRow(0)
    qtbot.keyClick(strip, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert prompts(panel) == ["two", "one", "three"] and strip.currentRow() == 1
    qtbot.keyClick(strip, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert prompts(panel) == ["two", "three", "one"] and strip.currentRow() == 2
    qtbot.keyClick(strip, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert prompts(panel) == ["two", "one", "three"]
    qtbot.keyClick(strip, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert prompts(panel) == ["two", "one", "one", "three"]
    assert len({s.id for s in panel.sequence.shots}) == 4
    panel.remove_button.click()
    assert prompts(panel) == ["two", "one", "three"]
    assert "3 shots" in panel.summary.text() and "credits" in panel.cost.text()
    assert panel.generate_button.isEnabled() and not panel.export_button.isEnabled()


def test_a_link_is_chosen_per_draft_and_a_replaced_start_is_shown(qtbot: QtBot,
                                                                   clips: dict[str, Path]
                                                                   ) -> None:
    first = shot_of(clips["wide"])
    assert first.clip is not None
    second = Shot(request=req("two"), link=Continuity(kind=LinkKind.LAST_FRAME,
                                                      source_sha256="0" * 64))
    panel = live_panel(qtbot, Sequence(shots=(first, second)))
    assert "start frame changed" in panel.strip.item(1).text()  # made from another take
    assert "in 0.00 · out 1.50" in panel.strip.item(0).text()  # the trim marks, in words
    panel.strip.setCurrentRow(0)
    assert not panel.link.isEnabled()  # the first shot has nothing before it
    panel.strip.setCurrentRow(1)
    assert panel.link.isEnabled() and panel.link_label.buddy() is panel.link
    panel.link.setCurrentIndex(panel.link.findData(LinkKind.CONTINUE.value))
    panel.link.activated.emit(panel.link.currentIndex())
    link = panel.sequence.shots[1].link
    assert link is not None and link.kind is LinkKind.CONTINUE
    assert "Continues the shot before" in panel.strip.item(1).text()


async def test_the_export_dialog_exports_and_cancels(qtbot: QtBot, tmp_path: Path,
                                                     clips: dict[str, Path]) -> None:
    sequence = Sequence(name="two shots", quality="480p",
                        shots=(shot_of(clips["wide"]), shot_of(clips["wide25"])))
    dialog = ExportDialog(sequence, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.target.text() == str(tmp_path / "two shots.mp4")
    films: list[FilmResult] = []
    dialog.exported.connect(films.append)
    dialog.export_button.click()
    assert not dialog.export_button.isEnabled()
    await dialog.wait_idle()
    [film] = films
    assert film.path.is_file() and dialog.progress.value() == 1000
    assert "Saved as" in dialog.time_left.text() and dialog.export_button.isEnabled()

    long = make_clip(tmp_path / "long.mp4", 640, 360, 6.0, 24, audio=True)
    dialog = ExportDialog(Sequence(quality="1080p", shots=(shot_of(long),) * 3), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target.setText(str(tmp_path / "cancelled.mp4"))
    dialog.export_button.click()
    await until(lambda: dialog.progress.value() > 0, 30)
    dialog.cancel_button.click()  # Cancel stops the export, the dialog stays
    await dialog.wait_idle()
    assert dialog.isVisible() and "Cancelled" in dialog.time_left.text()
    assert not (tmp_path / "cancelled.mp4").exists()
    assert not [p for p in tmp_path.iterdir() if PART in p.name]


def test_i_and_o_mark_the_shot_in_the_viewer_frame_accurately(qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "marks.mp4", 160, 90, 2.0, 24, audio=False)
    player = Player()
    panel = PlayerPanel(player)
    qtbot.addWidget(panel)
    marks = FrameMarks(panel)
    panel.resize(900, 420)
    panel.show()
    with qtbot.waitSignal(player.mediaLoaded, timeout=10_000):
        panel.open_clip(clip)
    marks.attach("shot-1", clip, "Shot 1", has_next=True)
    assert marks.bar.isVisible()
    player.seek_ms(0)
    qtbot.waitUntil(lambda: player.current_frame() == 0, timeout=5000)
    for _ in range(6):
        qtbot.keyClick(panel, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: player.current_frame() == 6, timeout=5000)
    with qtbot.waitSignal(marks.inMarked) as marked_in:
        qtbot.keyClick(panel, Qt.Key.Key_I)
    assert marked_in.args == ["shot-1", 6 / 24]
    with qtbot.waitSignal(marks.outMarked) as marked_out:
        qtbot.keyClick(panel, Qt.Key.Key_O)
    assert marked_out.args == ["shot-1", 7 / 24]  # the frame shown is kept
    with qtbot.waitSignal(marks.frameChosen) as chosen:
        marks.use_button.click()
    assert chosen.args == ["shot-1", 6 / 24]
    shot = shot_of(clip).trimmed(6 / 24, 7 / 24)
    assert shot.frames() == (6, 7)
    player.close()
