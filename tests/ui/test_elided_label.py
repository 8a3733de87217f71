"""A long name ends in "…" where it must, and stays whole for the tooltip and screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.elided_label import ElidedLabel

NAME = "2026-12-03_151011_fast-text-to-video_aerial-shot-over-a-misty-pine-forest.mp4"


def test_a_long_name_keeps_both_ends_and_the_whole_is_told(qtbot: QtBot) -> None:
    label = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)
    qtbot.addWidget(label)
    label.resize(160, 20)
    label.show()
    label.set_full_text(NAME, tooltip="the file")
    shown = label.text()
    assert "…" in shown and shown.startswith("2026") and shown.endswith(".mp4")
    assert label.fontMetrics().horizontalAdvance(shown) <= label.width()
    assert label.accessibleDescription() == NAME and label.toolTip() == "the file"
    label.resize(2000, 20)
    assert label.text() == NAME  # room again: whole
