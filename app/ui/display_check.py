"""Say in one sentence that there is no display, before Qt aborts with a message about plugins."""

from __future__ import annotations

import os
import re
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

X11_SOCKETS = Path("/tmp/.X11-unix")
HEADLESS_HINT = ("start it from a desktop session, or headless under a virtual display "
                 "(xvfb-run -a seedance-studio); the command line needs no display "
                 "(seedance-studio --help)")


def _x_socket_answers(number: str) -> bool:
    """A local X server listens on its socket file or on the abstract socket of the same name."""
    path = str(X11_SOCKETS / f"X{number}")
    for address in (path, "\0" + path):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(1.0)
            try:
                sock.connect(address)
            except OSError:
                continue
            return True
    return False


def display_problem(env: Mapping[str, str] = os.environ,
                    platform: str = sys.platform) -> str | None:
    """Why no window can open here, or None when one can (or we cannot tell)."""
    if platform != "linux":
        return None
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa and not qpa.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs…: they need no display server
    if env.get("WAYLAND_DISPLAY") and not qpa.startswith("xcb"):
        return None
    display = env.get("DISPLAY", "")
    if not display:
        return f"No display was found (DISPLAY is not set): {HEADLESS_HINT}."
    # Only a local display (":1", "unix:1.0") can be checked cheaply; ssh's "localhost:10" is TCP.
    local = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    if local and not _x_socket_answers(local.group(1)):
        return (f"Cannot connect to the display {display} (no X server answers there): "
                f"{HEADLESS_HINT}.")
    return None
