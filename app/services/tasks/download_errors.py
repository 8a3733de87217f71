"""How a clip's download ends badly: light, so that the queue can tell them apart without
loading the download machinery (httpx) before the window has painted."""

from __future__ import annotations

from app.core.messages import SaidError


class DownloadExpired(SaidError):
    """The result URL answered 403/404/410. That may be a link past its 24 h (`said_expired`:
    the server's answer says so), or a passing refusal of a fresh one: the caller decides."""

    def __init__(self, message: str, *, status: int = 0, said_expired: bool = False) -> None:
        super().__init__(message)
        self.status, self.said_expired = status, said_expired


class DownloadFailed(SaidError):
    """The clip could not be downloaded; the message is plain words for the user."""
