"""Test set-up: offscreen Qt, every async test on a qasync loop, a private data home per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> dict[str, Callable[[], Any]]:
    """Run every async test and fixture on the Qt event loop, as the app does."""
    import qasync
    from PySide6.QtWidgets import QApplication

    def make() -> Any:
        app = QApplication.instance() or QApplication([])
        # As in the app: qasync runs asyncio inside QApplication.exec(), and closing the last
        # visible window (a dialog, in a test) must not quit it and stop the loop mid-test.
        QApplication.setQuitOnLastWindowClosed(False)
        return qasync.QEventLoop(app)

    return {"qasync": make}


@pytest.fixture(autouse=True)
def studio_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data directory and no key from the developer's environment."""
    home = tmp_path / "studio-home"
    home.mkdir()
    monkeypatch.setenv("SEEDANCE_STUDIO_HOME", str(home))
    monkeypatch.delenv("EVOLINK_API_KEY", raising=False)
    monkeypatch.delenv("EVOLINK_BASE_URL", raising=False)
    monkeypatch.delenv("EVOLINK_FILES_BASE_URL", raising=False)
    return home
