"""Both sides of every documented input-media limit (image_urls / video_urls / audio_urls
"requirements" in evolink-seedance-generations-api.txt).

"MB" is read as 10**6 bytes [inferred, api_facts.MB]: the stricter reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.core.api_facts import MB
from app.core.media_limits import MediaFacts, MediaKind, check_item, check_set
from app.core.problems import Problem

IMAGE, VIDEO, AUDIO = MediaKind.IMAGE, MediaKind.VIDEO, MediaKind.AUDIO


def image(**kw: Any) -> MediaFacts:
    base: dict[str, Any] = {"name": "a.png", "format": "png", "size_bytes": MB,
                            "width": 1280, "height": 720}
    return MediaFacts(IMAGE, **{**base, **kw})


def video(**kw: Any) -> MediaFacts:
    base: dict[str, Any] = {"name": "a.mp4", "format": "mp4", "size_bytes": 5 * MB,
                            "width": 1280, "height": 720, "duration_s": 5.0, "fps": 24.0}
    return MediaFacts(VIDEO, **{**base, **kw})


def audio(**kw: Any) -> MediaFacts:
    base: dict[str, Any] = {"name": "a.mp3", "format": "mp3", "size_bytes": MB,
                            "duration_s": 5.0}
    return MediaFacts(AUDIO, **{**base, **kw})


def codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


# (id, facts, refused?, doc line)
ITEM_ROWS: list[tuple[str, MediaFacts, bool, str]] = [
    # --- images ---
    ("img-ok", image(), False, "image requirements"),
    ("img-300", image(width=300, height=300), False, "image: 'Width/height pixels: 300 ~ 6000 px'"),
    ("img-299w", image(width=299, height=300), True, "image: 'Width/height pixels: 300 ~ 6000 px'"),
    ("img-299h", image(width=300, height=299), True, "image: 'Width/height pixels: 300 ~ 6000 px'"),
    ("img-6000", image(width=6000, height=6000), False,
     "image: 'Width/height pixels: 300 ~ 6000 px'"),
    ("img-6001w", image(width=6001, height=6000), True,
     "image: 'Width/height pixels: 300 ~ 6000 px'"),
    ("img-6001h", image(width=6000, height=6001), True,
     "image: 'Width/height pixels: 300 ~ 6000 px'"),
    ("img-aspect-0.4", image(width=400, height=1000), False,
     "image: 'Aspect ratio (width/height): 0.4 ~ 2.5'"),
    ("img-aspect-0.39", image(width=390, height=1000), True,
     "image: 'Aspect ratio (width/height): 0.4 ~ 2.5'"),
    ("img-aspect-2.5", image(width=1000, height=400), False,
     "image: 'Aspect ratio (width/height): 0.4 ~ 2.5'"),
    ("img-aspect-2.51", image(width=2510, height=1000), True,
     "image: 'Aspect ratio (width/height): 0.4 ~ 2.5'"),
    ("img-30MB", image(size_bytes=30 * MB), False, "image: 'Max size per image: 30MB'"),
    ("img-30MB+1", image(size_bytes=30 * MB + 1), True, "image: 'Max size per image: 30MB'"),
    *[(f"img-format-{f}", image(format=f), False,
       "image: 'Supported formats: .jpeg, .png, .webp'") for f in ("jpeg", "png", "webp", "PNG")],
    *[(f"img-format-{f}", image(format=f), True,
       "image: 'Supported formats: .jpeg, .png, .webp'") for f in ("gif", "bmp", "tiff", "heic")],
    # --- videos ---
    ("vid-ok", video(), False, "video requirements"),
    ("vid-2s", video(duration_s=2.0), False, "video: 'Duration per video: 2 ~ 15 seconds'"),
    ("vid-1.9s", video(duration_s=1.9), True, "video: 'Duration per video: 2 ~ 15 seconds'"),
    ("vid-15s", video(duration_s=15.0), False, "video: 'Duration per video: 2 ~ 15 seconds'"),
    ("vid-15.1s", video(duration_s=15.1), True, "video: 'Duration per video: 2 ~ 15 seconds'"),
    ("vid-24fps", video(fps=24.0), False, "video: 'Frame rate: 24 ~ 60 FPS'"),
    ("vid-23.9fps", video(fps=23.9), True, "video: 'Frame rate: 24 ~ 60 FPS'"),
    ("vid-60fps", video(fps=60.0), False, "video: 'Frame rate: 24 ~ 60 FPS'"),
    ("vid-60.1fps", video(fps=60.1), True, "video: 'Frame rate: 24 ~ 60 FPS'"),
    ("vid-30fps", video(fps=30000 / 1001), False, "video: 'Frame rate: 24 ~ 60 FPS' (29.97)"),
    ("vid-px-640x640", video(width=640, height=640), False,
     "video: 'Frame pixels (width x height): 409,600 ~ 2,086,876 (e.g., 640x640 ~ 2206x946)'"),
    # 639×641 = 409,599: one pixel under, sides and aspect in range
    ("vid-px-639x641", video(width=639, height=641), True,
     "video: 'Frame pixels (width x height): 409,600 ~ 2,086,876'"),
    ("vid-px-2206x946", video(width=2206, height=946), False,
     "video: 'Frame pixels (width x height): 409,600 ~ 2,086,876 (e.g., 640x640 ~ 2206x946)'"),
    # 2,086,877 has no factor pair within 300-6000 px and 0.4-2.5: 972×2147 = 2,086,884 is the
    # smallest frame past the limit that breaks nothing else
    ("vid-px-972x2147", video(width=972, height=2147), True,
     "video: 'Frame pixels (width x height): 409,600 ~ 2,086,876'"),
    ("vid-px-1920x1080", video(width=1920, height=1080), False, "video: 'Resolution: 1080p'"),
    ("vid-aspect-0.39", video(width=780, height=2000), True,
     "video: 'Aspect ratio (width/height): 0.4 ~ 2.5'"),
    ("vid-aspect-2.51", video(width=2008, height=800), True,
     "video: 'Aspect ratio (width/height): 0.4 ~ 2.5'"),
    ("vid-aspect-2.5", video(width=2000, height=800), False,
     "video: 'Aspect ratio (width/height): 0.4 ~ 2.5'"),
    ("vid-50MB", video(size_bytes=50 * MB), False, "video: 'Max size per video: 50MB'"),
    ("vid-50MB+1", video(size_bytes=50 * MB + 1), True, "video: 'Max size per video: 50MB'"),
    *[(f"vid-format-{f}", video(format=f), False, "video: 'Supported formats: .mp4, .mov'")
      for f in ("mp4", "mov")],
    *[(f"vid-format-{f}", video(format=f), True, "video: 'Supported formats: .mp4, .mov'")
      for f in ("webm", "avi", "mkv")],
    # --- audio ---
    ("aud-ok", audio(), False, "audio requirements"),
    ("aud-2s", audio(duration_s=2.0), False, "audio: 'Duration per clip: 2 ~ 15 seconds'"),
    ("aud-1.9s", audio(duration_s=1.9), True, "audio: 'Duration per clip: 2 ~ 15 seconds'"),
    ("aud-15s", audio(duration_s=15.0), False, "audio: 'Duration per clip: 2 ~ 15 seconds'"),
    ("aud-15.1s", audio(duration_s=15.1), True, "audio: 'Duration per clip: 2 ~ 15 seconds'"),
    ("aud-15MB", audio(size_bytes=15 * MB), False, "audio: 'Max size per clip: 15MB'"),
    ("aud-15MB+1", audio(size_bytes=15 * MB + 1), True, "audio: 'Max size per clip: 15MB'"),
    *[(f"aud-format-{f}", audio(format=f), False, "audio: 'Supported formats: .wav, .mp3'")
      for f in ("wav", "mp3")],
    *[(f"aud-format-{f}", audio(format=f), True, "audio: 'Supported formats: .wav, .mp3'")
      for f in ("aac", "flac", "ogg")],
]


@pytest.mark.parametrize(("facts", "refused", "doc"), [r[1:] for r in ITEM_ROWS],
                         ids=[r[0] for r in ITEM_ROWS])
def test_item_limit(facts: MediaFacts, refused: bool, doc: str) -> None:
    problems = check_item(facts)
    assert len(problems) == (1 if refused else 0), f"{doc}: {[str(p) for p in problems]}"
    for p in problems:
        assert p.field == facts.kind.field
        assert facts.name in p.message


def test_unmeasured_facts_are_not_errors() -> None:
    # None means "could not be measured", never zero.
    for kind in MediaKind:
        assert check_item(MediaFacts(kind, "x")) == []


# --- messages name the number that failed ------------------------------------------------------

def only_message(problems: list[Problem]) -> str:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0].message


def test_messages_name_the_failing_number() -> None:
    assert "6001" in only_message(check_item(image(width=6001, height=6000)))
    assert "299" in only_message(check_item(image(width=299, height=300)))
    assert "0.39" in only_message(check_item(image(width=390, height=1000)))
    assert "2.51" in only_message(check_item(image(width=2510, height=1000)))
    assert "60.1" in only_message(check_item(video(fps=60.1)))
    assert "23.9" in only_message(check_item(video(fps=23.9)))
    assert "409,599" in only_message(check_item(video(width=639, height=641)))
    assert "2,086,884" in only_message(check_item(video(width=972, height=2147)))
    assert "15.1" in only_message(check_item(video(duration_s=15.1)))
    assert "1.9" in only_message(check_item(audio(duration_s=1.9)))
    assert "gif" in only_message(check_item(image(format="gif")))
    assert "31" in only_message(check_item(image(size_bytes=31 * MB)))
    assert "30" in only_message(check_item(image(size_bytes=31 * MB)))


def test_messages_do_not_round_the_failure_away() -> None:
    # A probe just past a limit must not read "15.0 s is outside 2-15 s".
    msg = only_message(check_item(video(duration_s=15.04)))
    assert "15.04" in msg
    msg = only_message(check_item(image(size_bytes=30 * MB + 1)))
    assert "1 byte" in msg
    msg = only_message(check_set(videos=[video(duration_s=5.01)] * 3))
    assert "15.03 s" in msg
    assert "by 0.03 s" in msg


# --- sets: counts, totals, body size, audio alone ---------------------------------------------

def test_three_videos_totalling_15s_ok() -> None:
    # video: "max 3 videos, total duration of all videos <= 15 seconds"
    assert check_set(images=[image()], videos=[video(duration_s=5.0)] * 3) == []


def test_video_total_over_15s_says_by_how_much() -> None:
    videos = [video(duration_s=5.0), video(duration_s=5.0), video(duration_s=5.5)]
    problems = check_set(videos=videos)
    assert codes(problems) == ["total_duration"]
    assert problems[0].field == "video_urls"
    assert "15.5" in problems[0].message
    assert "0.5" in problems[0].message


def test_video_count_over_3() -> None:
    problems = check_set(videos=[video(duration_s=3.0)] * 4)
    assert codes(problems) == ["too_many"]
    assert "4" in problems[0].message


def test_audio_total() -> None:
    # audio: "max 3 clips, total duration of all audio <= 15 seconds"
    assert check_set(images=[image()], audios=[audio(duration_s=5.0)] * 3) == []
    problems = check_set(images=[image()], audios=[audio(duration_s=6.0)] * 3)
    assert codes(problems) == ["total_duration"]
    assert problems[0].field == "audio_urls"
    assert "18.0" in problems[0].message
    assert "3.0" in problems[0].message


def test_audio_count_over_3() -> None:
    problems = check_set(images=[image()], audios=[audio(duration_s=3.0)] * 4)
    assert codes(problems) == ["too_many"]


def test_image_count_over_9() -> None:
    # image: "Maximum array length: 9"
    assert check_set(images=[image(size_bytes=MB)] * 9) == []
    assert codes(check_set(images=[image(size_bytes=MB)] * 10)) == ["too_many"]


def test_total_body_64mb() -> None:
    # image: "Total request body size must not exceed 64MB"
    at_limit = [video(size_bytes=32 * MB), video(size_bytes=32 * MB)]
    assert check_set(videos=at_limit) == []
    over = [video(size_bytes=32 * MB), video(size_bytes=32 * MB), video(size_bytes=3 * MB)]
    problems = check_set(videos=over)
    assert codes(problems) == ["body_too_large"]
    assert "67" in problems[0].message
    assert "3.0" in problems[0].message


def test_total_body_counts_every_kind() -> None:
    problems = check_set(images=[image(size_bytes=30 * MB)], videos=[video(size_bytes=30 * MB)],
                         audios=[audio(size_bytes=5 * MB)])
    assert codes(problems) == ["body_too_large"]


def test_audio_alone() -> None:
    # audio: "Audio cannot be provided alone; at least 1 image or 1 video must be included"
    assert codes(check_set(audios=[audio()])) == ["audio_alone"]
    assert check_set(images=[image()], audios=[audio()]) == []
    assert check_set(videos=[video()], audios=[audio()]) == []


def test_set_problems_carry_the_item_index() -> None:
    problems = check_set(images=[image(), image(width=299, height=300)])
    assert [(p.field, p.index) for p in problems] == [("image_urls", 1)]


def test_all_problems_at_once() -> None:
    bad = video(format="avi", size_bytes=60 * MB, width=200, height=200, duration_s=20.0,
                fps=10.0)
    got = set(codes(check_item(bad)))
    assert {"format", "too_large", "dimensions", "frame_pixels", "duration", "fps"} <= got
