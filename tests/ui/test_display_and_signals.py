"""Starting and stopping cleanly: no display in one sentence, SIGTERM/SIGINT through Qt's loop."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from app.ui import display_check, quit_signals
from app.ui.display_check import display_problem

ROOT = Path(__file__).resolve().parents[2]


def test_no_display_variable_is_one_sentence_with_what_to_do() -> None:
    problem = display_problem({}, "linux")
    assert problem is not None and "DISPLAY is not set" in problem
    assert "xvfb-run" in problem and "\n" not in problem


def test_a_display_nobody_listens_on_is_named(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(display_check, "X11_SOCKETS", tmp_path)
    problem = display_problem({"DISPLAY": ":7"}, "linux")
    assert problem is not None and "Cannot connect to the display :7" in problem


def test_a_listening_x_socket_is_a_display(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(display_check, "X11_SOCKETS", tmp_path)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "X7"))
        server.listen()
        assert display_problem({"DISPLAY": ":7.0"}, "linux") is None
        assert display_problem({"DISPLAY": "unix:7"}, "linux") is None


@pytest.mark.parametrize("env", [
    {"QT_QPA_PLATFORM": "offscreen"},  # needs no display server
    {"WAYLAND_DISPLAY": "wayland-0"},  # Qt picks Wayland
    {"DISPLAY": "localhost:10.0"},  # ssh forwarding: TCP, not checked
])
def test_what_needs_no_local_x_server_passes(env: dict[str, str]) -> None:
    assert display_problem(env, "linux") is None


def test_other_systems_are_not_second_guessed() -> None:
    assert display_problem({}, "darwin") is None
    assert display_problem({}, "win32") is None


def test_the_app_without_a_display_says_so_and_exits_1(studio_home: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, "-m", "app"], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=60)
    assert out.returncode == 1
    assert out.stderr.startswith("seedance-studio: No display was found")
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_reaches_the_handler_through_the_qt_loop(qtbot: QtBot, signum: int) -> None:
    seen: list[int] = []
    before = signal.getsignal(signum)
    uninstall = quit_signals.install(lambda number, _frame: seen.append(number))
    try:
        os.kill(os.getpid(), signum)
        qtbot.waitUntil(lambda: seen == [signum], timeout=2000)
    finally:
        uninstall()
    assert signal.getsignal(signum) is before  # undone: pytest's own handler is back


def test_sigterm_closes_every_window_the_ordinary_way(qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quit_signals, "_requested", False)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    uninstall = quit_signals.install()
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    finally:
        uninstall()
    assert quit_signals.requested()
    assert QApplication.instance() is not None
