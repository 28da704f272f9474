"""The profile's log file, with secrets masked before anything is written.

Connectors register every secret they load (`register_secret`); the filter replaces it with
`***` in messages, arguments and tracebacks, so a password can never reach the log even when an
exception message quotes it.
"""

from __future__ import annotations

import logging
import logging.handlers
import threading
from pathlib import Path

from shopinbox.paths import make_private

_secrets: set[str] = set()
_lock = threading.Lock()
MASK = "***"


def register_secret(secret: str | None) -> None:
    """Remember a secret so that it is masked in every later log record."""
    if secret and len(secret) >= 4:
        with _lock:
            _secrets.add(secret)


def redact(text: str) -> str:
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        text = text.replace(secret, MASK)
    return text


class SecretRedactingFilter(logging.Filter):
    """Formats the record early and masks registered secrets in the result."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info:
            formatted = logging.Formatter().formatException(record.exc_info)
            record.exc_text = redact(formatted)
            record.exc_info = None
        return True


def setup_logging(log_file: Path, level: int = logging.INFO) -> None:
    """Send the package's records to a rotating file in the profile (idempotent per file)."""
    root = logging.getLogger("shopinbox")
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "shopinbox_file", None) == str(log_file):
            return
        if getattr(handler, "shopinbox_file", None):
            root.removeHandler(handler)
            handler.close()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    make_private(log_file)  # the log may name customers: 0600, like the database
    handler.shopinbox_file = str(log_file)  # type: ignore[attr-defined]
    handler.addFilter(SecretRedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
