"""Logging set-up: a rotating file in the log folder, with anything shaped like a key masked."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from app.services import paths

# Evolink keys start "sk-"; bearer headers are masked whatever they hold.
_SECRET = re.compile(r"(sk-[A-Za-z0-9_\-]{4,}?)([A-Za-z0-9_\-]{4})\b|(Bearer\s+)\S+")


def mask_secrets(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        if m.group(3):
            return m.group(3) + "…"
        return "sk-…" + m.group(2)

    return _SECRET.sub(repl, text)


class MaskSecrets(logging.Filter):
    """Rewrites every record so that no key reaches a handler, whatever a caller formatted."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_secrets(message)
        if masked != message or record.args:
            record.msg, record.args = masked, None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = mask_secrets(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def setup_logging(*, verbose: bool = False, console: bool = True,
                  log_file: Path | None = None) -> Path:
    """Root logging to a rotating file (INFO) and, when asked, stderr; returns the file."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_studio", False):
            root.removeHandler(handler)
    path = log_file or paths.log_dir() / "seedance-studio.log"
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                             encoding="utf-8")]
    if console:
        stream = logging.StreamHandler()
        stream.setLevel(logging.INFO if verbose else logging.WARNING)
        handlers.append(stream)
    for handler in handlers:
        handler.setFormatter(fmt)
        handler.addFilter(MaskSecrets())
        handler._studio = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its lines carry full URLs
    return path
