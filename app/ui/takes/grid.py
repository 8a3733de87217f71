"""The take grid: 2–9 clips playing in sync under one transport, what sets each apart written
under it; keys to pick the best, reject the rest and open one full size."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.core.models import GenerationRequest
from app.core.takes import differences
from app.services.clips.playback import Player
from app.services.clips.sidecar import read_sidecar
from app.ui.player.compare_sync import SyncedGroup
from app.ui.player.transport import SyncedTransport, TransportBar, add_shortcuts
from app.ui.takes.tile import TakeTile

ReadDetails = Callable[[Path], dict[str, Any] | None]
MAX_TILES: Final = 9


def request_of(details: dict[str, Any] | None) -> GenerationRequest | None:
    """The request a clip's sidecar records, or None (no sidecar, or one we cannot read)."""
    raw = details.get("request") if details else None
    if not isinstance(raw, dict):
        return None
    try:
        return GenerationRequest.model_validate(raw)
    except ValidationError:
        return None


def columns_for(count: int) -> int:
    """2 side by side, 3–4 in two rows of two, 5–6 in rows of three, 7–9 in a 3×3."""
    return max(1, math.ceil(math.sqrt(count)))


class TakeGrid(QWidget):
    """Up to nine clips, one transport (the longest clip leads, see SyncedGroup). The current
    tile (1–9, or a click) gives the sound and is what P, X and Enter act on.

    Keys: Space play/pause, Left/Right one frame, J one second back, K pause, L play (again:
    faster), M mute, 1–9 current tile, P pick (star) it, X reject the others, Enter open it.
    Signals: picked(object Path) — the current clip was starred; rejectRequested(list[Path]) —
    the user wants the other clips gone; openRequested(object Path); message(str).
    """

    picked = Signal(object)
    rejectRequested = Signal(list)
    openRequested = Signal(object)
    message = Signal(str)

    def __init__(self, players: Sequence[Player], parent: QWidget | None = None, *,
                 read_details: ReadDetails = read_sidecar) -> None:
        super().__init__(parent)
        if not 2 <= len(players) <= MAX_TILES:
            raise ValueError(f"a take grid holds 2 to {MAX_TILES} clips, not {len(players)}")
        self._read_details = read_details
        self.group = SyncedGroup(players, self)
        self.tiles = [TakeTile(p, i + 1) for i, p in enumerate(players)]
        self.transport = TransportBar()
        self.status = QLabel()
        self.current = 0
        self._grid = QGridLayout()
        self.link = SyncedTransport(self.transport, self.group, self)
        group, link = self.group, self.link
        keys: dict[str, Callable[[], None]] = {
            "Space": group.toggle, "Left": lambda: group.step_frames(-1),
            "Right": lambda: group.step_frames(1), "J": link.jump_back, "K": group.pause,
            "L": link.play_or_faster, "M": self.transport.mute_button.toggle,
            "P": self.pick_current, "X": self.reject_others,
            "Return": self._open_current, "Enter": self._open_current}
        for n in range(1, len(players) + 1):
            keys[str(n)] = self._current_setter(n - 1)
        self._setup_ui()
        self.shortcuts = add_shortcuts(self, keys)
        t = self.transport
        t.mute_button.toggled.connect(lambda _m: self._apply_sound())
        t.volume.valueChanged.connect(lambda _v: self._apply_sound())
        link.ready.connect(self._apply_sound)
        for tile in self.tiles:
            tile.player.errorOccurred.connect(
                lambda text, n=tile.number: self.message.emit(
                    self.tr("Take %1: %2").replace("%1", str(n)).replace("%2", text)))

    def _setup_ui(self) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        t = self.transport
        t.loop_button.setChecked(True)
        t.volume.setValue(100)
        t.show_rate(1.0)
        t.full_button.setVisible(False)  # the window is the full view; Enter opens one clip
        t.set_playable(False)
        self._place_tiles()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._grid, 1)
        layout.addWidget(t)
        layout.addWidget(self.status)

    def _place_tiles(self) -> None:
        """The tiles not rejected, row by row, in as square a grid as they make."""
        shown = self.shown()
        cols = columns_for(len(shown))
        for tile in self.tiles:
            self._grid.removeWidget(tile)
        for i, tile in enumerate(shown):
            self._grid.addWidget(tile, i // cols, i % cols)
        for c in range(MAX_TILES):
            self._grid.setColumnStretch(c, 1 if c < cols else 0)

    # -- commands --------------------------------------------------------------------------

    def open_clips(self, paths: Sequence[Path]) -> None:
        """Show `paths` (as many as tiles), all paused on their first frame."""
        if len(paths) != len(self.tiles):
            raise ValueError(f"{len(self.tiles)} tiles, {len(paths)} clips")
        self.group.pause()
        self.group.reset()
        self.transport.set_playable(False)
        self.transport.clear()
        requests = [request_of(self._read_details(p)) for p in paths]
        for tile, path, differs in zip(self.tiles, paths, differences(requests), strict=True):
            tile.show_clip(path, differs)
            tile.set_picked(False)
            tile.setHidden(False)
        self._place_tiles()
        for tile in self.tiles:
            tile.player.open(tile.path or Path())
        self.set_current(0)

    def shown(self) -> list[TakeTile]:
        return [tile for tile in self.tiles if not tile.isHidden()]

    def set_current(self, index: int) -> None:
        if not 0 <= index < len(self.tiles) or self.tiles[index].isHidden():
            return
        self.current = index
        for i, tile in enumerate(self.tiles):
            tile.set_current(i == index)
        tile = self.tiles[index]
        self.status.setText(self.tr("Take %1 is current: P picks it, X rejects the others, "
                                    "Enter opens it").replace("%1", str(tile.number)))
        self._apply_sound()

    def pick_current(self) -> None:
        tile = self.tiles[self.current]
        if tile.path is None:
            return
        for other in self.tiles:
            other.set_picked(other is tile)
        self.picked.emit(tile.path)

    def reject_others(self) -> None:
        others = [t.path for t in self.shown() if t is not self.tiles[self.current] and t.path]
        if others:
            self.rejectRequested.emit(others)

    def hide_clips(self, paths: Sequence[Path]) -> None:
        """Take these clips off the grid (rejected); the others go on playing."""
        gone = set(paths)
        for tile in self.tiles:
            if tile.path in gone:
                tile.player.pause()
                tile.setVisible(False)
        self._place_tiles()
        if self.tiles[self.current].isHidden():
            self.set_current(self.tiles.index(self.shown()[0]))

    def shutdown(self) -> None:
        """Stop following and let go of every clip (the decoders stop now)."""
        self.group.pause()
        self.group.reset()
        for player in self.group.players:
            player.close()

    # -- slots -----------------------------------------------------------------------------

    def _current_setter(self, index: int) -> Callable[[], None]:
        return lambda: self.set_current(index)

    def _open_current(self) -> None:
        tile = self.tiles[self.current]
        if tile.path is not None:
            self.openRequested.emit(tile.path)

    def _apply_sound(self) -> None:
        """Only the current tile is heard: nine soundtracks at once are noise."""
        t = self.transport
        for i, tile in enumerate(self.tiles):
            tile.player.set_volume(t.volume.value() / 100)
            tile.player.set_muted(i != self.current or t.mute_button.isChecked())
