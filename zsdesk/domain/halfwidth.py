"""Input clean-up shared by the number rules: Chinese input methods happily type
full-width digits, letters and an ideographic space (U+3000), and users paste
numbers with stray spaces. Every rule normalises first, then checks."""

from __future__ import annotations

import re

_WHITESPACE = re.compile(r"\s+")  # \s covers U+3000 and NBSP in Python's str regex


def to_halfwidth(text: str) -> str:
    """Map full-width ASCII forms (U+FF01–FF5E) to ASCII and U+3000 to a space.

    Deliberately narrower than NFKC, which would also rewrite CJK compatibility
    ideographs in names and addresses.
    """
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - 0xFEE0))
        elif code == 0x3000:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def strip_spaces(text: str) -> str:
    return _WHITESPACE.sub("", text)


def compact(text: str) -> str:
    """Half-width, no whitespace at all, upper-case letters."""
    return strip_spaces(to_halfwidth(text)).upper()
