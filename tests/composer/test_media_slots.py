"""Media slots: filled by drops of real files, probed facts and limit problems on the slot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from app.core.capabilities import Mode, Tier
from app.core.media_limits import MediaKind
from app.ui.composer import media_mime
from app.ui.composer.panel import ComposerPanel
from tests.composer.conftest import MediaFactory, drop, file_mime

IMG, VID, AUD = MediaKind.IMAGE, MediaKind.VIDEO, MediaKind.AUDIO


def reference(panel: ComposerPanel) -> None:
    panel.model_picker.mode.button(Mode.REFERENCE).click()
    panel.model_picker.tier.button(Tier.FAST).click()
    panel.prompt.set_text("use image 1 as the first frame")


def test_drop_fills_each_slot_with_probed_facts(panel: ComposerPanel,
                                                media: MediaFactory) -> None:
    reference(panel)
    strips = panel.media.strips
    assert drop(strips[IMG].slots[0], file_mime([media.image(w=1280, h=720)]))
    assert drop(strips[VID].slots[0], file_mime([media.video(seconds=3.0)]))
    assert drop(strips[AUD].slots[0], file_mime([media.audio(seconds=4.0)]))
    image, video, audio = (strips[k].slots[0] for k in (IMG, VID, AUD))
    assert "1280×720" in image.facts.text() and "kB" in image.facts.text()
    assert image.thumb.pixmap() is not None and not image.thumb.pixmap().isNull()
    assert "640×640 · 3.0 s · 24 fps" in video.facts.text()
    assert not video.thumb.pixmap().isNull()  # the first frame
    assert "4.0 s" in audio.facts.text()
    assert [c.text() for c in panel.prompt.chips()] == ["image 1", "video 1", "audio 1"]
    assert panel.generate.isEnabled(), panel.reason.text()
    # video input is billed on reference-to-video: max(3 s in, 5 s out) + 5 s out, at the
    # with-video rate (api-notes "Prices: latest published")
    assert "10 s × 6.51 credits/s" in panel.cost.text()
    assert "price table of 2026-12-02" in panel.cost.text()


def test_image_to_video_shows_two_frames_and_swaps(panel: ComposerPanel,
                                                   media: MediaFactory) -> None:
    panel.model_picker.mode.button(Mode.IMAGE).click()
    strip = panel.media.strips[IMG]
    assert [s.title.text() for s in strip.slots] == ["First frame", "Last frame"]
    assert not panel.media.strips[VID].isVisibleTo(panel)
    drop(strip.slots[0], file_mime([media.image("a.png"), media.image("b.png")]))
    assert [s.name.text() for s in strip.slots] == ["a.png", "b.png"]
    assert strip.swap.isVisibleTo(panel)
    strip.swap.click()
    assert [s.name.text() for s in strip.slots] == ["b.png", "a.png"]
    assert panel.request().image_urls[0].endswith("b.png")  # type: ignore[union-attr]


def test_media_the_mode_cannot_use_is_greyed_then_comes_back(panel: ComposerPanel,
                                                             media: MediaFactory) -> None:
    reference(panel)
    strips = panel.media.strips
    drop(strips[IMG], file_mime([media.image(f"{i}.png") for i in range(3)]))
    drop(strips[VID], file_mime([media.video()]))
    panel.model_picker.mode.button(Mode.IMAGE).click()
    assert "1 image kept but not used" in panel.notice.text()
    assert "1 video kept" in panel.notice.text()
    third = strips[IMG].slots[2]
    assert third.name.text() == "2.png" and "Kept here, not sent" in third.problem.text()
    assert third.graphicsEffect() is not None
    assert strips[VID].isVisibleTo(panel) and strips[VID].slots[0].greyed
    assert len(panel.request().image_urls) == 2 and not panel.request().video_urls  # type: ignore[union-attr]
    panel.model_picker.mode.button(Mode.TEXT).click()
    assert all(s.greyed for s in strips[IMG].slots)
    assert panel.request().image_urls == []  # type: ignore[union-attr]
    panel.model_picker.mode.button(Mode.REFERENCE).click()
    assert not any(s.greyed for s in strips[IMG].slots if s.entry)
    assert len(panel.request().image_urls) == 3 and len(panel.request().video_urls) == 1  # type: ignore[union-attr]


def test_reorder_by_drag_and_remove_with_delete(panel: ComposerPanel, media: MediaFactory,
                                                qtbot: QtBot) -> None:
    reference(panel)
    strip = panel.media.strips[IMG]
    drop(strip, file_mime([media.image(f"{n}.png") for n in "abc"]))
    mime = QMimeData()
    mime.setData(media_mime.SLOT_MIME, b"image:0")
    assert drop(strip.slots[2], mime)
    assert [s.name.text() for s in strip.slots[:3]] == ["b.png", "c.png", "a.png"]
    strip.slots[1].setFocus()
    qtbot.keyClick(strip.slots[1], Qt.Key.Key_Delete)
    assert [s.name.text() for s in strip.slots[:2]] == ["b.png", "a.png"]
    strip.slots[0].remove.click()
    assert [s.entry is not None for s in strip.slots] == [True, False]


def test_urls_are_typed_or_pasted(panel: ComposerPanel, media: MediaFactory,
                                  qtbot: QtBot) -> None:
    reference(panel)
    strip = panel.media.strips[VID]
    strip.url.setText("not a url")
    qtbot.keyClick(strip.url, Qt.Key.Key_Return)
    assert strip.url.text() == "not a url" and "not an http(s) URL" in panel.notice.text()
    strip.url.setText("https://cdn.example.com/move.mp4")
    qtbot.keyClick(strip.url, Qt.Key.Key_Return)
    assert strip.slots[0].name.text() == "move.mp4"
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    QGuiApplication.clipboard().setImage(image)
    panel.media.strips[IMG].slots[0].setFocus()
    panel.media._on_paste_activated()
    slot = panel.media.strips[IMG].slots[0]
    assert slot.name.text().startswith("pasted-") and "400×400" in slot.facts.text()
    req = panel.request()
    assert req is not None and req.video_urls == ["https://cdn.example.com/move.mp4"]


def test_a_file_dropped_on_the_wrong_strip_goes_to_its_own(panel: ComposerPanel,
                                                           media: MediaFactory) -> None:
    reference(panel)
    drop(panel.media.strips[IMG], file_mime([media.video("m.mp4")]))
    assert panel.media.strips[VID].slots[0].name.text() == "m.mp4"
    assert "added to Videos" in panel.notice.text()


BAD = [
    ("image too small", IMG, lambda m: m.image(w=200, h=640), "width 200 px is outside 300–6000"),
    ("image too wide", IMG, lambda m: m.image(w=1500, h=400), "aspect ratio 3.75"),
    ("image wrong format", IMG, lambda m: m.image("x.bmp"), "bmp is not accepted"),
    ("image too large", IMG, lambda m: m.image(pad_bytes=31_000_000), "over the 30.0 MB limit"),
    ("not an image", IMG, lambda m: m.text("fake.png"), "not a readable image"),
    ("video too short", VID, lambda m: m.video(seconds=1.0), "1.0 s is outside 2–15 s"),
    ("video too long", VID, lambda m: m.video(w=640, h=640, seconds=16, fps=24),
     "16.0 s is outside 2–15 s"),
    ("video wrong fps", VID, lambda m: m.video(seconds=2.0, fps=15), "15.00 fps is outside 24–60"),
    ("video too few pixels", VID, lambda m: m.video(w=480, h=480),
     "230,400 pixels per frame is outside 409,600–2,086,876"),
    ("video wrong format", VID, lambda m: m.video("x.mkv"), "matroska is not accepted"),
    ("audio too short", AUD, lambda m: m.audio(seconds=1.0), "1.0 s is outside 2–15 s"),
    ("audio too large", AUD, lambda m: m.audio(pad_bytes=16_000_000), "over the 15.0 MB limit"),
]


@pytest.mark.parametrize(("case", "kind", "make", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_media_is_named_on_its_slot_and_blocks_generate(
        panel: ComposerPanel, media: MediaFactory, case: str, kind: MediaKind,
        make: object, message: str) -> None:
    reference(panel)
    if kind is not IMG:  # a valid image so that only the bad file is the problem
        drop(panel.media.strips[IMG], file_mime([media.image("ok.png")]))
    path: Path = make(media)  # type: ignore[operator]
    drop(panel.media.strips[kind].slots[0], file_mime([path]))
    slot = panel.media.strips[kind].slots[0]
    assert slot.entry is not None and slot.entry.path == path
    assert slot.problem.text().count(message) == 1, slot.problem.text()  # said once
    assert slot.problem.isVisibleTo(panel)
    assert not panel.generate.isEnabled()
    assert message in panel.generate.toolTip()


@pytest.mark.parametrize(("kind", "make", "message"), [
    (VID, lambda m, i: m.video(f"v{i}.mp4", seconds=8.0),
     "16.0 s of video in all is over the 15 s total by 1.0 s"),
    (AUD, lambda m, i: m.audio(f"a{i}.wav", seconds=8.0),
     "16.0 s of audio in all is over the 15 s total by 1.0 s"),
])
def test_totals_over_15_s_are_shown_on_the_strip(panel: ComposerPanel, media: MediaFactory,
                                                 kind: MediaKind, make: object,
                                                 message: str) -> None:
    reference(panel)
    drop(panel.media.strips[IMG], file_mime([media.image("ok.png")]))
    drop(panel.media.strips[kind], file_mime([make(media, i) for i in range(2)]))  # type: ignore[operator]
    assert panel.media.strips[kind].message.text() == message
    assert not panel.generate.isEnabled()


def test_audio_alone_is_refused(panel: ComposerPanel, media: MediaFactory) -> None:
    reference(panel)
    drop(panel.media.strips[AUD], file_mime([media.audio()]))
    assert "Audio cannot be used alone" in panel.media.strips[AUD].message.text()
    assert not panel.generate.isEnabled()
    drop(panel.media.strips[IMG], file_mime([media.image()]))
    assert panel.generate.isEnabled(), panel.reason.text()


def test_image_to_video_needs_a_first_frame(panel: ComposerPanel) -> None:
    panel.model_picker.mode.button(Mode.IMAGE).click()
    panel.prompt.set_text("go")
    assert "needs at least 1 image" in panel.media.strips[IMG].message.text()
    assert not panel.generate.isEnabled()


def test_an_image_that_cannot_be_kept_says_so_on_the_composer(
        panel: ComposerPanel, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A file where the cache folder should be: the paste is refused with a sentence, nothing
    raises, no slot is filled."""
    from app.services.home import paths

    home = tmp_path / "home"
    home.mkdir()
    (home / "cache").write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    reference(panel)
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    QGuiApplication.clipboard().setImage(image)
    panel.media.strips[IMG].slots[0].setFocus()
    panel.media._on_paste_activated()
    assert "The image could not be kept to send" in panel.notice.text()
    assert panel.media.strips[IMG].slots[0].entry is None
