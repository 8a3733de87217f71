"""A wrapped label asks for the height its text needs, and answers the same for the same width."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.ui.wrapped_label import WrappedLabel

TEXT = "Double-click a clip in the Gallery or the Queue, or choose Play in its menu. " * 3


def plain(text: str, point_size: float | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if point_size is not None:
        font = label.font()
        font.setPointSizeF(point_size)
        label.setFont(font)
    return label


def test_its_heights_follow_its_text_and_font(qtbot: QtBot) -> None:
    label = WrappedLabel(TEXT)
    qtbot.addWidget(label)
    widths = (120, 260, 481, 120, 260)  # asked again: answered from what was kept
    assert [label.heightForWidth(w) for w in widths] == \
        [plain(TEXT).heightForWidth(w) for w in widths]
    narrow = label.heightForWidth(120)
    label.setText("Short.")
    assert label.heightForWidth(120) == plain("Short.").heightForWidth(120) < narrow
    label.setText(TEXT)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)  # a bigger font wraps into more lines
    assert label.heightForWidth(120) == plain(TEXT, font.pointSizeF()).heightForWidth(120) > narrow
