"""User settings declared once as data (type, default, description, check), stored in QSettings.

Window state (geometry, splitters, panel state) lives apart, in `window_state.py`: clearing one
never loses the other (Picard's split of user options and UI state). The API key is not a
setting: it lives in the OS keychain (`keychain.py`).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

import platformdirs
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, Signal

from app import APP_ID
from app.core import api_facts
from app.core import capabilities as caps
from app.services.clips import naming
from app.services.home import paths

# The messages, the config checks (and what they import) load on the first problem found:
# the window frame imports this module before its first paint (app/ui/shell.py).

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.ini"
CONTEXT = "Settings"  # translation context of the descriptions below

THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "zh_CN")
FAST_TEXT_MODEL = "seedance-2.0-fast-text-to-video"

Value = bool | int | str
T = TypeVar("T", bool, int, str)


class UnknownSetting(KeyError):
    """A key that is not declared below: a typo, never a silent new entry."""


class InvalidSetting(ValueError):
    """A value the setting refuses; the message says why, in plain words."""


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One user setting: its type, default, a one-line description and how to check a value.

    The declared settings below are the keys: `settings[NOTIFICATIONS]` is a bool to mypy.
    """

    key: str
    type: type[T]
    default: T
    description: str
    choices: tuple[str, ...] = ()
    lo: int | None = None
    hi: int | None = None
    advanced: bool = False
    check: Callable[[Any], str | None] | None = None

    def problem(self, value: object) -> str | None:
        """None when `value` is acceptable, else a sentence (a Message) saying what is wrong."""
        from app.core.catalog import SettingFieldMsg
        from app.core.messages import Message

        if self.type is bool:
            return None if isinstance(value, bool) else Message(SettingFieldMsg.SETTING_ON_OFF)
        if self.type is int:
            if isinstance(value, bool) or not isinstance(value, int):
                return Message(SettingFieldMsg.SETTING_WHOLE_NUMBER)
            if (self.lo is not None and value < self.lo) or (self.hi is not None
                                                              and value > self.hi):
                return Message(SettingFieldMsg.SETTING_BETWEEN, lo=self.lo, hi=self.hi)
            return self.check(value) if self.check else None
        if not isinstance(value, str):
            return Message(SettingFieldMsg.SETTING_TEXT)
        if self.choices and value not in self.choices:
            return Message(SettingFieldMsg.SETTING_ONE_OF, choices=", ".join(self.choices))
        return self.check(value) if self.check else None


def _reason(exc: ValueError) -> str:
    """The exception's sentence, still a Message when it was raised with one (str() copies)."""
    from app.core.messages import Message

    first = exc.args[0] if exc.args else None
    return first if isinstance(first, Message) else str(exc)


def _check_url(value: str) -> str | None:
    from app.services.api.config import InsecureURL, require_secure

    try:
        require_secure(value)
    except InsecureURL as exc:
        return _reason(exc)
    return None


def _check_template(value: str) -> str | None:
    from app.core.catalog import SettingFieldMsg
    from app.core.messages import Message

    try:
        example_name(value)
    except ValueError as exc:
        return _reason(exc)
    return None if value.strip() else Message(SettingFieldMsg.TEMPLATE_EMPTY)


def _check_folder(value: str) -> str | None:
    from app.core.catalog import SettingFieldMsg
    from app.core.messages import Message

    if not value:
        return None  # empty: the platform's Videos folder
    path = Path(value).expanduser()
    if not path.is_absolute():
        return Message(SettingFieldMsg.FOLDER_NOT_FULL_PATH)
    if path.exists() and not path.is_dir():
        return Message(SettingFieldMsg.FOLDER_IS_FILE, path=str(path))
    return None


def example_name(template: str) -> str:
    """What the template makes of a sample clip: the live example under the template field."""
    return naming.render_name(
        template, created=datetime(2026, 5, 14, 9, 30, 0), model=FAST_TEXT_MODEL,
        prompt="A paper boat on a rainy street", task_id="task-unified-1760000000-ab12cd34",
        quality=caps.DEFAULT_QUALITY.value, aspect=caps.DEFAULT_ASPECT.value,
        duration=caps.DEFAULT_DURATION)




def _d(marked: object) -> str:
    """A description marked for lupdate (context "Settings"); the UI translates it."""
    return str(marked)


# The keys: read with `settings[KEY]`, typed by their declaration.
API_BASE_URL = Setting("api_base_url", str, api_facts.API_BASE_URL, _d(QT_TRANSLATE_NOOP(
    "Settings", "Address of the Evolink API. Change it only for a proxy or the simulator.")),
    advanced=True, check=_check_url)
CLIPS_FOLDER = Setting("clips_folder", str, "", _d(QT_TRANSLATE_NOOP(
    "Settings", "Folder where finished clips are saved (empty: your Videos folder).")),
    check=_check_folder)
FILENAME_TEMPLATE = Setting("filename_template", str, naming.DEFAULT_TEMPLATE, _d(
    QT_TRANSLATE_NOOP("Settings", "How saved clips are named; placeholders in braces.")),
    check=_check_template)
POLL_CONCURRENCY = Setting("poll_concurrency", int, 4, _d(QT_TRANSLATE_NOOP(
    "Settings", "How many unfinished tasks are checked on the server at the same time.")),
    lo=1, hi=16, advanced=True)
NOTIFICATIONS = Setting("notifications", bool, True, _d(QT_TRANSLATE_NOOP(
    "Settings", "Tell me when a clip is ready or a task fails.")))
THEME = Setting("theme", str, "system", _d(QT_TRANSLATE_NOOP(
    "Settings", "Light or dark look; “system” follows the desktop.")), choices=THEMES)
