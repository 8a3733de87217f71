"""Composer fixtures: a panel on a synchronous media worker, and real media made in the test."""

from __future__ import annotations

import warnings
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

import av
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services.media.media_worker import MediaWorker, SyncExecutor
from app.ui.composer.panel import ComposerPanel


@pytest.fixture
def panel(qtbot: QtBot) -> ComposerPanel:
    w = ComposerPanel(MediaWorker(SyncExecutor()))
    qtbot.addWidget(w)
    w.resize(1000, 800)
    w.show()
    return w


@pytest.fixture
def media(tmp_path: Path) -> MediaFactory:
    return MediaFactory(tmp_path / "media")


class MediaFactory:
    """Real files: QImage images, PyAV H.264 videos, stdlib WAV audio."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir()
        self.folder = folder

    def image(self, name: str = "still.png", w: int = 640, h: int = 480,
              pad_bytes: int = 0) -> Path:
        path = self.folder / name
        image = QImage(w, h, QImage.Format.Format_RGB32)
        image.fill(QColor("#3b82f6"))
        assert image.save(str(path))
        if pad_bytes:  # trailing bytes: still a readable image, but a bigger file
            with path.open("ab") as f:
                f.truncate(path.stat().st_size + pad_bytes)
        return path

    def video(self, name: str = "clip.mp4", w: int = 640, h: int = 640, seconds: float = 2.0,
              fps: int = 24) -> Path:
        path = self.folder / name
        with av.open(str(path), "w") as container:
            stream = container.add_stream("libx264", rate=fps)
            stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
            for i in range(round(seconds * fps)):
                frame = av.VideoFrame(w, h, "yuv420p")
                for plane in frame.planes:
                    plane.update(bytes([(40 + i) % 250]) * plane.buffer_size)
                for packet in stream.encode(frame):
                    container.mux(packet)
            for packet in stream.encode():
                container.mux(packet)
        return path

    def audio(self, name: str = "music.wav", seconds: float = 3.0, pad_bytes: int = 0) -> Path:
        path = self.folder / name
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(8000)
            w.writeframes(b"\0\0" * int(8000 * seconds))
        if pad_bytes:
            with path.open("ab") as f:
                f.truncate(path.stat().st_size + pad_bytes)
        return path

    def text(self, name: str, content: str = "not media") -> Path:
        path = self.folder / name
        path.write_text(content)
        return path


def file_mime(paths: Sequence[Path | str]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl(str(p)) if str(p).startswith("http") else QUrl.fromLocalFile(str(p))
                  for p in paths])
    return mime


def drop(widget: QWidget, mime: QMimeData) -> bool:
    """Deliver a drag-enter and a drop at the widget's centre, as the file manager would."""
    from PySide6.QtGui import QDragEnterEvent

    pos = QPointF(widget.rect().center())
    with warnings.catch_warnings():  # PySide marks the only public constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return True


Dropper = Callable[[QWidget, Sequence[Path]], bool]
