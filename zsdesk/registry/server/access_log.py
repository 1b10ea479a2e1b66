"""The access log without personal numbers.

uvicorn logs every request line, query string included ("GET /api/v1/_sandbox/sms?phone=139…").
`install_access_log_filter` puts a filter on the "uvicorn.access" logger that rewrites the line
before any handler sees it: in the query, a value holding a run of 7 or more digits (any script's
digits, percent-encoded or not: phones, ID numbers) becomes ``***``; in the path, mobile and ID
numbers do. A filter on the logger survives uvicorn's own logging configuration, which replaces
handlers but keeps filters.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import parse_qsl, quote, unquote

ACCESS_LOGGER = "uvicorn.access"
MASK = "***"

_LONG_DIGITS = re.compile(r"\d{7,}")   # \d: every script's decimal digits, as int() reads them
# In the path: mobiles (with +86/0086 glued on) and 15/18-digit ID numbers.
_PATH_NUMBERS = re.compile(r"(?<!\d)(?:\+?86|0086)?1[3-9]\d{9}(?!\d)|(?<!\d)(?:\d{17}[\dXx]|\d{15})(?!\d)")


def _digits_only(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _sensitive(value: str) -> bool:
    plain = unquote(value)
    return bool(_LONG_DIGITS.search(plain)) or len(_digits_only(plain)) >= 7


def mask_request_target(target: str) -> str:
    """`path?query` as uvicorn logs it, with personal numbers masked."""
    path, sep, query = target.partition("?")
    path = _PATH_NUMBERS.sub(MASK, unquote(path))
    path = quote(path, safe="/*-_.~")
    if not sep:
        return path
    parts = []
    for key, value in parse_qsl(query, keep_blank_values=True):
        shown_key = MASK if _sensitive(key) else quote(key, safe="")
        shown_value = MASK if _sensitive(value) else quote(value, safe="")
        parts.append(f"{shown_key}={shown_value}")
    if not parts and query:
        parts.append(MASK if _sensitive(query) else quote(unquote(query), safe="=&"))
    return f"{path}?{'&'.join(parts)}"


class AccessLogMask(logging.Filter):
    """uvicorn's record: ``'%s - "%s %s HTTP/%s" %d'`` with (client, method, target, version, status)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], mask_request_target(args[2]), *args[3:])
        elif isinstance(record.msg, str):
            # Not uvicorn's usual shape: mask every long number in the whole line.
            record.msg = _LONG_DIGITS.sub(MASK, _PATH_NUMBERS.sub(MASK, record.getMessage()))
            record.args = None
        return True


def install_access_log_filter() -> None:
    """Idempotent."""
    logger = logging.getLogger(ACCESS_LOGGER)
    if not any(isinstance(f, AccessLogMask) for f in logger.filters):
        logger.addFilter(AccessLogMask())


__all__ = ["AccessLogMask", "install_access_log_filter", "mask_request_target"]
