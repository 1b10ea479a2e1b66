"""Input clean-up shared by the number rules: Chinese input methods happily type
full-width digits, letters and an ideographic space (U+3000), and users paste
numbers with stray spaces and invisible zero-width characters (from web pages,
chat apps and Word). Every rule normalises first, then checks."""

from __future__ import annotations

import re

_WHITESPACE = re.compile(r"\s+")  # \s covers U+3000 and NBSP in Python's str regex

# Zero-width characters carry no meaning in anything this project files; pasted text brings them
# along unseen, so they are dropped before any rule looks at the text (ZWSP, ZWNJ, ZWJ, WJ, BOM).
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
_DROP_ZERO_WIDTH = dict.fromkeys(map(ord, ZERO_WIDTH))


def strip_zero_width(text: str) -> str:
    return text.translate(_DROP_ZERO_WIDTH)


def to_halfwidth(text: str) -> str:
    """Map full-width ASCII forms (U+FF01–FF5E) to ASCII and U+3000 to a space; drop zero-width
    characters.

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
        elif ch not in ZERO_WIDTH:
            out.append(ch)
    return "".join(out)


def strip_spaces(text: str) -> str:
    return _WHITESPACE.sub("", strip_zero_width(text))


def compact(text: str) -> str:
    """Half-width, no whitespace at all, upper-case letters."""
    return strip_spaces(to_halfwidth(text)).upper()


def is_ascii_digits(text: str) -> bool:
    """Only 0–9: `str.isdigit` is also true for '١', '²' or '𝟗', which the number rules (and
    python-stdnum, which calls int() on them) must never see as digits."""
    return text.isascii() and text.isdigit()
