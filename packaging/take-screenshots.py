"""Screenshots of the studio for the README and the AppStream metadata (run under Xvfb).

    xvfb-run -a -s "-screen 0 1920x1080x24" \\
        .venv/bin/python packaging/take-screenshots.py packaging/screenshots

Runs the real app in the demo once per language (English, Chinese) and theme (light, dark),
each in a throwaway SEEDANCE_STUDIO_HOME, and saves each scene at 1280×800 and 1920×1080 as
`<size>-<theme>-<language>-<scene>.png`: the empty first run, the composer with media in each
mode, a clip playing in the viewer (a new clip shows there by itself), the gallery of 30+
clips, the Sequence tab (and `<tag>-export-dialog.png`); and compare.png once. `--language`
and `--theme` run one of them only.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import wave
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import av
import qasync
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox, QScrollArea

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # screenshot_kit

from screenshot_kit import image, shown_main_window

from app.core.capabilities import Mode, Tier
from app.core.media_limits import MediaKind
from app.ui import launch
from app.ui.composer.history_popup import HistoryPopup
from app.ui.library.remake_dialog import RemakeDialog
from app.ui.player.compare import open_compare
from app.ui.takes.window import open_take_grid


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


SIZES = ((1280, 800), (1920, 1080))
CLIPS = 32
PROMPTS = ("Macro shot of dew drops sliding off a fern leaf, morning sun",
           "A lighthouse keeper climbs the spiral stairs at dusk, slow dolly-in",
           "A paper boat drifts down a rain-soaked street at dusk, neon reflections",
           "Aerial shot over a misty pine forest at sunrise, slow push forward")


async def drive(out: Path, tag: str, compare: bool) -> None:
    window = await shown_main_window(*SIZES[0])
    composer = window.composer
    media_dir = out / f".media-{tag}"
    media_dir.mkdir(exist_ok=True)

    async def snap(scene: str) -> None:
        for w, h in SIZES:
            window.resize(w, h)
            await asyncio.sleep(1.5)
            QApplication.primaryScreen().grabWindow(0, 0, 0, w, h).save(
                str(out / f"{w}x{h}-{tag}-{scene}.png"))
        window.resize(*SIZES[0])

    await snap("empty")
    composer.prompt.set_text(  # type: ignore[attr-defined]
        "A paper boat drifts down a rain-soaked street at dusk, neon reflections ripple, "
        "low tracking shot, shallow depth of field.")
    await snap("composer-text-to-video")

    composer.model_picker.mode.button(Mode.IMAGE).click()  # type: ignore[attr-defined]
    composer.prompt.set_text("The boat sails out of frame as the rain stops.")  # type: ignore[attr-defined]
    composer.media.add_sources(MediaKind.IMAGE, [  # type: ignore[attr-defined]
        image(media_dir / "first.png", 1280, 720, "#1e3a8a", "#f59e0b"),
        image(media_dir / "last.png", 1280, 720, "#0f766e", "#fde68a")])
    await snap("composer-image-to-video")

    composer.model_picker.mode.button(Mode.REFERENCE).click()  # type: ignore[attr-defined]
    composer.model_picker.tier.button(Tier.FAST).click()  # type: ignore[attr-defined]
    composer.prompt.set_text(  # type: ignore[attr-defined]
        "Use image 1 as the first frame, follow the camera movement of video 1, "
        "audio 1 as background music.")
    composer.media.add_sources(MediaKind.VIDEO, [  # type: ignore[attr-defined]
        video(media_dir / "move.mp4", 1280, 720, 3.0)])
    composer.media.add_sources(MediaKind.AUDIO, [  # type: ignore[attr-defined]
        audio(media_dir / "music.wav", 4.0)])
    await snap("composer-reference-to-video")

    # Back to text to video: the other modes' media stay, folded to one line each.
    composer.model_picker.mode.button(Mode.TEXT).click()  # type: ignore[attr-defined]
    composer.model_picker.tier.button(Tier.FAST).click()  # type: ignore[attr-defined]
    await snap("composer-kept-media")
    await take_set_scenes(window, snap)
    for i in range(CLIPS):
        composer.prompt.set_text(f"{PROMPTS[i % len(PROMPTS)]} (take {i + 1})")  # type: ignore[attr-defined]
        composer.generate.click()  # type: ignore[attr-defined]
        for _ in range(50):  # Generate is busy until the server took the task
            await asyncio.sleep(0.2)
            if composer.generate.isEnabled():  # type: ignore[attr-defined]
                break
    library = window.library_panel
    for _ in range(240):
        if library.model.total >= CLIPS:  # type: ignore[attr-defined]
            break
        await asyncio.sleep(0.5)
    await asyncio.sleep(2.0)
    window.stage.show_viewer()
    await snap("viewer")
    window.stage.show_gallery()
    library.view.setCurrentIndex(library.model.index(0))  # type: ignore[attr-defined]
    await snap("gallery")
    window.stage.show_viewer()

    from app.services.home.paths import clips_dir  # this run's home, or the user's own

    clips = sorted(clips_dir().glob("*.mp4"))
    if len(clips) >= 3:
        await sequence_scenes(window, clips, snap, out / f"{tag}-export-dialog.png")
    if compare and len(clips) >= 2:
        compare_window = open_compare(clips[-1], clips[-2], window)
        compare_window.move(QPoint(60, 60))
        compare_window.resize(1280, 640)
        await asyncio.sleep(2.5)
        # From the screen: a widget's grab() leaves the video surfaces empty.
        geometry = compare_window.frameGeometry()
        QApplication.primaryScreen().grabWindow(
            0, geometry.x(), geometry.y(), geometry.width(), geometry.height(),
        ).save(str(out / "compare.png"))
        compare_window.close()
    if compare and len(clips) >= 9:
        await takes_scenes(out, window, clips[-9:])
    window.close()


async def sequence_scenes(window: Any, clips: list[Path], snap: Any, dialog_png: Path) -> None:
    """The Sequence tab with three clips (trimmed, linked) and a draft; the export dialog
    while it exports."""
    from app.core.models import GenerationRequest
    from app.core.sequence import Continuity, LinkKind, Sequence, Shot
    from app.services.sequences.sequence_files import clip_ref
    from app.ui.sequence.export_dialog import ExportDialog

    dock = window.findChild(QDockWidget, "sequence-dock")
    shots = [Shot(clip=clip_ref(c)) for c in clips[:3]]
    shots[1] = shots[1].model_copy(update={
        "link": Continuity(kind=LinkKind.LAST_FRAME, source_sha256=shots[0].clip.sha256),
        "trim_in_s": 0.5, "trim_out_s": 3.5})
    shots[2] = shots[2].model_copy(update={"trim_out_s": 2.0})
    draft = Shot(request=GenerationRequest(model="seedance-2.0-fast-text-to-video",
                                           prompt=PROMPTS[2], duration=5, quality="720p"),
                 link=Continuity(kind=LinkKind.CONTINUE))
    dock.widget().edited.emit(Sequence(name="Harbour at dusk", shots=(*shots, draft)))
    dock.show()
    dock.raise_()
    dock.widget().strip.setCurrentRow(3)
    await snap("sequence")
    dock.widget().edited.emit(Sequence(name="Harbour at dusk", quality="1080p",
                                       shots=tuple(shots) * 3))
    window.registry["export_sequence"].trigger()
    await asyncio.sleep(0.5)
    dialog = window.findChild(ExportDialog)
    dialog.export_button.click()
    for _ in range(100):  # under way, with a time left
        await asyncio.sleep(0.2)
        if dialog.progress.value() > 100:
            break
    geometry = dialog.frameGeometry()
    QApplication.primaryScreen().grabWindow(
        0, geometry.x(), geometry.y(), geometry.width(), geometry.height(),
    ).save(str(dialog_png))
    dialog.cancel_button.click()
    await dialog.wait_idle()
    dialog.reject()


async def takes_scenes(out: Path, window: Any, clips: list[Path]) -> None:
    """The 3×3 take grid, "Make again at…" and the prompt history, once (light, English)."""

    def grab(widget: Any, name: str) -> None:
        geometry = widget.frameGeometry()
        QApplication.primaryScreen().grabWindow(
            0, geometry.x(), geometry.y(), geometry.width(), geometry.height(),
        ).save(str(out / name))

    grid_window = open_take_grid(clips, window)
    grid_window.move(QPoint(40, 40))
    grid_window.resize(1600, 1000)
    await asyncio.sleep(3.0)
    grid_window.grid.set_current(4)
    grid_window.grid.pick_current()
    await asyncio.sleep(1.0)
    grab(grid_window, "takes-grid.png")
    grid_window.close()
    library = window.library_panel
    window.stage.show_gallery()
    library.view.setCurrentIndex(library.model.index(0))
    library.commands.actions["remake"].trigger()
    await asyncio.sleep(2.0)  # the files checked, then the gateway's prices
    dialog = window.findChild(RemakeDialog)
    if dialog is not None and dialog.isVisible():
        grab(dialog, "takes-remake.png")
        dialog.reject()
    window.composer.prompt.history_button.click()
    await asyncio.sleep(1.5)
    popup = window.findChild(HistoryPopup)
    if popup is not None and popup.isVisible():
        popup.search.setText("forest")
        await asyncio.sleep(1.0)
        grab(popup, "prompt-history.png")
        popup.reject()


async def take_set_scenes(window: Any, snap: Callable[[str], Awaitable[None]]) -> None:
    """The composer with Takes and Vary open (one combination struck), then that set sent
    (its one question answered Send) and shown in the queue as one row."""
    composer = window.composer
    composer.prompt.set_text("A paper kite over a field in {rain|snow}, slow dolly in.")
    composer.takes.toggle.click()
    composer.takes.keys[0].setCurrentIndex(composer.takes.keys[0].findData("quality"))
    composer.takes.values[0].setText("480p, 720p, 1080p")
    scroll = composer.findChild(QScrollArea)
    await asyncio.sleep(0.3)
    if scroll is not None:
        scroll.ensureWidgetVisible(composer.takes.total)
    await snap("composer-takes")
    composer.generate.click()
    for _ in range(50):
        await asyncio.sleep(0.2)
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        if boxes:
            for button in boxes[0].buttons():
                if boxes[0].buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
                    button.click()
            break
    for _ in range(50):
        await asyncio.sleep(0.2)
        if composer.generate.isEnabled():
            break
    await asyncio.sleep(1.0)
    await snap("queue-set")
    composer.takes.values[0].clear()
    composer.takes.toggle.click()


async def main(out: Path, tag: str, compare: bool) -> None:
    launch.DEMO_GENERATION_SECONDS = 3.0
    driver = asyncio.ensure_future(drive(out, tag, compare))
    await launch._main(True)
    await driver


def one(out: Path, language: str, theme: str) -> None:
    """One language and theme, in this process (SEEDANCE_STUDIO_HOME is a fresh folder)."""
    from app.services.home.settings import LANGUAGE, THEME, Settings

    settings = Settings.open_default()
    settings.set(LANGUAGE, language)
    settings.set(THEME, theme)
    app = QApplication(sys.argv[:1])
    QApplication.setQuitOnLastWindowClosed(False)
    tag = f"{theme}-{'zh' if language == 'zh_CN' else 'en'}"
    qasync.run(main(out, tag, compare=tag == "light-en"))
    del app
    shutil.rmtree(out / f".media-{tag}", ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="packaging/screenshots")
    parser.add_argument("--language", choices=("en", "zh_CN"))
    parser.add_argument("--theme", choices=("light", "dark"))
    args = parser.parse_args()
    target = Path(args.out).resolve()
    target.mkdir(parents=True, exist_ok=True)
    if args.language and args.theme:
        one(target, args.language, args.theme)
        sys.exit(0)
    failed = 0
    for language in ("en", "zh_CN"):
        for theme in ("light", "dark"):
            with tempfile.TemporaryDirectory(prefix="seedance-shots-") as home:
                failed |= subprocess.run(
                    [sys.executable, __file__, str(target), "--language", language,
                     "--theme", theme], env={**os.environ, "SEEDANCE_STUDIO_HOME": home},
                    check=False).returncode
    sys.exit(failed)