LANGUAGE = Setting("language", str, "system", _d(QT_TRANSLATE_NOOP(
    "Settings", "Language of the interface; the window reopens in it at once.")),
    choices=LANGUAGES)
DEFAULT_MODEL = Setting("default_model", str, FAST_TEXT_MODEL, _d(QT_TRANSLATE_NOOP(
    "Settings", "Model the composer starts with.")), choices=tuple(caps.MODELS))
DEFAULT_DURATION = Setting("default_duration", int, caps.DEFAULT_DURATION, _d(
    QT_TRANSLATE_NOOP("Settings", "Clip length, in seconds, the composer starts with.")),
    lo=caps.DURATION.lo, hi=caps.DURATION.hi)
DEFAULT_QUALITY = Setting("default_quality", str, caps.DEFAULT_QUALITY.value, _d(
    QT_TRANSLATE_NOOP("Settings", "Resolution the composer starts with.")),
    choices=tuple(q.value for q in caps.Quality))
DEFAULT_ASPECT_RATIO = Setting("default_aspect_ratio", str, caps.DEFAULT_ASPECT.value, _d(
    QT_TRANSLATE_NOOP("Settings", "Aspect ratio the composer starts with.")),
    choices=tuple(a.value for a in caps.AspectRatio))
DEFAULT_GENERATE_AUDIO = Setting("default_generate_audio", bool, True, _d(QT_TRANSLATE_NOOP(
    "Settings", "Generate a sound track by default (free of charge).")))
DAILY_BUDGET = Setting("daily_budget", int, 0, _d(QT_TRANSLATE_NOOP(
    "Settings", "Credits a day: a submission that would take today's spending past it "
    "asks first (0: no budget). Demo clips count too.")), lo=0, hi=10_000_000)

DECLARED: tuple[Setting[Any], ...] = (
    API_BASE_URL, CLIPS_FOLDER, FILENAME_TEMPLATE, POLL_CONCURRENCY, NOTIFICATIONS, THEME,
    LANGUAGE, DEFAULT_MODEL, DEFAULT_DURATION, DEFAULT_QUALITY, DEFAULT_ASPECT_RATIO,
    DEFAULT_GENERATE_AUDIO, DAILY_BUDGET)
BY_KEY: dict[str, Setting[Any]] = {s.key: s for s in DECLARED}


def config_dir() -> Path:
    """Where settings files live: under SEEDANCE_STUDIO_HOME when set (tests, portable use)."""
    home = os.environ.get(paths.HOME_ENV, "").strip()
    path = (Path(home).expanduser() / "config" if home
            else Path(platformdirs.user_config_dir(APP_ID, appauthor=False)))
    path.mkdir(parents=True, exist_ok=True)
    return path


def ini_settings(name: str) -> QSettings:
    """A QSettings on an INI file in `config_dir()`: readable, and never the registry."""
    return QSettings(str(config_dir() / name), QSettings.Format.IniFormat)


def declared(key: str) -> Setting[Any]:
    """The setting called `key` (a form that lists settings by name); UnknownSetting if none."""
    try:
        return BY_KEY[key]
    except KeyError:
        raise UnknownSetting(f"no setting is called {key!r}") from None


def _checked(setting: Setting[T]) -> Setting[T]:
    """The setting itself when it is one of the declared ones, else UnknownSetting."""
    if BY_KEY.get(setting.key) is not setting:
        raise UnknownSetting(f"no setting is called {setting.key!r}")
    return setting


def _decode(setting: Setting[Any], raw: object) -> Value:
    """A stored value as its declared type; INI files keep everything as text."""
    if setting.type is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("true", "1", "yes", "on"):
            return True
        if text in ("false", "0", "no", "off"):
            return False
        raise ValueError(text)
    if setting.type is int:
        return int(str(raw).strip())
    return str(raw)


class Settings(QObject):
    """Typed access to the declared user settings: `settings[NOTIFICATIONS]` is a bool.

    Signals: changed(str key) — a setting got a new value through `set` or `reset`.
    """

    changed = Signal(str)

    def __init__(self, store: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    @classmethod
    def open_default(cls, parent: QObject | None = None) -> Settings:
        return cls(ini_settings(SETTINGS_FILE), parent)

    @property
    def file_path(self) -> Path:
        return Path(self._store.fileName())

    def __getitem__(self, setting: Setting[T]) -> T:
        """The value, or the default when unset or unreadable (a hand-edited file)."""
        key = _checked(setting).key
        raw = self._store.value(key)
        if raw is None:
            return setting.default
        try:
            value: Value | None = _decode(setting, raw)
        except ValueError:
            value = None
        if value is None or setting.problem(value):
            log.warning("setting %s has an unusable stored value; using the default", key)
            return setting.default
        return cast(T, value)

    def problem(self, setting: Setting[Any], value: object) -> str | None:
        return _checked(setting).problem(value)

    def set(self, setting: Setting[T], value: T) -> None:
        """Store a value; InvalidSetting says why one is refused, UnknownSetting if undeclared."""
        why = _checked(setting).problem(value)
        if why:
            raise InvalidSetting(why)
        if self[setting] == value:  # a default stays unstored, so it can follow new releases
            return
        self._store.setValue(setting.key, value)
        self._store.sync()
        self.changed.emit(setting.key)

    def reset(self, setting: Setting[Any]) -> None:
        key = _checked(setting).key
        if self._store.contains(key):
            self._store.remove(key)
            self._store.sync()
            self.changed.emit(key)

    def clips_folder(self) -> Path:
        """The folder clips are saved in: the setting, else the platform's Videos folder."""
        value = self[CLIPS_FOLDER]
        return Path(value).expanduser() if value else paths.clips_dir()
