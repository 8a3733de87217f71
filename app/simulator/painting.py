"""Frames of a simulated clip, drawn with QPainter on QImages: a banner, the prompt, a clock."""

from __future__ import annotations

import hashlib
import logging
import threading

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPen,
)

log = logging.getLogger("app.simulator")

FPS = 24
BANNER = "SIMULATED · Seedance Studio demo"
SUBTITLE = "Local simulator: not a real Seedance generation"
PROMPT_CHARS = 240  # longer prompts are cut: the frame is a label, not a transcript

_gui_app: QGuiApplication | None = None
_gui_lock = threading.Lock()


def ensure_gui_app() -> bool:
    """Make sure fonts can be used; create an offscreen QGuiApplication when none exists.

    Call on the main thread only (Qt requires it there). True when text can be drawn.
    """
    global _gui_app
    with _gui_lock:
        app = QGuiApplication.instance()
        if app is None and threading.current_thread() is threading.main_thread():
            _gui_app = QGuiApplication(["seedance-simulator", "-platform", "offscreen"])
            app = _gui_app
    return isinstance(app, QGuiApplication)


def can_draw_text() -> bool:
    # QFont without a QGuiApplication aborts the process, so text is drawn only when one exists.
    return isinstance(QGuiApplication.instance(), QGuiApplication)


def _hue(prompt: str) -> int:
    return hashlib.sha256(prompt.encode("utf-8")).digest()[0] * 359 // 255


def _short_prompt(prompt: str) -> str:
    text = " ".join(prompt.split())
    return text if len(text) <= PROMPT_CHARS else text[: PROMPT_CHARS - 1].rstrip() + "…"


def _timecode(frame: int) -> str:
    seconds, rest = divmod(frame, FPS)
    return f"{seconds // 60:02d}:{seconds % 60:02d}.{rest:02d}"


class FramePainter:
    """Paints frame `i` of a clip as RGBA bytes (rows unpadded: RGBX8888 is 4-byte aligned)."""

    def __init__(self, width: int, height: int, frames: int, prompt: str, audio: bool) -> None:
        self.width, self.height, self.frames = width, height, frames
        self._text = can_draw_text()
        if not self._text:
            log.warning("no QGuiApplication: simulated clips are drawn without text")
        self._unit = max(8, min(width, height) // 24)
        self._hue = _hue(prompt)
        self._base = self._paint_base(prompt, audio)

    def _font(self, scale: float, bold: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(8, int(self._unit * scale)))
        font.setBold(bold)
        return font

    def _paint_base(self, prompt: str, audio: bool) -> QImage:
        w, h, u = self.width, self.height, self._unit
        img = QImage(w, h, QImage.Format.Format_RGBX8888)
        p = QPainter(img)
        try:
            grad = QLinearGradient(0, 0, w, h)
            grad.setColorAt(0.0, QColor.fromHsv(self._hue, 140, 70))
            grad.setColorAt(1.0, QColor.fromHsv((self._hue + 60) % 360, 160, 25))
            p.fillRect(0, 0, w, h, grad)
            p.fillRect(0, 0, w, int(u * 2.6), QColor(200, 30, 40))
            if not self._text:
                return img
            p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            p.setPen(QColor("white"))
            banner = self._font(1.3, bold=True)
            while (QFontMetrics(banner).horizontalAdvance(BANNER) > w - 2 * u
                   and banner.pixelSize() > 8):  # portrait frames are narrow: shrink to fit
                banner.setPixelSize(banner.pixelSize() - 1)
            p.setFont(banner)
            p.drawText(QRectF(u, 0, w - 2 * u, u * 2.6),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, BANNER)
            p.setFont(self._font(0.75))
            p.drawText(QRectF(u, u * 3, w - 2 * u, u * 1.2), Qt.AlignmentFlag.AlignLeft, SUBTITLE)
            box = QRectF(u, u * 4.6, w - 2 * u, h - u * 10.5)
            p.fillRect(box, QColor(0, 0, 0, 110))
            p.setFont(self._font(0.9))
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
                Qt.TextFlag.TextWordWrap)
            p.drawText(box.adjusted(u / 2, u / 2, -u / 2, -u / 2), flags, _short_prompt(prompt))
            p.setFont(self._font(0.7))
            info = (f"{w}×{h} · {FPS} fps · {self.frames / FPS:g} s · "
                    f"{'with audio' if audio else 'silent'}")
            p.drawText(QRectF(u, h - u * 5.6, w - 2 * u, u * 1.2), Qt.AlignmentFlag.AlignLeft, info)
        finally:
            p.end()
        return img

    def frame(self, i: int) -> bytes:
        w, h, u = self.width, self.height, self._unit
        img = self._base.copy()
        p = QPainter(img)
        try:
            frac = (i + 1) / self.frames
            bar_y = h - u * 2.2
            p.fillRect(QRectF(u, bar_y, w - 2 * u, u * 0.6), QColor(255, 255, 255, 60))
            p.fillRect(QRectF(u, bar_y, (w - 2 * u) * frac, u * 0.6), QColor(255, 210, 60))
            # A dot riding the bar's tip, so that frames differ even without text.
            p.setPen(QPen(Qt.PenStyle.NoPen))
            p.setBrush(QColor(255, 255, 255))
            x = u + (w - 2 * u) * frac
            p.drawEllipse(QRectF(x - u * 0.5, bar_y - u * 0.2, u, u))
            if self._text:
                p.setPen(QColor("white"))
                p.setFont(self._font(0.8, bold=True))
                label = (f"{_timecode(i)} / {_timecode(self.frames)}   "
                         f"frame {i + 1}/{self.frames}")
                p.drawText(QRectF(u, bar_y - u * 1.3, w - 2 * u, u * 1.2),
                           Qt.AlignmentFlag.AlignRight, label)
        finally:
            p.end()
        return bytes(img.constBits())
