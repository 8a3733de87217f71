"""Paints one queue row: prompt, details, credits, a native progress bar, status and note."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyledItemDelegate

from app.ui.composer.style import SPACING, SPACING_SMALL
from app.ui.queue.presentation import RowText

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

PAD: Final = SPACING  # around the row's text, on the composer's spacing scale
GAP: Final = SPACING_SMALL // 2 + 1  # between its lines
BAR_H: Final = 14
TITLE_MIN: Final = 120  # the credits stand beside the title only when it keeps this much
# Small semantic accents only; everything else comes from the palette (light and dark).
TONES: Final = {"good": QColor("#2e7d32"), "bad": QColor("#c62828"), "warn": QColor("#b26a00")}


class QueueDelegate(QStyledItemDelegate):
    """Three lines per task, drawn with the style's own progress bar. TextRole gives the text."""

    def __init__(self, text_role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role = text_role

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        line = fm.height()
        # No width of its own: a row is as wide as the list (no sideways scrolling).
        return QSize(0, PAD * 2 + line * 3 + BAR_H + GAP * 3 + 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        text: RowText | None = index.data(self._role)
        if text is None:
            return
        # Not initStyleOption: it asks the model for eight roles per row and paint, to draw a
        # text, icon and check box this delegate draws itself; the frame needs the state only.
        # Imported here: QStyle's Python types (their enums) are built with the first row
        # painted, not when the queue's modules load before the window is ready.
        from PySide6.QtWidgets import QStyle, QStyleOptionProgressBar, QStyleOptionViewItem

        opt = QStyleOptionViewItem(option)
        if isinstance(index, QModelIndex):
            opt.index = index
        opt.text = ""

        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pal: QPalette = opt.palette
        fg = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        dim = QColor(fg)
        dim.setAlphaF(0.7)
        rect: QRect = opt.rect.adjusted(PAD, PAD - 1, -PAD, -PAD)
        base_font: QFont = opt.font
        fm = QFontMetrics(base_font)
        line = fm.height()
        painter.save()
        bold = QFont(base_font)
        bold.setBold(True)
        # Line 1: prompt excerpt, credits on the right when the row is wide enough for both
        # (the selected task's details below the list always say them).
        credits_w = fm.horizontalAdvance(text.credits) + PAD if text.credits else 0
        if rect.width() - credits_w < TITLE_MIN:
            credits_w = 0
        painter.setFont(base_font)
        painter.setPen(dim)
        if credits_w:
            painter.drawText(QRect(rect.right() - credits_w, rect.top(), credits_w, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             text.credits)
        painter.setFont(bold)
        painter.setPen(fg)
        title_w = rect.width() - credits_w
        painter.drawText(QRect(rect.left(), rect.top(), title_w, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(text.title, Qt.TextElideMode.ElideRight,
                                                       title_w))
        # Line 2: model and settings.
        painter.setFont(base_font)
        painter.setPen(dim)
        y = rect.top() + line + GAP
        painter.drawText(QRect(rect.left(), y, rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(text.details, Qt.TextElideMode.ElideRight, rect.width()))
        # Line 3: status (coloured by tone) and the bar, then the note.
        y += line + GAP
        status_w = (rect.width() if text.progress is None else
                    min(rect.width() // 2, max(140, fm.horizontalAdvance(text.status) + PAD)))
        tone = TONES.get(text.tone)
        painter.setPen(tone if tone is not None and not selected else fg)
        painter.setFont(bold if text.tone != "normal" else base_font)
        painter.drawText(QRect(rect.left(), y, status_w, BAR_H + 2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(text.status, Qt.TextElideMode.ElideRight, status_w))
        if text.progress is not None:
            bar = QStyleOptionProgressBar()
            bar.rect = QRect(rect.left() + status_w, y + 1, rect.width() - status_w, BAR_H)
            bar.minimum, bar.maximum, bar.progress = 0, 100, text.progress
            bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
            bar.palette = pal
            style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, opt.widget)
        y += BAR_H + GAP
        painter.setFont(base_font)
        quiet = text.tone in ("normal", "good") or selected
        painter.setPen(dim if quiet else (tone or dim))
        # A little taller than the line: underscores in file names sit below the descent.
        painter.drawText(QRect(rect.left(), y, rect.width(), line + 3),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         fm.elidedText(text.note, Qt.TextElideMode.ElideMiddle, rect.width()))
        painter.restore()
