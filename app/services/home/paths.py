"""Where the studio keeps its data, clips, logs and cache; each directory is created on demand."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from app import APP_ID, APP_NAME

HOME_ENV = "SEEDANCE_STUDIO_HOME"  # one folder for everything: tests and portable installs


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    home = _home()
    return _ensure(home or Path(platformdirs.user_data_dir(APP_ID, appauthor=False)))


def clips_dir() -> Path:
    home = _home()
    return _ensure(home / "clips" if home else Path(platformdirs.user_videos_dir()) / APP_NAME)


def log_dir() -> Path:
    home = _home()
    return _ensure(
        home / "logs" if home else Path(platformdirs.user_log_dir(APP_ID, appauthor=False))
    )


def cache_path() -> Path:
    """Where the cache folder is, without making it (a user of it makes what it writes)."""
    home = _home()
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP_ID, appauthor=False))


def cache_dir() -> Path:
    return _ensure(cache_path())


def store_path() -> Path:
    return data_dir() / "studio.sqlite3"
