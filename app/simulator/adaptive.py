"""`aspect_ratio: "adaptive"` on image-to-video follows the first frame's shape [seen].

The simulator can tell only for images uploaded to itself (it reads their header, not the
pixels); an image on another host would need a fetch, so those stay 16:9.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from urllib.parse import urlsplit

from PySide6.QtGui import QImageReader

from app.core.capabilities import MODELS, AspectRatio, Mode
from app.core.models import GenerationRequest
from app.simulator.context import Upload

_SHAPES = [a for a in AspectRatio if a is not AspectRatio.ADAPTIVE]


def nearest_aspect(width: int, height: int) -> AspectRatio:
    """The documented ratio closest to width:height (compared as logarithms)."""
    want = math.log(width / height)

    def distance(a: AspectRatio) -> float:
        w, h = (int(x) for x in a.value.split(":"))
        return abs(math.log(w / h) - want)

    return min(_SHAPES, key=distance)


def first_frame_aspect(req: GenerationRequest, uploads: Mapping[str, Upload]) -> AspectRatio | None:
    spec = MODELS.get(req.model)
    if spec is None or spec.mode is not Mode.IMAGE or not req.image_urls:
        return None
    parts = urlsplit(req.image_urls[0]).path.split("/")
    # /files/uploads/{file_id}/{name}
    if len(parts) < 4 or parts[1:3] != ["files", "uploads"] or parts[3] not in uploads:
        return None
    size = QImageReader(str(uploads[parts[3]].path)).size()
    if not size.isValid() or size.width() <= 0 or size.height() <= 0:
        return None
    return nearest_aspect(size.width(), size.height())
