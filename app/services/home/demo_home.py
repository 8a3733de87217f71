"""The demo simulator's folder in the data folder, with the key and port this install's demo uses.

The demo's tasks outlive the app (the simulator keeps them in this folder), so the store's
tasks must reach the same simulator after a relaunch: the key is made once per install, and
the port of the last run is tried first, as the result links the store holds point at it.
The key is no secret (the simulator is on loopback and spends no money), but like any key
it is never logged whole (app.services.home.logs masks "sk-" keys).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from app.services.home.paths import data_dir

FOLDER: Final = "demo-simulator"
KEY_FILE: Final = "key"
PORT_FILE: Final = "port"
_KEY_PREFIX: Final = "sk-demo-"


def _write_new(path: Path, text: str) -> bool:
    """Create `path` holding `text`, whole or not at all; False when it exists already."""
    import secrets  # ~3 ms to import: only on the demo's first start

    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        with contextlib.suppress(OSError):
            tmp.chmod(0o600)
        os.link(tmp, path)  # unlike a rename, fails when another process made it first
        return True
    except FileExistsError:
        return False
    finally:
        tmp.unlink(missing_ok=True)


@dataclass(frozen=True)
class DemoHome:
    """The folder (`Simulator(state_dir=folder)`), its stable key, and the last port used."""

    folder: Path

    @classmethod
    def default(cls) -> DemoHome:
        folder = data_dir() / FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        return cls(folder)

    def key(self) -> str:
        """This install's demo key, made on first use."""
        path = self.folder / KEY_FILE
        for _ in range(2):
            with contextlib.suppress(FileNotFoundError):
                key = path.read_text(encoding="utf-8").strip()
                if key.startswith(_KEY_PREFIX) and len(key) > len(_KEY_PREFIX) + 8:
                    return key
                path.unlink(missing_ok=True)  # damaged: its tasks are lost either way
            import secrets

            _write_new(path, f"{_KEY_PREFIX}{secrets.token_hex(12)}\n")
        return path.read_text(encoding="utf-8").strip()

    def last_port(self) -> int:
        """The port of the last run, 0 when none (any free port)."""
        try:
            port = int((self.folder / PORT_FILE).read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            return 0
        return port if 1024 <= port <= 65535 else 0

    def remember_port(self, port: int) -> None:
        path = self.folder / PORT_FILE
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with contextlib.suppress(OSError):  # only a later relaunch would pick another port
            tmp.write_text(f"{port}\n", encoding="utf-8")
            os.replace(tmp, path)
