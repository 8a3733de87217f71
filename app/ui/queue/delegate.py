"""Paints one queue row: prompt, details, credits, a native progress bar, status and note."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from app.ui.queue.presentation import RowText

PAD: Final = 8
BAR_H: Final = 14
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
        return QSize(320, PAD * 2 + line * 3 + BAR_H + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        text: RowText | None = index.data(self._role)
        if text is None:
            return
        # Not initStyleOption: it asks the model for eight roles per row and paint, to draw a
        # text, icon and check box this delegate draws itself; the frame needs the state only.
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
        rect: QRect = opt.rect.adjusted(PAD, PAD, -PAD, -PAD)
        base_font: QFont = opt.font
        fm = QFontMetrics(base_font)
        line = fm.height()
        painter.save()
        bold = QFont(base_font)
        bold.setBold(True)
        # Line 1: prompt excerpt, credits on the right.
        credits_w = fm.horizontalAdvance(text.credits) + PAD if text.credits else 0
        painter.setFont(base_font)
        painter.setPen(dim)
        painter.drawText(QRect(rect.right() - credits_w, rect.top(), credits_w, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         text.credits)
        painter.setFont(bold)
        painter.setPen(fg)
        title_w = rect.width() - credits_w - PAD
        painter.drawText(QRect(rect.left(), rect.top(), title_w, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(text.title, Qt.TextElideMode.ElideRight,
                                                       title_w))
        # Line 2: model and settings.
        painter.setFont(base_font)
        painter.setPen(dim)
        y = rect.top() + line + 2
        painter.drawText(QRect(rect.left(), y, rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(text.details, Qt.TextElideMode.ElideRight, rect.width()))
        # Line 3: status (coloured by tone) and the bar, then the note.
        y += line + 4
        status_w = min(rect.width() // 2, max(160, fm.horizontalAdvance(text.status) + PAD))
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
        y += BAR_H + 4
        painter.setFont(base_font)
        quiet = text.tone in ("normal", "good") or selected
        painter.setPen(dim if quiet else (tone or dim))
        # A little taller than the line: underscores in file names sit below the descent.
        painter.drawText(QRect(rect.left(), y, rect.width(), line + 3),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         fm.elidedText(text.note, Qt.TextElideMode.ElideMiddle, rect.width()))
        painter.restore()
