"""Rotating log file in the user log directory; personal numbers never reach it."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

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


_configured: Path | None = None


def setup_logging(log_file: Path, level: int = logging.INFO) -> Path:
    """Idempotent: the app and tests may call it more than once."""
    global _configured
    if _configured == log_file:
        return log_file
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
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
