"""Rotating log file in the user log directory; personal numbers never reach it."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from zsdesk.private_files import private_dir, private_file

_FALLBACK_ID = re.compile(r"(?<![0-9A-Za-z])(\d{6})\d{5,8}(\d{3}[\dXx])(?![0-9A-Za-z])")
_FALLBACK_PHONE = re.compile(r"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)")


def _fallback_mask(text: str) -> str:
    text = _FALLBACK_ID.sub(lambda m: f"{m.group(1)}********{m.group(2)}", text)
    return _FALLBACK_PHONE.sub(lambda m: f"{m.group(1)}****{m.group(2)}", text)


def mask(text: str) -> str:
    """ID numbers and phones masked; the domain's masker when present, a strict fallback otherwise."""
    try:
        from zsdesk.domain.masking import mask_text
    except ImportError:
        return _fallback_mask(text)
    return _fallback_mask(mask_text(text))


class MaskingFilter(logging.Filter):
    """Rewrites every record's final text (message, arguments and traceback) through `mask`."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        record.msg = mask(message)
        record.args = None
        return True


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every file it opens, the first and each one after a rollover, is owner-only (0600)."""

    def _open(self):  # type: ignore[no-untyped-def]
        private_file(Path(self.baseFilename))
        return super()._open()


_configured: Path | None = None


def setup_logging(log_file: Path, level: int = logging.INFO) -> Path:
    """Idempotent: the app and tests may call it more than once."""
    global _configured
    if _configured == log_file:
        return log_file
    private_dir(log_file.parent)
    handler = _PrivateRotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    handler.addFilter(MaskingFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_zsdesk", False)]:
        root.removeHandler(old)
        old.close()
    handler._zsdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    _configured = log_file
    return log_file
