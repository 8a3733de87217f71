"""Typed settings declared once: defaults, round trips, refusals, the private config folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from app.services.account.keychain import KeyProvider
from app.services.clips import naming
from app.services.home.settings import (
    API_BASE_URL,
    CLIPS_FOLDER,
    DECLARED,
    FILENAME_TEMPLATE,
    LANGUAGE,
    NOTIFICATIONS,
    POLL_CONCURRENCY,
    THEME,
    InvalidSetting,
    Setting,
    Settings,
    UnknownSetting,
    declared,
    example_name,
)
from app.services.home.startup import StartMode, plan_start, record_choice
from app.services.home.window_state import WindowState

KEY = "sk-test-LEAKMARK-settings-0000wxyz"


def test_every_setting_has_a_description_and_a_valid_default() -> None:
    keys = [s.key for s in DECLARED]
    assert len(keys) == len(set(keys))
    for setting in DECLARED:
        assert setting.description.strip(), setting.key
        assert setting.problem(setting.default) is None, setting.key
        assert isinstance(setting.default, setting.type)


def test_defaults_and_the_file_under_the_studio_home(studio_home: Path) -> None:
    settings = Settings.open_default()
    assert settings[FILENAME_TEMPLATE] == naming.DEFAULT_TEMPLATE
    assert settings[POLL_CONCURRENCY] == 4
    assert settings[NOTIFICATIONS] is True
    assert settings.file_path.is_relative_to(studio_home)
    assert settings.clips_folder().is_relative_to(studio_home)


def test_values_round_trip_with_their_types(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings.open_default()
    with qtbot.waitSignal(settings.changed) as got:
        settings.set(POLL_CONCURRENCY, 9)
    assert got.args == ["poll_concurrency"]
    settings.set(NOTIFICATIONS, False)
    settings.set(LANGUAGE, "zh_CN")
    settings.set(API_BASE_URL, "http://127.0.0.1:8765")
    settings.set(CLIPS_FOLDER, str(tmp_path))
    fresh = Settings.open_default()
    assert fresh[POLL_CONCURRENCY] == 9
    assert fresh[NOTIFICATIONS] is False
    assert fresh[LANGUAGE] == "zh_CN"
    assert fresh[API_BASE_URL] == "http://127.0.0.1:8765"
    assert fresh.clips_folder() == tmp_path
    with qtbot.assertNotEmitted(settings.changed):
        settings.set(POLL_CONCURRENCY, 9)  # no change, no signal
    with qtbot.waitSignal(settings.changed):
        settings.reset(POLL_CONCURRENCY)
    assert Settings.open_default()[POLL_CONCURRENCY] == 4


TYPO = Setting("poll_concurency", int, 3, "not declared")


@pytest.mark.parametrize("call", ["getitem", "set", "reset", "problem", "declared"])
def test_an_unknown_key_is_an_error(call: str) -> None:
    settings = Settings.open_default()
    calls: dict[str, Callable[[], object]] = {
        "getitem": lambda: settings[TYPO], "set": lambda: settings.set(TYPO, 3),
        "reset": lambda: settings.reset(TYPO), "problem": lambda: settings.problem(TYPO, 3),
        "declared": lambda: declared("poll_concurency")}
    with pytest.raises(UnknownSetting, match="poll_concurency"):
        calls[call]()
    assert "poll_concurency" not in settings._store.allKeys()


@pytest.mark.parametrize(("key", "value", "words"), [
    ("api_base_url", "http://api.example.com", "https"),
    ("api_base_url", "not a url", "not an http(s) URL"),
    ("filename_template", "{date", "unmatched"),
    ("filename_template", "{nope}", "unknown placeholder"),
    ("poll_concurrency", 0, "between 1 and 16"),
    ("poll_concurrency", "4", "whole number"),
    ("notifications", "yes", "on or off"),
    ("theme", "purple", "one of system, light, dark"),
    ("default_model", "seedance-3", "one of"),
    ("clips_folder", "relative/path", "full path"),
])
def test_bad_values_are_refused_with_a_reason(key: str, value: object, words: str) -> None:
    settings = Settings.open_default()
    with pytest.raises(InvalidSetting, match=words.replace("(", r"\(").replace(")", r"\)")):
        settings.set(declared(key), value)
    assert settings[declared(key)] == declared(key).default


def test_a_hand_broken_file_falls_back_to_defaults() -> None:
    settings = Settings.open_default()
    settings._store.setValue("poll_concurrency", "lots")
    settings._store.setValue("theme", "neon")
    settings._store.setValue("notifications", "maybe")
    assert settings[POLL_CONCURRENCY] == 4
    assert settings[THEME] == "system"
    assert settings[NOTIFICATIONS] is True


def test_example_name_shows_the_template_filled_in() -> None:
    assert example_name("{model}_{quality}_{aspect}") == "fast-text-to-video_720p_16x9.mp4"


def test_window_state_round_trips() -> None:
    state = WindowState.open_default()
    state.save_geometry("main", QByteArray(b"\x01\x02geometry"))
    state.save_panel("queue", {"columns": [120, 80], "sort": "created", "名字": "中文"})
    fresh = WindowState.open_default()
    assert fresh.geometry("main") == QByteArray(b"\x01\x02geometry")
    assert fresh.panel("queue") == {"columns": [120, 80], "sort": "created", "名字": "中文"}
    assert fresh.geometry("other") is None
    assert fresh.panel("other") == {}
    with pytest.raises(KeyError):
        fresh.set_flag("welcom_done", True)


def test_window_state_is_kept_apart_from_settings() -> None:
    state = WindowState.open_default()
    state.save_panel("queue", {"a": 1})
    settings = Settings.open_default()
    assert not any(k.startswith("panel") for k in settings._store.allKeys())


def test_start_up_decision() -> None:
    state = WindowState.open_default()
    nothing = KeyProvider(env={})
    nothing.resolve = lambda: None  # type: ignore[method-assign]  # no keychain consulted
    assert plan_start(nothing, state).mode is StartMode.WELCOME
    assert plan_start(nothing, state, demo=True).mode is StartMode.DEMO
    record_choice(state, demo=True)
    assert plan_start(nothing, WindowState.open_default()).mode is StartMode.DEMO
    with_key = KeyProvider(env={"EVOLINK_API_KEY": KEY})
    plan = plan_start(with_key, state)
    assert plan.mode is StartMode.REAL and plan.source is not None
    assert plan.source.origin == "env"
    assert plan_start(with_key, state, demo=True).mode is StartMode.DEMO
