"""Logging set-up: a rotating file in the log folder, with anything shaped like a key masked."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from app.services.home import paths

# Evolink keys start "sk-"; bearer headers are masked whatever they hold.
# Only a key that starts a word: "sk-" inside a task id ("task-…") is not one.
_SECRET = re.compile(r"(?<![A-Za-z0-9_\-])(sk-[A-Za-z0-9_\-]{4,}?)([A-Za-z0-9_\-]{4})\b"
                     r"|(Bearer\s+)\S+")


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


def _file_handler(path: Path | None) -> tuple[logging.Handler | None, Path | None]:
    """The rotating log file, or None when its folder cannot be made or written (read-only)."""
    try:
        path = path or paths.log_dir() / "seedance-studio.log"
        return logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                                    encoding="utf-8"), path
    except OSError:
        return None, None


def setup_logging(*, verbose: bool = False, console: bool = True,
                  log_file: Path | None = None) -> Path | None:
    """Root logging to a rotating file (INFO) and, when asked, stderr; returns the file, or
    None when it cannot be written (a read-only folder): then warnings go to stderr alone."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_studio", False):
            root.removeHandler(handler)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    file_handler, path = _file_handler(log_file)
    handlers: list[logging.Handler] = [file_handler] if file_handler else []
    if console or file_handler is None:
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
