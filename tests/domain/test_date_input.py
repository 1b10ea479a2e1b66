from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zsdesk.domain.date_input import format_date, normalise_date_text, parse_date
from zsdesk.domain.errors import RuleError

LABEL = "营业期限"

ACCEPTED = [
    ("2015-03-01", date(2015, 3, 1)),
    ("2015-3-1", date(2015, 3, 1)),
    ("2015/3/1", date(2015, 3, 1)),
    ("2015/03/01", date(2015, 3, 1)),
    ("2015.3.1", date(2015, 3, 1)),
    ("2015 3 1", date(2015, 3, 1)),
    ("20150301", date(2015, 3, 1)),
    ("2015年3月1日", date(2015, 3, 1)),
    ("2015年03月01日", date(2015, 3, 1)),
    ("2015 年 3 月 1 日", date(2015, 3, 1)),
    ("2015年3月1号", date(2015, 3, 1)),
    ("2015年3月1", date(2015, 3, 1)),
    ("２０１５－０３－０１", date(2015, 3, 1)),      # full-width digits and minus from an input method
    ("２０１５／３／１", date(2015, 3, 1)),
    ("２０１５年３月１日", date(2015, 3, 1)),
    ("２０１５０３０１", date(2015, 3, 1)),
    ("2015\u20133\u20131", date(2015, 3, 1)),       # the en dash Word puts in
    ("2015。3。1", date(2015, 3, 1)),                # an input method's full stop
    ("  2015-03-01\u200b ", date(2015, 3, 1)),      # pasted with spaces and a zero-width space
    ("2024-02-29", date(2024, 2, 29)),
    ("2046-12-31", date(2046, 12, 31)),
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED)
def test_typed_forms_are_read(text: str, expected: date) -> None:
    assert parse_date(text, "business_term_end", LABEL) == expected


@pytest.mark.parametrize("text", ["", "   ", "\u3000", "\u200b"])
def test_empty_is_no_date_not_an_error(text: str) -> None:
    assert parse_date(text, "business_term_end", LABEL) is None


REFUSED = [
    ("2015-02-30", "DATE_DAY", "2 月只有 28 天"),
    ("2023-02-29", "DATE_DAY", "2 月只有 28 天"),
    ("2024-04-31", "DATE_DAY", "4 月只有 30 天"),
    ("2015-03-00", "DATE_DAY", "3 月只有 31 天"),
    ("20150230", "DATE_DAY", "2 月只有 28 天"),
    ("2015年2月30日", "DATE_DAY", "2 月只有 28 天"),
    ("2015-13-01", "DATE_MONTH", "月份应为 1 至 12"),
    ("2015-00-10", "DATE_MONTH", "月份应为 1 至 12"),
    ("0000-01-01", "DATE_YEAR", "没有 0000 年"),
    ("15-3-1", "DATE_FORMAT", "不是可识别的日期"),
    ("2015-3", "DATE_FORMAT", "不是可识别的日期"),
    ("2015-3/1", "DATE_FORMAT", "不是可识别的日期"),
    ("2015031", "DATE_FORMAT", "不是可识别的日期"),
    ("明天", "DATE_FORMAT", "不是可识别的日期"),
    ("长期", "DATE_FORMAT", "不是可识别的日期"),
    ("2015-03-01 10:00", "DATE_FORMAT", "不是可识别的日期"),
    ("2015-٠٣-01", "DATE_FORMAT", "不是可识别的日期"),       # Arabic-Indic digits are not 0-9 here
]


@pytest.mark.parametrize(("text", "code", "part"), REFUSED)
def test_no_date_is_refused_with_the_field_named(text: str, code: str, part: str) -> None:
    with pytest.raises(RuleError) as caught:
        parse_date(text, "business_term_end", LABEL)
    issue = caught.value.first
    assert issue.field == "business_term_end"
    assert issue.code == code
    assert issue.message.startswith(LABEL), issue.message
    assert part in issue.message, issue.message
    assert text.strip() in issue.message       # the user sees what they typed, not a blank


def test_a_long_paste_is_quoted_by_its_start() -> None:
    with pytest.raises(RuleError) as caught:
        parse_date("营业期限自2015年3月1日至长期，详见营业执照正本。" * 3, "f", LABEL)
    assert "营业期限自2015年3月1日至长期，详见营业执照…" in caught.value.first.message


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
       st.sampled_from(["{y:04d}-{m:02d}-{d:02d}", "{y:04d}/{m}/{d}", "{y:04d}.{m}.{d}", "{y:04d}{m:02d}{d:02d}",
                        "{y:04d}年{m}月{d}日", "{y:04d} {m} {d}"]),
       st.booleans())
def test_every_day_round_trips_in_every_form(day: date, form: str, fullwidth: bool) -> None:
    text = form.format(y=day.year, m=day.month, d=day.day)
    if fullwidth:
        text = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)
    assert parse_date(text, "f", LABEL) == day
    assert parse_date(format_date(day), "f", LABEL) == day


@given(st.text(max_size=30))
def test_any_text_is_a_date_none_or_a_named_refusal(text: str) -> None:
    try:
        result = parse_date(text, "handover.date", "交房日期")
    except RuleError as exc:
        assert exc.first.field == "handover.date" and exc.first.message.startswith("交房日期")
    else:
        assert result is None or isinstance(result, date)
        # None only for a field left empty (spaces, zero-width characters): nothing typed is dropped
        assert result is not None or normalise_date_text(text) == ""
