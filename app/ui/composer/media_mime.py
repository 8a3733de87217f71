"""Read dropped or pasted data as media sources: local files, http(s) URLs, a pasted image."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from app.services.media.inputs import is_url

SLOT_MIME = "application/x-seedance-slot"  # a slot dragged within its strip: b"kind:index"


def slot_drag(mime: QMimeData) -> tuple[str, int] | None:
    """(kind, index) of a slot being reordered, or None when the drag is something else."""
    if not mime.hasFormat(SLOT_MIME):
        return None
    kind, _, index = bytes(mime.data(SLOT_MIME).data()).decode().partition(":")
    return (kind, int(index)) if index.isdigit() else None


def sources(mime: QMimeData) -> list[str]:
    """Paths and URLs in the order given; text is read as one URL per line."""
    out: list[str] = []
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                out.append(url.toLocalFile())
            elif url.scheme() in ("http", "https"):
                out.append(url.toString())
    if not out and mime.hasText():
        out = [line.strip() for line in mime.text().splitlines() if is_url(line.strip())]
    return out


def accepts(mime: QMimeData) -> bool:
    return bool(slot_drag(mime) or sources(mime) or mime.hasImage())
