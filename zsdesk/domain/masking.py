"""Masked display of personal numbers (lists, printouts, logs).

Lists show only what an agent needs to tell two people apart: ID first 6 + last 4,
phone first 3 + last 4, bank account last 4. Short or odd values are masked more,
never less: a masker must not reveal a whole number because it did not fit a pattern.
"""

from __future__ import annotations

import re

_STAR = "*"

# 18-digit resident IDs / residence permits (last char may be X) and first-generation
# 15-digit IDs, not glued to other digits or letters (so a 20-digit bank account is not
# half-masked as an ID).
_ID_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")
# Mainland mobile numbers, optionally with +86 / 86 prefix.
_MOBILE_IN_TEXT = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def _mask_keep(value: str, head: int, tail: int, full_length: int) -> str:
    """Keep `head` leading and `tail` trailing characters. Values shorter than `full_length` (the length the
    head/tail rule was made for) keep less, so that at least half of them (always one character) is hidden."""
    s = value.strip()
    n = len(s)
    if n == 0:
        return ""
    hidden_min = n - head - tail if n >= full_length else max(1, (n + 1) // 2)
    while head + tail > n - hidden_min and (head or tail):
        if head >= tail and head > 0:
            head -= 1
        else:
            tail -= 1
    return s[:head] + _STAR * (n - head - tail) + (s[n - tail:] if tail else "")


def mask_id(value: str) -> str:
    """ID numbers: first 6 + last 4 for an 18-digit ID (`440101********1234`)."""
    return _mask_keep(value, 6, 4, 15)


def mask_phone(value: str) -> str:
    """Phones: first 3 + `****` + last 4 for an 11-digit mobile (`138****5678`)."""
    s = "".join(value.split())
    if len(s) == 11:
        return s[:3] + "****" + s[7:]
    return _mask_keep(s, 3, 4, 11)


def mask_bank_account(value: str) -> str:
    """Bank accounts: only the last 4 digits visible."""
    s = "".join(value.split())
    return _mask_keep(s, 0, 4, 8)


def mask_text(text: str) -> str:
    """Masks 15/18-digit ID numbers and 11-digit mobile numbers found anywhere in free text."""
    text = _ID_IN_TEXT.sub(lambda m: mask_id(m.group(0)), text)
    return _MOBILE_IN_TEXT.sub(lambda m: mask_phone(m.group(0)), text)
