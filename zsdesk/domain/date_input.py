"""Reading a date a person typed: the ways dates are written on licences, contracts and in
spreadsheets (2015-03-01, 2015/3/1, 2015.3.1, 20150301, 2015年3月1日, with the full-width digits an
input method types), into a ``date``. Text that is no date is refused with a message naming the
field, never turned into "no date": the caller keeps the text and shows the message.

Only the form is checked here. Whether the day is plausible for the field (not before 1990 on a
contract, not later than today + 2 years for 营业期限, …) is the window rule of ``dates`` and the
record's own rules, which see the parsed date."""

from __future__ import annotations

import calendar
import re
from datetime import date

from zsdesk.domain.errors import Issue, RuleError
from zsdesk.domain.halfwidth import strip_zero_width, to_halfwidth
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg

# A typed date is shown back in one form, the one the registry's forms use.
DATE_FORMAT_HINT = "2015-03-01"

# Year, month, day with one separator used twice (2015-3-1, 2015/03/01, 2015.3.1, 2015 3 1); the dashes
# Word and web pages substitute for "-" count as "-".
_SEPARATED = re.compile(r"([0-9]{4})\s*([-/.]|\s)\s*([0-9]{1,2})\s*\2\s*([0-9]{1,2})")
_COMPACT = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
_CHINESE = re.compile(r"([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*[日号]?")
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                         "\u2212": "-", "\u3002": "."})
_SHOWN_TEXT = 24   # a pasted paragraph is quoted by its start only


def _shown(text: str) -> str:
    text = text.strip()
    return text if len(text) <= _SHOWN_TEXT else text[:_SHOWN_TEXT] + "…"


def normalise_date_text(text: str) -> str:
    """Half-width digits and separators, no zero-width characters, no outer spaces."""
    return to_halfwidth(strip_zero_width(text)).translate(_DASHES).strip()


def parse_date(text: str, field: str, label: str) -> date | None:
    """The date ``text`` names, or None for an empty field; raise RuleError (code DATE_FORMAT,
    DATE_YEAR, DATE_MONTH or DATE_DAY) for anything else. ``label`` is the field's caption (a labels string)."""
    s = normalise_date_text(text)
    if not s:
        return None
    parts: tuple[str, str, str] | None = None
    if (m := _SEPARATED.fullmatch(s)) is not None:
        parts = (m.group(1), m.group(3), m.group(4))
    elif (m := _CHINESE.fullmatch(s) or _COMPACT.fullmatch(s)) is not None:
        parts = (m.group(1), m.group(2), m.group(3))
    if parts is None:
        raise RuleError(Issue(field, "DATE_FORMAT", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}「{text}」不是可识别的日期，请按 {example} 填写"
                        "（也可填 2015/3/1、20150301、2015年3月1日）"),
            label=label, text=_shown(text), example=DATE_FORMAT_HINT)))
    year, month, day = (int(p) for p in parts)
    if year < 1:
        raise RuleError(Issue(field, "DATE_YEAR", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}「{text}」不是有效日期：没有 0000 年"), label=label, text=_shown(text))))
    if not 1 <= month <= 12:
        raise RuleError(Issue(field, "DATE_MONTH", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}「{text}」不是有效日期：月份应为 1 至 12"), label=label, text=_shown(text))))
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise RuleError(Issue(field, "DATE_DAY", msg(QT_TRANSLATE_NOOP(
            "messages", "{label}「{text}」不是有效日期：{year} 年 {month} 月只有 {days} 天"),
            label=label, text=_shown(text), year=year, month=month, days=days)))
    return date(year, month, day)


def format_date(value: date | None) -> str:
    """How a date is shown in a field: 2015-03-01; empty for no date."""
    return "" if value is None else value.isoformat()
