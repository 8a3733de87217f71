"""Clip names: the template, slugs in any script, names valid everywhere, no clobbering."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.clips.naming import (
    DEFAULT_TEMPLATE,
    MAX_NAME_BYTES,
    render_name,
    safe_filename,
    slugify,
    unique_path,
)

WHEN = datetime(2026, 3, 4, 5, 6, 7)
TASK = "task-unified-1757156493-abcd1234"


def render(template: str = DEFAULT_TEMPLATE, **kw: Any) -> str:
    args: dict[str, Any] = dict(created=WHEN, model="seedance-2.0-fast-text-to-video",
                                prompt="A red fox runs through snow", task_id=TASK,
                                quality="720p", aspect="16:9", duration=5)
    args.update(kw)
    return render_name(template, **args)


def test_the_default_template() -> None:
    assert render() == (
        "2026-03-04_050607_fast-text-to-video_a-red-fox-runs-through-snow_abcd1234.mp4")


def test_every_placeholder() -> None:
    name = render("{date} {time} {model} {short-id} {task-id} {quality} {aspect} {duration}",
                  model="seedance-2.0-image-to-video")
    assert name == (f"2026-03-04_050607 050607 image-to-video abcd1234 {TASK} 720p 16x9 5s.mp4")


def test_an_unknown_placeholder_is_named_in_the_error() -> None:
    with pytest.raises(ValueError, match=r"unknown placeholder \{prompt\}.*\{prompt-slug\}"):
        render("{date}_{prompt}.mp4")


@pytest.mark.parametrize("template", ["{date", "date}_x", "{date}}", "{{date}"])
def test_a_stray_brace_is_an_error(template: str) -> None:
    with pytest.raises(ValueError, match="unmatched"):
        render(template)


def test_chinese_is_kept_and_accents_are_folded() -> None:
    assert slugify("一只猫在屋顶上") == "一只猫在屋顶上"
    assert slugify("Café crème, s'il vous plaît!") == "cafe-creme-s-il-vous-plait"
    assert slugify("Ｆｕｌｌｗｉｄｔｈ ＡＢＣ") == "fullwidth-abc"
    assert slugify("🐱🐱 ...") == "untitled"


def test_the_slug_is_bounded_and_cut_between_words() -> None:
    slug = slugify("one two three four five six seven eight nine ten eleven")
    assert slug == "one-two-three-four-five-six-seven-eight"
    assert len(slugify("猫" * 100)) == 40


@pytest.mark.parametrize(("raw", "expected"), [
    ("CON", "_CON.mp4"), ("nul.mp4", "_nul.mp4"), ("com1.backup", "_com1.backup.mp4"),
    ("clip. . .", "clip.mp4"), ("a:b/c\\d*e?f\"g<h>i|j", "a-b-c-d-e-f-g-h-i-j.mp4"),
    ("", "clip.mp4"), ("...", "clip.mp4"), ("x.MP4", "x.mp4"), ("tab\there", "tab-here.mp4"),
])
def test_safe_filename(raw: str, expected: str) -> None:
    assert safe_filename(raw) == expected


_WINDOWS_BAD = set('/\\:*?"<>|') | {chr(c) for c in range(32)}


@settings(max_examples=300, deadline=None)
@given(prompt=st.text(max_size=400), literal=st.text(max_size=300).map(
    lambda s: s.replace("{", "(").replace("}", ")")))
def test_any_prompt_and_template_text_give_a_valid_name(prompt: str, literal: str) -> None:
    name = render(literal + "_{prompt-slug}_{short-id}", prompt=prompt)
    assert not _WINDOWS_BAD & set(name)
    assert name.endswith(".mp4")
    stem = name.removesuffix(".mp4")
    assert stem and stem == stem.rstrip(". ")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert stem.split(".")[0].strip().lower() not in {"con", "prn", "aux", "nul", "com1", "lpt1"}


def test_a_rendered_name_can_be_created_on_disk(tmp_path: Path) -> None:
    name = render(prompt="夜晚的咖啡馆 / neon: rain? <window> * |" * 10)
    path = tmp_path / name
    path.write_bytes(b"x")
    assert path.parent == tmp_path
    assert path.read_bytes() == b"x"


def test_unique_path_never_returns_a_taken_name(tmp_path: Path) -> None:
    assert unique_path(tmp_path, "a.mp4") == tmp_path / "a.mp4"
    (tmp_path / "a.mp4").write_bytes(b"1")
    assert unique_path(tmp_path, "a.mp4") == tmp_path / "a (2).mp4"
    (tmp_path / "a (2).mp4").write_bytes(b"2")
    (tmp_path / "a (3).mp4.part").write_bytes(b"half")  # another download under way
    assert unique_path(tmp_path, "a.mp4") == tmp_path / "a (4).mp4"
    assert (tmp_path / "a.mp4").read_bytes() == b"1"
