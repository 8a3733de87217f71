"""The core's messages in the interface language.

A Message carries its English template (written once, in app/core/catalog/, where
lupdate finds it) and its parameters: `render` translates the template and fills it again, a
parameter that is itself a Message rendered first. Any other string passes through unchanged.
"""

from __future__ import annotations

import logging
from typing import Final

from PySide6.QtCore import QCoreApplication

from app.core.message_catalog import CONTEXT as CATALOG_CONTEXT
from app.core.messages import Message
from app.core.problems import Problem

log = logging.getLogger(__name__)
CONTEXT: Final = CATALOG_CONTEXT


def render(text: str | Problem) -> str:
    """`text` in the interface language; a plain string stays as it is."""
    if isinstance(text, Problem):
        text = text.message
    if not isinstance(text, Message):
        return text
    source = text.template
    params = {k: render(v) if isinstance(v, Message) else v for k, v in text.params.items()}
    try:
        shown = QCoreApplication.translate(CONTEXT, source).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that broke a placeholder
        log.warning("translation of %r does not fit its parameters", source)
        return str(text)
    return shown or str(text)
