"""A Paragraph that breaks Chinese lines exactly as reportlab does, only faster.

reportlab's `cjkFragSplit` (used for every paragraph with more than one style run: underlined
values, fallback fonts, line breaks) wraps each character in a `str` subclass, measures it with
`stringWidth` and compares style runs character by character with `sameFrag`; that was about half
of a contract copy's rendering time. `split_cjk_frags` is the same algorithm over plain lists:
widths come from a per-(font, size) cache, style runs are compared once per run instead of once
per character. The lines it returns are equal to reportlab's, field for field, so the printed
page does not change (tests/documents/test_cjk_paragraph.py holds it to that).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any
from unicodedata import category

from reportlab.lib.rl_accel import sameFrag
from reportlab.lib.textsplit import ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.paragraph import (
    FragLine,
    Paragraph,
    ParaLines,
    _handleBulletWidth,
    cleanBlockQuotedText,
    textTransformFrags,
)
from reportlab.platypus.paraparser import ParaParser
from reportlab.rl_config import _FUZZ

# (font name, size) -> character -> width. Fonts are registered once per process under a fixed
# name, so a width never changes; concurrent renders at worst measure a character twice.
_widths: dict[tuple[str, float], dict[str, float]] = {}
_widths_lock = threading.Lock()


def _width_table(font: str, size: float) -> dict[str, float]:
    key = (font, size)
    table = _widths.get(key)
    if table is None:
        with _widths_lock:
            table = _widths.setdefault(key, {})
    return table


def _line(chars: list[str], owners: list[Any], start: int, end: int, max_width: float, width_used: float,
          extra_space: float, line_break: bool) -> Any:
    """reportlab's makeCJKParaLine for chars[start:end], one step per style run instead of per char."""
    words: list[Any] = []
    group: list[str] = []
    f0: Any = FragLine()
    max_size: float = 0
    max_ascent: float = 0
    min_descent: float = 0
    i = start
    while i < end:
        f = owners[i]
        j = i + 1
        while j < end and owners[j] is f:
            j += 1
        size = f.fontSize
        ascent, descent = getAscentDescent(f.fontName, size)
        # max/min over repeats of one value equal max/min over it once (ties keep the first)
        max_size = max(max_size, size)
        max_ascent = max(max_ascent, ascent)
        min_descent = min(min_descent, descent)
        if sameFrag(f, f):
            # every character of the run joins the same word: decide once
            if not sameFrag(f0, f):
                f0 = f0.clone()
                f0.text = "".join(group)
                words.append(f0)
                group = []
                f0 = f
            group.extend(chars[i:j])
        else:
            # a line break (or callback) frag never merges, not even with itself
            for k in range(i, j):
                f0 = f0.clone()
                f0.text = "".join(group)
                words.append(f0)
                group = [chars[k]]
                f0 = f
        i = j
    if group:
        f0 = f0.clone()
        f0.text = "".join(group)
        words.append(f0)
    return FragLine(kind=1, extraSpace=extra_space, wordCount=1, words=words[1:], fontSize=max_size,
                    ascent=max_ascent, descent=min_descent, maxWidth=max_width, currentWidth=width_used,
                    lineBreak=line_break)


def split_cjk_frags(frags: Sequence[Any], max_widths: Sequence[float]) -> Any:
    """reportlab's cjkFragSplit for frags without callbacks (no images, no anchors)."""
    chars: list[str] = []
    widths: list[float] = []
    owners: list[Any] = []
    breaks: list[bool] = []
    for f in frags:
        text = f.text
        if isinstance(text, bytes):
            text = text.decode("utf8")
        table = _width_table(f.fontName, f.fontSize)
        pieces = text if text else (text,)
        for ch in pieces:
            w = table.get(ch)
            if w is None:
                w = table[ch] = stringWidth(ch, f.fontName, f.fontSize)
            widths.append(w)
        chars.extend(pieces)
        owners.extend([f] * len(pieces))
        breaks.extend([hasattr(f, "lineBreak")] * len(pieces))

    lines: list[Any] = []
    i = line_start = 0
    width_used: float = 0
    max_width = max_widths[0]
    n = len(chars)
    while i < n:
        u = chars[i]
        w = widths[i]
        line_break = breaks[i]
        i += 1
        width_used += w
        if (width_used > max_width + _FUZZ and width_used > 0) or line_break:
            extra_space = max_width - width_used
            if not line_break:
                if ord(u) < 0x3000:
                    # inside a non-CJK run (a long number): break after a space or a CJK character
                    limit = (line_start + i) >> 1
                    for j in range(i - 1, limit, -1):
                        uj = chars[j]
                        if (uj and category(uj) == "Zs") or ord(uj) >= 0x3000:
                            k = j + 1
                            if k < i:
                                j = k + 1
                                extra_space += sum(widths[ii] for ii in range(j, i))
                                w = widths[k]
                                u = chars[k]
                                i = j
                                break
                # a character that may not start a line (，。）) hangs in the margin instead
                if u not in ALL_CANNOT_START and i > line_start + 1:
                    i -= 1
                    extra_space += w
            lines.append(_line(chars, owners, line_start, i, max_width, width_used, extra_space, line_break))
            max_width = max_widths[len(lines)] if len(lines) < len(max_widths) else max_widths[-1]
            line_start = i
            width_used = 0
    if width_used > 0:
        lines.append(_line(chars, owners, line_start, n, max_width, width_used, max_width - width_used, False))
    return ParaLines(kind=1, lines=lines)


@lru_cache(maxsize=4096)
def _parsed(text: str, style: Any) -> tuple[str, Any, tuple[Any, ...], Any]:
    """reportlab's markup parsing (an HTMLParser pass, a sixth of a copy's time), once per
    (markup, style): the clause text of the template repeats in every contract. Styles are shared
    per font (layout.make_styles), so the key hits across renders."""
    text = cleanBlockQuotedText(text)
    parser = ParaParser()
    parser.caseSensitive = 1
    style, frags, bullet_frags = parser.parse(text, style)
    if frags is None:
        raise ValueError(f"xml parser error ({parser.errors[0]}) in paragraph beginning\n'{text[:30]}'")
    textTransformFrags(frags, style)
    return text, style, tuple(frags), bullet_frags


class CJKParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """Paragraph with the faster, equal line breaking for CJK text of several style runs, and
    markup parsed once per process."""

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        if frags is not None or not isinstance(text, str) or self.caseSensitive != 1 \
                or cleaner is not cleanBlockQuotedText:
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        text, style, parsed, bullet_frags = _parsed(text, style)
        # each paragraph gets its own frag objects: reportlab sets attributes on them while splitting
        super()._setup(text, style, bullet_frags or bulletText, [f.clone() for f in parsed], cleaner)

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        frags = self.frags
        if (len(frags) <= 1 or self.style.endDots or any(hasattr(f, "cbDefn") for f in frags)
                or (hasattr(self, "blPara") and getattr(self, "_splitpara", 0))):
            return super().breakLinesCJK(maxWidths)
        # the steps reportlab takes before its general case, in its order
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        self.height = 0
        _handleBulletWidth(self.bulletText, self.style, maxWidths)
        return split_cjk_frags(frags, maxWidths)
