"""Screenshots of the studio for the README and the AppStream metadata (run under Xvfb).

    SEEDANCE_STUDIO_HOME=$(mktemp -d) xvfb-run -a -s "-screen 0 1440x900x24" \\
        .venv/bin/python packaging/take-screenshots.py packaging/screenshots

Runs the real app in the demo, submits two clips so the queue is not empty, then shows each
mode with generated media and saves one PNG per mode.
"""

from __future__ import annotations

import asyncio
import os
import sys
import wave
from pathlib import Path

import av
import qasync
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # screenshot_kit

from screenshot_kit import image, shown_main_window

from app.core.capabilities import Mode, Tier
from app.core.media_limits import MediaKind
from app.ui import launch
from app.ui.player.compare import open_compare


def video(path: Path, w: int, h: int, seconds: float) -> str:
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=24)
        stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
        for i in range(int(seconds * 24)):
            frame = av.VideoFrame(w, h, "yuv420p")
            frame.planes[0].update(bytes([(60 + i * 3) % 230]) * frame.planes[0].buffer_size)
            frame.planes[1].update(bytes([100]) * frame.planes[1].buffer_size)
            frame.planes[2].update(bytes([160]) * frame.planes[2].buffer_size)
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return str(path)


def audio(path: Path, seconds: float) -> str:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\0\0" * int(16000 * seconds))
    return str(path)


async def drive(out: Path) -> None:
    window = await shown_main_window()
    composer = window.composer
    media_dir = out / ".media"
    media_dir.mkdir(exist_ok=True)
    for prompt in ("Macro shot of dew drops sliding off a fern leaf, morning sun",
                   "A lighthouse keeper climbs the spiral stairs at dusk, slow dolly-in"):
        composer.prompt.set_text(prompt)  # type: ignore[attr-defined]
        composer.generate.click()  # type: ignore[attr-defined]
        await asyncio.sleep(1.0)
    await asyncio.sleep(4.0)

    async def snap(name: str) -> None:
        await asyncio.sleep(2.0)
        screen = QApplication.primaryScreen()
        screen.grabWindow(0, 0, 0, 1440, 900).save(str(out / name))

    composer.prompt.set_text(  # type: ignore[attr-defined]
        "A paper boat drifts down a rain-soaked street at dusk, neon reflections ripple, "
        "low tracking shot, shallow depth of field.")
    await snap("composer-text-to-video.png")

    composer.model_picker.mode.button(Mode.IMAGE).click()  # type: ignore[attr-defined]
    composer.prompt.set_text("The boat sails out of frame as the rain stops.")  # type: ignore[attr-defined]
    composer.media.add_sources(MediaKind.IMAGE, [  # type: ignore[attr-defined]
        image(media_dir / "first.png", 1280, 720, "#1e3a8a", "#f59e0b"),
        image(media_dir / "last.png", 1280, 720, "#0f766e", "#fde68a")])
    await snap("composer-image-to-video.png")

    composer.model_picker.mode.button(Mode.REFERENCE).click()  # type: ignore[attr-defined]
    composer.model_picker.tier.button(Tier.FAST).click()  # type: ignore[attr-defined]
    composer.prompt.set_text(  # type: ignore[attr-defined]
        "Use image 1 as the first frame, follow the camera movement of video 1, "
        "audio 1 as background music.")
    composer.media.add_sources(MediaKind.VIDEO, [  # type: ignore[attr-defined]
        video(media_dir / "move.mp4", 1280, 720, 3.0)])
    composer.media.add_sources(MediaKind.AUDIO, [  # type: ignore[attr-defined]
        audio(media_dir / "music.wav", 4.0)])
    await snap("composer-reference-to-video.png")

    clips = sorted(Path(os.environ["SEEDANCE_STUDIO_HOME"], "clips").glob("*.mp4"))
    if clips and window.player_panel is not None:
        window.show_player()
        window.player_panel.open_clip(clips[-1])  # type: ignore[attr-defined]
        window.player_panel.player.seek_ms(1500)  # type: ignore[attr-defined]
        await snap("player.png")
    if window.library_panel is not None:
        window.library_dock.raise_()
        panel = window.library_panel
        panel.grid_button.click()  # type: ignore[attr-defined]
        panel.view.setCurrentIndex(panel.model.index(0))  # type: ignore[attr-defined]
        await snap("library.png")
    if len(clips) >= 2:
        compare = open_compare(clips[-1], clips[-2], window)
        compare.move(QPoint(60, 60))
        compare.resize(1280, 640)
        await asyncio.sleep(2.5)
        # From the screen: a widget's grab() leaves the video surfaces empty.
        geometry = compare.frameGeometry()
        QApplication.primaryScreen().grabWindow(
            0, geometry.x(), geometry.y(), geometry.width(), geometry.height(),
        ).save(str(out / "compare.png"))
        compare.close()
    window.close()


async def main(out: Path) -> None:
    launch.DEMO_GENERATION_SECONDS = 3.0
    driver = asyncio.ensure_future(drive(out))
    await launch._main(True)
    await driver


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "packaging/screenshots").resolve()
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    QApplication.setQuitOnLastWindowClosed(False)
    qasync.run(main(target))
    import shutil

    shutil.rmtree(target / ".media", ignore_errors=True)
