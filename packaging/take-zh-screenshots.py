"""Screenshots of the Simplified Chinese interface (issue 8), taken under Xvfb.

    SEEDANCE_STUDIO_HOME=$(mktemp -d) xvfb-run -a -s "-screen 0 1440x900x24" \\
        .venv/bin/python packaging/take-zh-screenshots.py packaging/screenshots

Sets the language to zh_CN in the (throwaway) SEEDANCE_STUDIO_HOME, then writes
  main-window-zh_CN.png  the real main window in the demo: two clips in the queue (one saved, one
                         rendering) and the composer filled for image to video with two images;
  dialogs-zh_CN.png      the key dialog (a refused key, a tested-valid key, no OS keychain), the
                         welcome (no keychain either), the settings dialog's three tabs, about,
                         and the status bar with the balance and the demo badge, on a grey ground.
Look at both: a clipped, elided or English label (other than names, model ids and "API") is a bug.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from pathlib import Path

import keyring
import qasync
from keyring.backends import fail
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStatusBar, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # screenshot_kit

from screenshot_kit import image, shown_main_window

from app.core.capabilities import Mode
from app.core.media_limits import MediaKind
from app.core.models import Credits
from app.services.api.config import resolve_endpoints
from app.services.api.errors import plain_message
from app.services.account.key_check import KeyCheck, check_key
from app.services.account.keychain import KeyProvider
from app.services.home.settings import LANGUAGE, Settings
from app.simulator import Simulator
from app.ui import launch
from app.ui.dialogs.about_dialog import AboutDialog
from app.ui.dialogs.key_dialog import KeyDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.dialogs.welcome_dialog import WelcomeDialog
from app.ui.main_window import MainWindow
from app.ui.status.balance_label import BalanceLabel
from app.ui.status.demo_badge import DemoBadge

KEY = "sk-demo-screenshot-0123456789abcdef"
QUEUED = ("晨雾中的竹林，阳光穿过叶片，微风吹动，电影感",
          "雨夜的小巷里，一只纸船顺着水流漂向远方，霓虹灯倒映在水面上")
PROMPT = "纸船驶出画面，雨渐渐停了，云层散开，镜头缓缓拉远，暖色调"
GAP, MARGIN, GROUND = 16, 16, "#8a8a8a"


async def main_window(out: Path) -> MainWindow:
    window = await shown_main_window()
    composer = window.composer
    # One clip saved, one still rendering when the picture is taken.
    for prompt, wait_s in zip(QUEUED, (launch.DEMO_GENERATION_SECONDS + 2.5, 0.5), strict=True):
        composer.prompt.set_text(prompt)  # type: ignore[attr-defined]
        composer.generate.click()  # type: ignore[attr-defined]
        await asyncio.sleep(wait_s)
    media = out / ".media"
    media.mkdir(exist_ok=True)
    composer.model_picker.mode.button(Mode.IMAGE).click()  # type: ignore[attr-defined]
    composer.prompt.set_text(PROMPT)  # type: ignore[attr-defined]
    composer.media.add_sources(MediaKind.IMAGE, [  # type: ignore[attr-defined]
        image(media / "first.png", 1280, 720, "#1e3a8a", "#f59e0b"),
        image(media / "last.png", 1280, 720, "#0f766e", "#fde68a")])
    await asyncio.sleep(2.0)
    QApplication.primaryScreen().grabWindow(0, 0, 0, 1440, 900).save(
        str(out / "main-window-zh_CN.png"))
    return window


async def shown(widget: QWidget) -> QPixmap:
    """`widget` on screen at the size it opens with in the app, painted, then its picture."""
    widget.show()
    widget.adjustSize()
    await asyncio.sleep(0.6)
    return widget.grab()


async def key_dialog(sim: Simulator) -> QPixmap:
    assert sim.base_url is not None
    endpoints = resolve_endpoints(sim.base_url)

    async def check(key: str) -> KeyCheck:
        return await check_key(key, endpoints)

    # As a 401 on a poll delivers it: the plain English of a Signal(str).
    dialog = KeyDialog(KeyProvider(env={}), check, reason=str(plain_message(401)))
    dialog.entry.setText(KEY)
    dialog.test_button.click()
    for _ in range(100):
        await asyncio.sleep(0.05)
        if dialog.test_button.isEnabled() and dialog.test_result.text():
            break
    picture = await shown(dialog)
    dialog.done(0)
    return picture


async def settings_tabs(settings: Settings) -> list[QPixmap]:
    dialog = SettingsDialog(settings, KeyProvider(env={}))
    pictures = []
    await shown(dialog)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        await asyncio.sleep(0.3)
        pictures.append(dialog.grab())
    dialog.reject()
    return pictures


async def status_bar() -> QPixmap:
    bar = QStatusBar()
    balance = BalanceLabel()
    balance.show_credits(Credits(user_remaining=1095.39, user_used=204.61,
                                 token_remaining=99.5, token_unlimited=False))
    bar.addPermanentWidget(balance)
    bar.addPermanentWidget(DemoBadge())
    picture = await shown(bar)
    bar.close()
    return picture


def compose(pictures: list[QPixmap], target: Path) -> None:
    """Two columns, each picture to the shorter one, on a neutral ground."""
    columns: list[list[QPixmap]] = [[], []]
    heights = [0, 0]
    for picture in sorted(pictures, key=lambda p: -p.height()):
        shortest = heights.index(min(heights))
        columns[shortest].append(picture)
        heights[shortest] += picture.height() + GAP
    widths = [max((p.width() for p in column), default=0) for column in columns]
    canvas = QImage(sum(widths) + GAP + 2 * MARGIN, max(heights) - GAP + 2 * MARGIN,
                    QImage.Format.Format_RGB32)
    canvas.fill(QColor(GROUND))
    painter = QPainter(canvas)
    x = MARGIN
    for column, width in zip(columns, widths, strict=True):
        y = MARGIN
        for picture in column:
            painter.drawPixmap(x, y, picture)
            y += picture.height() + GAP
        x += width + GAP
    painter.end()
    canvas.save(str(target))


async def dialogs(out: Path) -> None:
    # No OS keychain: its problem is part of the picture.
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    sim = Simulator(api_keys={KEY}, initial_credits=1095.39)
    await sim.start()
    try:
        pictures = [await key_dialog(sim)]
    finally:
        await sim.stop()
    provider = KeyProvider(env={})
    provider.resolve()
    welcome = WelcomeDialog(str(provider.keychain_error))
    pictures.append(await shown(welcome))
    welcome.done(0)
    pictures += await settings_tabs(Settings.open_default())
    about = AboutDialog()
    pictures.append(await shown(about))
    about.done(0)
    pictures.append(await status_bar())
    compose(pictures, out / "dialogs-zh_CN.png")


async def main(out: Path) -> None:
    launch.DEMO_GENERATION_SECONDS = 4.0

    async def drive() -> None:
        window = await main_window(out)
        await dialogs(out)
        window.close()

    driver = asyncio.ensure_future(drive())
    await launch._main(True)
    await driver


if __name__ == "__main__":
    if not os.environ.get("SEEDANCE_STUDIO_HOME"):
        sys.exit("Set SEEDANCE_STUDIO_HOME to a throwaway folder: the language setting is written "
                 "there.")
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "packaging/screenshots").resolve()
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    QApplication.setQuitOnLastWindowClosed(False)
    Settings.open_default().set(LANGUAGE, "zh_CN")
    qasync.run(main(target))
    shutil.rmtree(target / ".media", ignore_errors=True)
