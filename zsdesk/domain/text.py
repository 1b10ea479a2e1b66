"""Free text that may be filed: names, addresses, notes.

A filed contract is a legal document printed and archived for decades; characters a reader cannot
see must not change what it says. So every free-text field refuses

- control characters (C0, DEL, C1; a multi-line note keeps its line breaks) and the line/paragraph
  separators U+2028/U+2029, which split a line where no one sees a break;
- lone surrogates (half of a UTF-16 pair: not a character at all, and not storable as UTF-8);
- bidirectional overrides, embeddings, isolates and marks, which reorder what is displayed
  (a name could read differently from what is stored).

Zero-width characters are not refused but dropped (`clean_text`): they arrive unseen with pasted
text, and refusing what the user cannot see to delete would only frustrate. The number rules drop
them too (`zsdesk.domain.halfwidth`), so both ends see the same value.
"""

from __future__ import annotations

import unicodedata

from zsdesk.domain.errors import Issue
from zsdesk.domain.halfwidth import strip_zero_width
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg

BIDI_CONTROLS = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]      # LRE RLE PDF LRO RLO
    + [chr(c) for c in range(0x2066, 0x206A)]    # LRI RLI FSI PDI
    + ["\u200e", "\u200f", "\u061c"])            # LRM RLM ALM
LINE_BREAKS = frozenset("\n\r")   # what a multi-line note may contain besides printable text
_SEPARATORS = frozenset("\u2028\u2029")


def clean_text(value: str) -> str:
    """The text as it is stored and checked: without zero-width characters."""
    return strip_zero_width(value)


def _kind(ch: str, multiline: bool) -> str | None:
    if ch in BIDI_CONTROLS:
        return "bidi"
    category = unicodedata.category(ch)
    if category == "Cs":
        return "surrogate"
    if category == "Cc" or ch in _SEPARATORS:
        return None if multiline and ch in LINE_BREAKS else "control"
    return None


def validate_text(value: str, field: str, label: str, *, multiline: bool = False) -> list[Issue]:
    """At most one issue for ``field``, naming it by ``label`` (e.g. 「甲方1 姓名」)."""
    kinds = {_kind(ch, multiline) for ch in clean_text(value)}
    if "surrogate" in kinds:
        return [Issue(field, "TEXT_SURROGATE", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}含有无法识别的残缺字符，请删除后重新输入"), label=label))]
    if "control" in kinds:
        return [Issue(field, "TEXT_CONTROL_CHAR", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}含有不可见的控制字符，请删除后重新输入"), label=label))]
    if "bidi" in kinds:
        return [Issue(field, "TEXT_BIDI_CONTROL", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}含有改变文字显示方向的隐藏字符，请删除后重新输入"), label=label))]
    return []


def has_text_issue(issues: list[Issue], field: str) -> bool:
    return any(i.field == field and i.code.startswith("TEXT_") for i in issues)
